"""The web app's URLs: those its templates and pages build (an entity, a document at a span, a pack
with its parameters, the feeds), and a number read back from a query string."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote, urlencode

from graphbuild.serve import feeds


def entity_url(node_id: str) -> str:
    return "/entity/" + quote(node_id, safe=":")


def document_url(doc: str | None, start: Any = None, end: Any = None) -> str:
    """The document view of a Document node id (``document:<hex>``) or its hex, at a span."""
    hex_id = (doc or "").removeprefix("document:")
    if isinstance(start, int) and isinstance(end, int) and end > start:
        return f"/document/{hex_id}?{urlencode({'start': start, 'end': end})}#quote"
    return f"/document/{hex_id}"


def evidence_url(document: str, quote_text: str) -> str:
    return "/evidence?" + urlencode({"document": document, "quote": quote_text})


def find_url(name: str) -> str:
    return "/find?" + urlencode({"name": name})


def pack_url(name: str, params: Mapping[str, str], fmt: str | None = None) -> str:
    query = {k: v for k, v in params.items() if v != ""}
    if fmt:
        query["format"] = fmt
    return f"/packs/{quote(name)}" + ("?" + urlencode(query) if query else "")


def pack_feed_url(name: str, given: Mapping[str, str]) -> str | None:
    """The Atom feed of a pack's rows for these parameters, when its rows are facts builds record."""
    if name not in feeds.FOLLOWED_PACKS:
        return None
    url = pack_url(name, {k: v for k, v in given.items() if k != "limit"})
    return url.replace(f"/packs/{quote(name)}", f"/packs/{quote(name)}.atom", 1)


def changes_url(about: str | None, *, feed: bool = False) -> str:
    """The change log's page, or its Atom feed, of every change or of those about one node."""
    path = "/changes.atom" if feed else "/changes"
    return path + (f"?{urlencode({'about': about})}" if about else "")


def bounded_int(raw: str | None, default: int, low: int, high: int) -> int:
    """A whole number from a query string, ``default`` when it is none or outside low..high."""
    try:
        value = int(raw or "")
    except ValueError:
        return default
    return value if low <= value <= high else default

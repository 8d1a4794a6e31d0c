"""Atom feeds of what builds changed (graphbuild.changes): everything, the facts about one node
("anything new about DASSOS"), or the rows of a pack query ("new adopters of KL Play"), so a feed
reader can subscribe to them."""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, urlencode
from xml.etree import ElementTree

from graphbuild.changes import DETAIL, BuildChanges
from graphbuild.textindex import fold

ATOM = "http://www.w3.org/2005/Atom"
FEED_ENTRIES = 200
# characters XML 1.0 cannot carry at all (a PDF's form feed, say): left out of the feed
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")

Change = tuple[BuildChanges, str, dict[str, Any]]  # (build, "added"/"removed", fact)


@dataclass(frozen=True)
class Followed:
    """How a pack's rows stand in the change log: the kind of fact each row is, which end of it
    each parameter names, and a parameter matched against the fact's role word."""

    kind: str
    ends: Mapping[str, str]  # pack parameter -> "source_id" or "target_id"
    role: str | None = None


# The packs whose rows are facts the builds record (graphbuild.changes.FOLLOWED), so a feed can
# say which rows each build added and removed.
FOLLOWED_PACKS: dict[str, Followed] = {
    "adopters": Followed("ADOPTED", {"initiative": "target_id"}),
    "network-members": Followed("MEMBER_OF", {"network": "target_id", "municipality": "source_id"}),
    "role-holders": Followed("HOLDS_ROLE", {"organization": "target_id"}, role="role"),
}


def touches(fact: dict[str, Any], node_id: str | None) -> bool:
    return node_id is None or node_id in (fact.get("source_id"), fact.get("target_id"))


def changes_about(log: list[BuildChanges], node_id: str | None) -> list[Change]:
    """(build, "added"/"removed", fact), newest build first, only facts touching ``node_id`` if given."""
    out: list[Change] = []
    for entry in reversed(log):
        for sign, facts in (("added", entry.added), ("removed", entry.removed)):
            out.extend((entry, sign, fact) for fact in facts if touches(fact, node_id))
    return out


def pack_changes(
    log: list[BuildChanges], followed: Followed, ids: Mapping[str, set[str]], given: Mapping[str, str]
) -> list[Change]:
    """The rows each build added to and removed from a pack's answer, newest build first: facts of
    the pack's kind whose ends are the nodes its parameters named (``ids``: parameter -> node ids;
    a parameter left empty names no end) and whose role holds the role word, if one was given."""
    role = fold(given.get(followed.role, "")) if followed.role else ""

    def in_answer(fact: dict[str, Any]) -> bool:
        if fact.get("kind") != followed.kind:
            return False
        if any(fact.get(end) not in ids[param] for param, end in followed.ends.items() if param in ids):
            return False
        return not role or role in fold(str(fact.get("role") or ""))

    out: list[Change] = []
    for entry in reversed(log):
        for sign, facts in (("added", entry.added), ("removed", entry.removed)):
            out.extend((entry, sign, fact) for fact in facts if in_answer(fact))
    return out


def documents_of(changes: list[Change]) -> set[str]:
    """The documents (16 hex digits) the entries quote."""
    return {str(fact.get("doc") or "").removeprefix("document:") for _entry, _sign, fact in changes} - {""}


def headline(sign: str, fact: dict[str, Any]) -> str:
    detail = ", ".join(f"{key} {fact[key]}" for key in DETAIL if fact.get(key))
    target = f" → {fact['target']}" if fact.get("target") else ""
    return f"{sign}: {fact['kind']} {fact['source']}{target}" + (f" ({detail})" if detail else "")


def entry_link(sign: str, fact: dict[str, Any], documents: Collection[str], page_url: str) -> str:
    """Where an entry points: an added fact at its quote in its document, while the graph still has
    that document; anything else at the feed's own page."""
    doc = str(fact.get("doc") or "").removeprefix("document:")
    if sign == "added" and doc in documents and fact.get("quote"):
        return f"/document/{quote(doc)}?{urlencode({'quote': fact['quote']})}#quote"
    return page_url


def _text(value: Any) -> str:
    return NOT_XML.sub("", str(value))


def atom(
    changes: list[Change],
    title: str,
    self_url: str,
    base: str,
    page_url: str = "/changes",
    documents: Collection[str] = frozenset(),
) -> bytes:
    """An Atom 1.0 document; ElementTree escapes every value, so text from documents stays text,
    and characters XML cannot hold are left out. ``documents``: the ids (16 hex digits) of the
    documents the graph has, which entries may link to."""
    ElementTree.register_namespace("", ATOM)
    feed = ElementTree.Element(f"{{{ATOM}}}feed")

    def add(parent: ElementTree.Element, tag: str, text: str | None = None, **attributes: str) -> None:
        element = ElementTree.SubElement(parent, f"{{{ATOM}}}{tag}", {k: _text(v) for k, v in attributes.items()})
        if text is not None:
            element.text = _text(text)

    add(feed, "title", title)
    add(feed, "id", base + self_url)
    add(feed, "link", rel="self", type="application/atom+xml", href=base + self_url)
    add(feed, "link", rel="alternate", type="text/html", href=base + page_url)
    add(feed, "updated", changes[0][0].at if changes else "1970-01-01T00:00:00+00:00")
    author = ElementTree.SubElement(feed, f"{{{ATOM}}}author")
    add(author, "name", "kommunegraf")
    for entry, sign, fact in changes[:FEED_ENTRIES]:
        item = ElementTree.SubElement(feed, f"{{{ATOM}}}entry")
        add(item, "title", headline(sign, fact))
        add(item, "id", f"{base}/changes#{entry.build}-{sign}-{quote(str(fact['id']), safe=':')}")
        add(item, "updated", entry.at)
        add(item, "link", rel="alternate", type="text/html", href=base + entry_link(sign, fact, documents, page_url))
        summary = fact.get("quote") or headline(sign, fact)
        add(item, "summary", f"Build {entry.build}: {summary}")
    document: bytes = ElementTree.tostring(feed, encoding="utf-8", xml_declaration=True)
    return document

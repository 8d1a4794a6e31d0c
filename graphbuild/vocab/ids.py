"""Node ids: one maker per kind, used by extract, resolve, packs and viz alike.

Ids derive from normalised names or document hashes, never from hash() or iteration order, so a
build is reproducible and two documents naming the same thing meet on the same id.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache

from graphbuild.vocab.bodies import bare_body_name, indefinite_body_name
from graphbuild.vocab.folding import fold


def normalise(name: str) -> str:
    """A comparison key: ``vocab.folding.fold`` (lower case, letters spelled out, punctuation a space)."""
    return fold(name)


@lru_cache(maxsize=1 << 16)
def slug(name: str) -> str:
    return normalise(name).replace(" ", "-").replace("§", "p") or "x"


def stable_hash(*parts: object) -> str:
    joined = "\x1f".join(["" if p is None else str(p) for p in parts])
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:24]


# --- one maker per node kind --------------------------------------------------------------------
# `doc` is a document's short hash (SourceDocument.doc_id: the first 16 hex digits of its SHA-256).


def document_id(doc: str) -> str:
    return f"document:{doc}"


def meeting_id(doc: str) -> str:
    return f"meeting:{doc}"


def item_id(doc: str, number: str) -> str:
    """By the item's key in its meeting (``item_keys``): its number, or its number and which time it repeats."""
    return f"item:{doc}:{number}"


def item_keys(numbers: list[str]) -> list[str]:
    """Each item's key in its meeting, the items in document order: its number as printed, and where a list's
    numbering starts again (open then closed items, a second list from 1) the k-th "1" after the first "1~k"; an item
    printed with no number (its heading lost) by its place among those, "~1", "~2"."""
    seen: dict[str, int] = {}
    keys = []
    for number in numbers:
        seen[number] = seen.get(number, 0) + 1
        keys.append(number if number and seen[number] == 1 else f"{number}~{seen[number]}")
    return keys


def item_name(number: str, title: str, case_numbers: list[str]) -> str:
    """An item's name as a reader sees it, "4. Budget 2024"; an item whose heading the text lost, with neither number
    nor title, "(no title)" with its case number, "(no title, case 22/32061)"."""
    if number or title:
        return f"{number}. {title}" if number else title
    return f"(no title, case {case_numbers[0]})" if case_numbers else "(no title)"


def municipality_id(code: str) -> str:
    """By the four-digit municipality code, e.g. "0326"."""
    return f"municipality:{code}"


def organization_id(name: str, municipality_code: str | None = None) -> str:
    """A body of one municipality carries its code ("organization:0326-direktion") and is named
    without its municipality's qualifier and in the indefinite form ("Kalundborg Kommune - Direktionen"
    and "Direktion" are the same body)."""
    if not municipality_code:
        return f"organization:{slug(name)}"
    return f"organization:{municipality_code}-{slug(indefinite_body_name(bare_body_name(name, municipality_code)))}"


def person_id(name: str) -> str:
    return f"person:{slug(name)}"


def initiative_id(name: str) -> str:
    return f"initiative:{slug(name)}"


def law_id(name: str) -> str:
    return f"law:{slug(name)}"


def case_id(number: str) -> str:
    return f"case:{number}"


def relationship_id(type_: str, source: str, target: str, *distinguishing: object) -> str:
    return "rel:" + stable_hash(type_, source, target, *distinguishing)


def is_kind(node_id: str, kind: str) -> bool:
    """Whether an id was made by the maker of `kind` ("organization", "municipality", ...)."""
    return node_id.startswith(f"{kind}:")


def municipality_code_of(node_id: str) -> str | None:
    return node_id.split(":", 1)[1] if is_kind(node_id, "municipality") else None

"""An agenda item's context written onto it: its meeting's date, body, municipality and document name.

Packs ask "when, where and in which document" of every item they return. Read through the graph
that is three to five hops per item (HAS_ITEM, OF, PART_OF, RECORDED_IN); written onto the item
when the graph is made, it is one: ``a.date``, ``a.body``, ``a.municipality``, ``a.document``.

``item_context`` is the one rule, for one item; ``add_item_context`` applies it to a whole graph
(resolve's last step). ``graph_builder`` applies the same rule as items and links are added, and
``store/item_tables`` over a streaming build's table files.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from typing import Any

from graphbuild.models import NodeRecord, RelRecord

ITEM_CONTEXT = ("date", "body", "municipality", "document")
CONTEXT_LINKS = frozenset({"HAS_ITEM", "OF", "PART_OF", "RECORDED_IN"})


def item_context(
    meeting: Mapping[str, Any] | None,
    body: Mapping[str, Any] | None,
    municipality: Mapping[str, Any] | None,
    document: Mapping[str, Any] | None,
) -> dict[str, Any]:
    """The item's ``date`` (its meeting's day, YYYY-MM-DD), ``body`` (the meeting's body node's
    name, else the body the meeting's header names), ``municipality`` (the body's) and ``document``
    (the name of the document that records the meeting); None where the graph does not say."""
    starts_at = (meeting or {}).get("starts_at")
    return {
        "date": str(starts_at)[:10] if starts_at else None,
        "body": (body or {}).get("name") or (meeting or {}).get("body"),
        "municipality": (municipality or {}).get("name"),
        "document": (document or {}).get("name"),
    }


def first_of(targets: Iterable[str]) -> str | None:
    """Of several links of one kind (which a graph should not have), the smallest id: reproducible."""
    return min(targets, default=None)


def add_item_context(nodes: Mapping[str, NodeRecord], rels: Iterable[RelRecord]) -> None:
    """Write every agenda item's context onto it (its properties dict is updated in place)."""
    links: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))  # type -> source -> targets
    meeting_of_item: dict[str, str] = {}
    for rel in rels:
        if rel.type == "HAS_ITEM":
            meeting_of_item[rel.target] = min(meeting_of_item.get(rel.target, rel.source), rel.source)
        elif rel.type in CONTEXT_LINKS:
            links[rel.type][rel.source].add(rel.target)

    def props(node_id: str | None) -> Mapping[str, Any] | None:
        return nodes[node_id].properties if node_id in nodes and node_id is not None else None

    for item_id, meeting_id in meeting_of_item.items():
        if item_id not in nodes:
            continue
        body_id = first_of(links["OF"].get(meeting_id, ()))
        municipality_id = first_of(links["PART_OF"].get(body_id, ())) if body_id else None
        document_id = first_of(links["RECORDED_IN"].get(meeting_id, ()))
        context = item_context(props(meeting_id), props(body_id), props(municipality_id), props(document_id))
        nodes[item_id].properties.update(context)

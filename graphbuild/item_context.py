"""An agenda item's context written onto it: its meeting's date, body, municipality and document name.

Packs ask "when, where and in which document" of every item they return. Read through the graph
that is three to five hops per item (HAS_ITEM, OF, PART_OF, RECORDED_IN); written onto the item
when the graph is made, it is one: ``a.date``, ``a.body``, ``a.municipality``, ``a.document``.

``item_context`` is the one rule, for one item; ``add_item_context`` applies it to a whole graph
(resolve's last step). ``graph_builder`` applies the same rule as items and links are added, and
``store/item_tables`` over a streaming build's table files.

A timeline (the ``initiative-timeline`` pack) orders an initiative's items and adoptions and keeps
the first N. So that each is one ordered, limited hop, the build writes the order onto the
relationships too: ``timeline_key`` on an item's MENTIONS and CONCERNS (``item_timeline_key``: the
item's context, its number and the fact's id; none on a MENTIONS whose item also CONCERNS the same
node, which the CONCERNS stands for), and on ADOPTED the evidence document's ``body`` and name
(``document``) with its ``timeline_key`` (``adoption_timeline``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping
from typing import Any

from graphbuild.models import NodeRecord, RelRecord

ITEM_CONTEXT = ("date", "body", "municipality", "document")
CONTEXT_LINKS = frozenset({"HAS_ITEM", "OF", "PART_OF", "RECORDED_IN"})
ITEM_TIMELINE_LINKS = frozenset({"MENTIONS", "CONCERNS"})
TIMELINE_KEY = "timeline_key"
ADOPTION_TIMELINE = ("body", "document", TIMELINE_KEY)


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


def timeline_prefix(item: Mapping[str, Any]) -> str:
    """The item's part of its relationships' ``timeline_key``: its date (undated last),
    municipality, body and document, each followed by "|"."""
    parts = (item.get("date") or "9999", item.get("municipality"), item.get("body"), item.get("document"))
    return "".join(f"{p or ''}|" for p in parts)


def item_timeline_key(item: Mapping[str, Any] | str, rel: Mapping[str, Any]) -> str:
    """An item's MENTIONS or CONCERNS in time order: the item's date (undated last), municipality,
    body and document, the fact's item number and id, joined by "|". ``item``: the item's
    properties, or its ``timeline_prefix`` worked out once for all its relationships."""
    prefix = item if isinstance(item, str) else timeline_prefix(item)
    return f"{prefix}{rel.get('item') or ''}|{rel['id']}"


def item_timeline_keys(item: Mapping[str, Any], rels: Iterable[RelRecord]) -> None:
    """Write ``timeline_key`` onto an item's MENTIONS and CONCERNS (``rels``: its relationships, any
    type): none on a MENTIONS of a node the item also CONCERNS."""
    mine = [r for r in rels if r.type in ITEM_TIMELINE_LINKS]
    concerned = {r.target for r in mine if r.type == "CONCERNS"}
    for rel in mine:
        shadowed = rel.type == "MENTIONS" and rel.target in concerned
        rel.properties[TIMELINE_KEY] = None if shadowed else item_timeline_key(item, rel.properties)


def adoption_timeline(
    rel: Mapping[str, Any], municipality: Mapping[str, Any] | None, document: Mapping[str, Any] | None
) -> dict[str, Any]:
    """An ADOPTED's ``body`` and ``document`` (its evidence document's body and name) and its
    ``timeline_key`` (the date (undated last), the municipality's name and the fact's id)."""
    parts = (rel.get("date") or "9999", (municipality or {}).get("name") or "", rel["id"])
    return {
        "body": (document or {}).get("body"),
        "document": (document or {}).get("name"),
        TIMELINE_KEY: "|".join(str(p) for p in parts),
    }


def add_timelines(nodes: Mapping[str, NodeRecord], rels: Iterable[RelRecord]) -> None:
    """Write the timeline properties onto every item's MENTIONS and CONCERNS and every ADOPTED (in
    place), from the items' context already written."""
    by_item: dict[str, list[RelRecord]] = defaultdict(list)
    for rel in rels:
        if rel.type in ITEM_TIMELINE_LINKS:
            by_item[rel.source].append(rel)
        elif rel.type == "ADOPTED":
            rel.properties.update(
                adoption_timeline(
                    rel.properties, props_of(nodes, rel.source), props_of(nodes, rel.properties.get("doc"))
                )
            )
    for item_id, item_rels in by_item.items():
        item_timeline_keys(props_of(nodes, item_id) or {}, item_rels)


def props_of(nodes: Mapping[str, NodeRecord], node_id: Any) -> Mapping[str, Any] | None:
    node = nodes.get(node_id) if isinstance(node_id, str) else None
    return node.properties if node is not None else None


def first_of(targets: Iterable[str]) -> str | None:
    """Of several links of one kind (which a graph should not have), the smallest id: reproducible."""
    return min(targets, default=None)


def add_item_context(nodes: Mapping[str, NodeRecord], rels: Collection[RelRecord]) -> None:
    """Write every agenda item's context onto it (its properties dict is updated in place), then the
    timeline properties onto the relationships (``add_timelines``)."""
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
    add_timelines(nodes, rels)

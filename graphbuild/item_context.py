"""An agenda item's context written onto it: its meeting's date, body, municipality and document name.

Packs ask "when, where and in which document" of every item they return. Read through the graph
that is three to five hops per item (HAS_ITEM, OF, PART_OF, RECORDED_IN); written onto the item
when the graph is made, it is one: ``a.date``, ``a.body``, ``a.municipality``, ``a.document``.

``item_context`` is the one rule, for one item; ``add_item_context`` applies it to a whole graph
(resolve's last step). ``graph_builder`` applies the same rule as items and links are added.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from graphbuild.models import NodeRecord, RelRecord
from graphbuild.store.bulk import TableFiles

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


def _first(targets: Iterable[str]) -> str | None:
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
        body_id = _first(links["OF"].get(meeting_id, ()))
        municipality_id = _first(links["PART_OF"].get(body_id, ())) if body_id else None
        document_id = _first(links["RECORDED_IN"].get(meeting_id, ()))
        context = item_context(props(meeting_id), props(body_id), props(municipality_id), props(document_id))
        nodes[item_id].properties.update(context)


CONTEXT_NODES = ("Meeting", "Document", "Organization", "Municipality")


def add_item_context_to_tables(tables: TableFiles) -> None:
    """The same rule over a graph's table files (a streaming build's, before the store loads them):
    the links and the few node kinds the rule reads are gathered (one row per meeting, body or
    document, never per item), then each AgendaItem part file is rewritten with its context."""
    links: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    meeting_of_item: dict[str, str] = {}
    for rel_type in CONTEXT_LINKS:
        for files in tables.rel_files(rel_type).values():
            for path in files:
                for row in pq.read_table(path, columns=["from", "to"]).to_pylist():
                    source, target = str(row["from"]), str(row["to"])
                    if rel_type == "HAS_ITEM":
                        meeting_of_item[target] = min(meeting_of_item.get(target, source), source)
                    else:
                        links[rel_type][source].add(target)
    wanted = {"Meeting": ["id", "starts_at", "body"], "Document": ["id", "name"]}
    props: dict[str, dict[str, Any]] = {}
    for label in CONTEXT_NODES:
        for path in tables.node_files(label):
            for row in pq.read_table(path, columns=wanted.get(label, ["id", "name"])).to_pylist():
                props[str(row["id"])] = row
    for path in tables.node_files("AgendaItem"):
        table = pq.read_table(path)
        contexts = []
        for item_id in table.column("id").to_pylist():
            meeting_id = meeting_of_item.get(str(item_id))
            body_id = _first(links["OF"].get(meeting_id, ())) if meeting_id else None
            municipality_id = _first(links["PART_OF"].get(body_id, ())) if body_id else None
            document_id = _first(links["RECORDED_IN"].get(meeting_id, ())) if meeting_id else None
            found = meeting_id is not None and meeting_id in props
            contexts.append(
                item_context(
                    props.get(meeting_id) if found and meeting_id else None,
                    props.get(body_id) if body_id else None,
                    props.get(municipality_id) if municipality_id else None,
                    props.get(document_id) if document_id else None,
                )
                if found
                else dict.fromkeys(ITEM_CONTEXT)
            )
        for key in ITEM_CONTEXT:
            column = pa.array([c[key] for c in contexts], type=pa.string())
            table = table.set_column(table.schema.get_field_index(key), key, column)
        pq.write_table(table, path)

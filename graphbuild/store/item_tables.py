"""Every agenda item's context (its meeting's date, body, municipality and document name) written
into a streaming build's AgendaItem table files before the store loads them, and the timeline
properties into its MENTIONS, CONCERNS and ADOPTED files: ``item_context``'s rules
(graphbuild/item_context.py) over table files instead of a graph in memory."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from graphbuild.item_context import (
    ADOPTION_TIMELINE,
    CONTEXT_LINKS,
    ITEM_CONTEXT,
    ITEM_TIMELINE_LINKS,
    TIMELINE_KEY,
    adoption_timeline,
    first_of,
    item_context,
    item_timeline_key,
    timeline_prefix,
)
from graphbuild.store.bulk import Part, TableFiles


def add_item_context_to_tables(tables: TableFiles) -> None:
    """The same rule over a graph's table files (a streaming build's, before the store loads them),
    one writer's parts at a time. A build's resolve batch writes its documents' meetings, items and
    documents and the links between them into parts of its own, so only those parts, the bodies and
    municipalities (shared, as many as there are bodies) and the few OF links settled at the end (in
    the parts of writers without items) are read together: memory is set by one batch, not by the
    number of documents. Each AgendaItem part file is rewritten with its items' context, and the
    writer's MENTIONS and CONCERNS part files with their timeline keys (an item's relationships are
    written by the batch that writes the item); then the ADOPTED part files (few rows) with their
    evidence document's body and name, looked up in the Document parts, and their timeline keys."""
    parts = tables.parts()
    item_writers = {p.writer for p in parts if p.kind == "node" and p.name == "AgendaItem"}
    shared_links: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    _read_links(
        [p for p in parts if p.name == "PART_OF" or (p.name == "OF" and p.writer not in item_writers)], shared_links
    )
    shared_props: dict[str, dict[str, Any]] = {}
    _read_nodes([p for p in parts if p.kind == "node" and p.name in ("Organization", "Municipality")], shared_props)
    for writer in sorted(item_writers):
        mine = [p for p in parts if p.writer == writer]
        links: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
        for rel_type, by_source in shared_links.items():
            for source, targets in by_source.items():
                links[rel_type][source] |= targets
        meeting_of_item = _read_links([p for p in mine if p.name in CONTEXT_LINKS and p.name != "PART_OF"], links)
        props = dict(shared_props)
        _read_nodes([p for p in mine if p.kind == "node" and p.name in ("Meeting", "Document")], props)
        contexts: dict[str, dict[str, Any]] = {}
        for part in mine:
            if part.kind == "node" and part.name == "AgendaItem":
                contexts |= _write_context(part.path, meeting_of_item, links, props)
        _write_item_timelines([p for p in mine if p.kind == "rel" and p.name in ITEM_TIMELINE_LINKS], contexts)
    _write_adoption_timelines(parts, shared_props)


def _read_links(parts: list[Part], links: dict[str, dict[str, set[str]]]) -> dict[str, str]:
    """The OF, PART_OF and RECORDED_IN links of ``parts`` into ``links``; returns item -> meeting (HAS_ITEM)."""
    meeting_of_item: dict[str, str] = {}
    for part in parts:
        if part.kind != "rel":
            continue
        for row in pq.read_table(part.path, columns=["from", "to"]).to_pylist():
            source, target = str(row["from"]), str(row["to"])
            if part.name == "HAS_ITEM":
                meeting_of_item[target] = min(meeting_of_item.get(target, source), source)
            else:
                links[part.name][source].add(target)
    return meeting_of_item


def _read_nodes(parts: list[Part], props: dict[str, dict[str, Any]]) -> None:
    wanted = {"Meeting": ["id", "starts_at", "body"], "Document": ["id", "name"]}
    for part in parts:
        for row in pq.read_table(part.path, columns=wanted.get(part.name, ["id", "name"])).to_pylist():
            props[str(row["id"])] = row


def _write_context(
    path: Path,
    meeting_of_item: Mapping[str, str],
    links: Mapping[str, Mapping[str, set[str]]],
    props: Mapping[str, Mapping[str, Any]],
) -> dict[str, dict[str, Any]]:
    """Writes the context of the items in ``path``; returns it by item id."""
    table = pq.read_table(path)
    contexts = []
    for item_id in table.column("id").to_pylist():
        meeting_id = meeting_of_item.get(str(item_id))
        body_id = first_of(links["OF"].get(meeting_id, ())) if meeting_id else None
        municipality_id = first_of(links["PART_OF"].get(body_id, ())) if body_id else None
        document_id = first_of(links["RECORDED_IN"].get(meeting_id, ())) if meeting_id else None
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
    return {str(item_id): context for item_id, context in zip(table.column("id").to_pylist(), contexts, strict=True)}


def _set_strings(table: pa.Table, values: dict[str, list[Any]]) -> pa.Table:
    for key, column in values.items():
        table = table.set_column(table.schema.get_field_index(key), key, pa.array(column, type=pa.string()))
    return table


def _write_item_timelines(parts: list[Part], contexts: Mapping[str, Mapping[str, Any]]) -> None:
    """``timeline_key`` into one writer's MENTIONS and CONCERNS parts; none on a MENTIONS of a node
    its item also CONCERNS."""
    concerned = {
        (str(row["from"]), str(row["to"]))
        for part in parts
        if part.name == "CONCERNS"
        for row in pq.read_table(part.path, columns=["from", "to"]).to_pylist()
    }
    prefixes = {item_id: timeline_prefix(context) for item_id, context in contexts.items()}
    unknown = timeline_prefix({})  # an item this batch did not write (none in a build)
    for part in parts:
        table = pq.read_table(part.path)
        keys = [
            None
            if part.name == "MENTIONS" and (str(row["from"]), str(row["to"])) in concerned
            else item_timeline_key(prefixes.get(str(row["from"]), unknown), row)
            for row in table.select(["from", "to", "item", "id"]).to_pylist()
        ]
        pq.write_table(_set_strings(table, {TIMELINE_KEY: keys}), part.path)


def _write_adoption_timelines(parts: list[Part], municipalities: Mapping[str, Mapping[str, Any]]) -> None:
    """Each ADOPTED's evidence document's body and name and its timeline key into the ADOPTED
    parts. Only the documents they cite are kept from the Document parts."""
    adopted = [p for p in parts if p.kind == "rel" and p.name == "ADOPTED"]
    tables = {p.path: pq.read_table(p.path) for p in adopted}
    wanted = {str(doc) for table in tables.values() for doc in table.column("doc").to_pylist() if doc}
    documents: dict[str, dict[str, Any]] = {}
    for part in parts:
        if part.kind == "node" and part.name == "Document" and wanted:
            table = pq.read_table(part.path, columns=["id", "name", "body"])
            cited = table.filter(pc.is_in(table.column("id"), value_set=pa.array(sorted(wanted), type=pa.string())))
            documents |= {str(row["id"]): row for row in cited.to_pylist()}
    for path, table in tables.items():
        rows = table.select(["from", "id", "date", "doc"]).to_pylist()
        values = [
            adoption_timeline(row, municipalities.get(str(row["from"])), documents.get(str(row["doc"]))) for row in rows
        ]
        pq.write_table(_set_strings(table, {key: [v[key] for v in values] for key in ADOPTION_TIMELINE}), path)

"""Every agenda item's context (its meeting's date, body, municipality and document name) written
into a streaming build's AgendaItem table files before the store loads them, and the timeline
properties into its MENTIONS, CONCERNS and ADOPTED files: ``item_context``'s rules
(graphbuild/item_context.py) over table files instead of a graph in memory."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
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
    timeline_prefix,
)
from graphbuild.store.bulk import Part, TableFiles

Links = dict[str, dict[str, set[str]]]  # relationship type -> source -> targets
Props = dict[str, dict[str, Any]]  # node id -> the properties the context reads


@dataclass(frozen=True)
class ItemContextPlan:
    """What every writer's items need besides their own parts: the PART_OF links and the OF links settled
    at the end, the bodies' and municipalities' names; and each item writer's parts. Plain data, so a
    writer's share can run in a worker process."""

    shared_links: Links
    shared_props: Props
    writers: dict[str, list[Part]]
    parts: list[Part]


def add_item_context_to_tables(tables: TableFiles, run: Callable[..., Iterable[None]] | None = None) -> None:
    """The same rule over a graph's table files (a streaming build's, before the store loads them),
    one writer's parts at a time. A build's resolve batch writes its documents' meetings, items and
    documents and the links between them into parts of its own, so only those parts, the bodies and
    municipalities (shared, as many as there are bodies) and the few OF links settled at the end (in
    the parts of writers without items) are read together: memory is set by one batch, not by the
    number of documents. Each AgendaItem part file is rewritten with its items' context, and the
    writer's MENTIONS and CONCERNS part files with their timeline keys (an item's relationships are
    written by the batch that writes the item); then the ADOPTED part files (few rows) with their
    evidence document's body and name, looked up in the Document parts, and their timeline keys.
    ``run(function, *iterables)`` (a process pool's ``map``) runs the writers' shares side by side;
    by default one after another."""
    plan = item_context_plan(tables)
    writers = sorted(plan.writers)
    jobs = ([plan.writers[w] for w in writers], [plan.shared_links] * len(writers), [plan.shared_props] * len(writers))
    for _ in (run or map)(add_item_context_of_writer, *jobs):
        pass
    _write_adoption_timelines(plan.parts, plan.shared_props)


def item_context_plan(tables: TableFiles) -> ItemContextPlan:
    parts = tables.parts()
    item_writers = {p.writer for p in parts if p.kind == "node" and p.name == "AgendaItem"}
    shared_links: Links = {}
    _read_links(
        [p for p in parts if p.name == "PART_OF" or (p.name == "OF" and p.writer not in item_writers)], shared_links
    )
    shared_props: Props = {}
    _read_nodes([p for p in parts if p.kind == "node" and p.name in ("Organization", "Municipality")], shared_props)
    writers = {writer: [p for p in parts if p.writer == writer] for writer in item_writers}
    return ItemContextPlan(shared_links, shared_props, writers, parts)


def add_item_context_of_writer(mine: list[Part], shared_links: Links, shared_props: Props) -> None:
    """One writer's AgendaItem parts with their context, its MENTIONS and CONCERNS with their timeline keys."""
    links: Links = {rel_type: {s: set(t) for s, t in by_source.items()} for rel_type, by_source in shared_links.items()}
    meeting_of_item = _read_links([p for p in mine if p.name in CONTEXT_LINKS and p.name != "PART_OF"], links)
    props = dict(shared_props)
    _read_nodes([p for p in mine if p.kind == "node" and p.name in ("Meeting", "Document")], props)
    contexts: dict[str, dict[str, Any]] = {}
    for part in mine:
        if part.kind == "node" and part.name == "AgendaItem":
            contexts |= _write_context(part.path, meeting_of_item, links, props)
    _write_item_timelines([p for p in mine if p.kind == "rel" and p.name in ITEM_TIMELINE_LINKS], contexts)


def _read_links(parts: list[Part], links: Links) -> dict[str, str]:
    """The OF, PART_OF and RECORDED_IN links of ``parts`` into ``links``; returns item -> meeting (HAS_ITEM)."""
    meeting_of_item: dict[str, str] = {}
    for part in parts:
        if part.kind != "rel":
            continue
        table = pq.read_table(part.path, columns=["from", "to"])
        pairs = zip(table.column("from").to_pylist(), table.column("to").to_pylist(), strict=True)
        if part.name == "HAS_ITEM":
            for source, target in pairs:
                meeting_of_item[target] = min(meeting_of_item.get(target, source), source)
        else:
            by_source = links.setdefault(part.name, {})
            for source, target in pairs:
                by_source.setdefault(source, set()).add(target)
    return meeting_of_item


def _read_nodes(parts: list[Part], props: Props) -> None:
    wanted = {"Meeting": ["id", "starts_at", "body"], "Document": ["id", "name"]}
    for part in parts:
        for row in pq.read_table(part.path, columns=wanted.get(part.name, ["id", "name"])).to_pylist():
            props[str(row["id"])] = row


def _write_context(
    path: Path,
    meeting_of_item: Mapping[str, str],
    links: Links,
    props: Mapping[str, Mapping[str, Any]],
) -> dict[str, dict[str, Any]]:
    """Writes the context of the items in ``path``; returns it by item id."""
    table = pq.read_table(path)
    contexts = []
    of, part_of, recorded_in = (links.get(name, {}) for name in ("OF", "PART_OF", "RECORDED_IN"))
    for item_id in table.column("id").to_pylist():
        meeting_id = meeting_of_item.get(str(item_id))
        body_id = first_of(of.get(meeting_id, ())) if meeting_id else None
        municipality_id = first_of(part_of.get(body_id, ())) if body_id else None
        document_id = first_of(recorded_in.get(meeting_id, ())) if meeting_id else None
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
    its item also CONCERNS. The key is ``item_timeline_key``'s, put together column-wise: the item's
    prefix, the fact's item number, "|", its id."""
    concerned: set[tuple[str, str]] = set()
    for part in parts:
        if part.name == "CONCERNS":
            table = pq.read_table(part.path, columns=["from", "to"])
            concerned.update(zip(table.column("from").to_pylist(), table.column("to").to_pylist(), strict=True))
    prefixes = {item_id: timeline_prefix(context) for item_id, context in contexts.items()}
    unknown = timeline_prefix({})  # an item this batch did not write (none in a build)
    for part in parts:
        table = pq.read_table(part.path)
        sources = table.column("from").to_pylist()
        prefix = pa.array([prefixes.get(source, unknown) for source in sources], type=pa.string())
        item = pc.fill_null(table.column("item").cast(pa.string()), "")
        keys = pc.binary_join_element_wise(prefix, item, pa.scalar("|"), table.column("id"), "")
        if part.name == "MENTIONS" and concerned:
            targets = table.column("to").to_pylist()
            shadowed = pa.array([pair in concerned for pair in zip(sources, targets, strict=True)], type=pa.bool_())
            keys = pc.if_else(shadowed, pa.scalar(None, pa.string()), keys)
        index = table.schema.get_field_index(TIMELINE_KEY)
        pq.write_table(table.set_column(index, TIMELINE_KEY, keys), part.path)


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

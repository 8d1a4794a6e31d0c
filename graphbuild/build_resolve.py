"""The build's resolve step, a batch of documents at a time: the spooled documents read back in
(sha256, source) order and resolved on the workers, each batch writing its own nodes and
relationships to table files and handing back the shared nodes and facts it saw (merged in order by
the main process), its rows for the search index and a sorted file of its meetings for the change
log; then the shared nodes and facts written by the main process (``SharedSink``) and the change
log's facts of the whole build merged in id order as streams."""

from __future__ import annotations

import heapq
import json
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from graphbuild.build_extract import Spooled, Workers, load_spooled, returning_memory
from graphbuild.changes import FOLLOWED, meeting_fact, rel_fact
from graphbuild.resolve import Resolver
from graphbuild.resolve_ids import IdMap
from graphbuild.spill import SortedSpill, merge_sorted_files
from graphbuild.store.bulk import TableWriter
from graphbuild.textindex import IndexWriter, document_row, entity_row

BATCH_DOCUMENTS = 500  # documents per resolve batch: memory of one batch, and its share of the work
# the change log names a followed fact's ends; only these labels are ever its ends
NAMED_FOR_CHANGES = frozenset({"Organization", "Municipality", "Person", "Initiative"})


@dataclass
class BatchResult:
    """What one resolve batch hands back: the shared nodes and facts it saw (to be merged in order),
    rows for the search index, the file of its meetings for the change log (in id order), and how
    its texts were found."""

    shared: Any
    facts: Any
    pending: Any
    documents: list[tuple[str, str, str, str, str, str | None, str]]
    entities: list[tuple[str, str, str, str]]
    meetings: Path
    texts: dict[str, int]


class _BatchSink:
    """A batch's own nodes and relationships to its table files; Document and Meeting nodes also
    to the search index and the change log."""

    def __init__(self, tables: TableWriter) -> None:
        self.tables = tables
        self.group: Sequence[dict[str, Any]] = ()
        self.documents: list[tuple[str, str, str, str, str, str | None, str]] = []
        self.entities: list[tuple[str, str, str, str]] = []
        self.meetings: dict[str, dict[str, Any]] = {}
        self.texts: dict[str, int] = {}

    def node(self, node_id: str, label: str, properties: dict[str, Any]) -> None:
        self.tables.node(node_id, label, properties)
        if label == "Document":
            first = self.group[0]
            text_from = str(first["text_from"] if first["text"] is not None else "missing")
            self.texts[text_from] = self.texts.get(text_from, 0) + 1
            facts = first["facts"]
            self.documents.append(
                document_row(
                    properties, facts["sha256"], facts["source"], facts["format"], first["text"], first.get("words")
                )
            )
        elif label == "Meeting":
            self.meetings[node_id] = meeting_fact(node_id, properties)
        row = entity_row(node_id, label, properties)
        if row is not None:
            self.entities.append(row)

    def rel(
        self, rel_id: str, rel_type: str, source: str, target: str, labels: tuple[str, str], properties: dict[str, Any]
    ) -> None:
        self.tables.rel(rel_id, rel_type, source, target, labels, properties)


def _resolve_batch(batch: Sequence[Spooled], idmap: IdMap, tables_dir: Path, changes_dir: Path) -> BatchResult:
    tables = TableWriter(tables_dir)
    sink = _BatchSink(tables)
    resolver = Resolver(idmap, sink)
    group: list[dict[str, Any]] = []
    spools: dict[str, BinaryIO] = {}
    try:
        for extracted in [*batch, None]:
            if group and (extracted is None or extracted.sha256[:16] != group[0]["facts"]["sha256"][:16]):
                sink.group = group
                resolver.add_group([entry["facts"] for entry in group])
                group = []
            if extracted is not None:
                group.append(load_spooled(extracted, spools))
    finally:
        for handle in spools.values():
            handle.close()
    tables.close()
    meetings = changes_dir / f"meetings-{tables.part}.jsonl"
    write_sorted_facts(meetings, sink.meetings)
    return BatchResult(
        resolver.shared, resolver.facts, resolver.pending, sink.documents, sink.entities, meetings, sink.texts
    )


def _batches(documents: Iterable[Spooled], size: int) -> Iterator[list[Spooled]]:
    """Consecutive runs of ``size`` documents, never splitting documents with the same content."""
    current: list[Spooled] = []
    for extracted in documents:
        if len(current) >= size and current[-1].sha256[:16] != extracted.sha256[:16]:
            yield current
            current = []
        current.append(extracted)
    if current:
        yield current


def resolve_all(
    documents: Iterable[Spooled], count: int, idmap: IdMap, tables_dir: Path, changes_dir: Path, workers: Workers
) -> Iterator[BatchResult]:
    """The batches' results in order; at most two batches a worker are handed out ahead of the one
    being merged, so neither the batches nor their results pile up in the main process."""
    size = min(BATCH_DOCUMENTS, max(1, count // (workers.count * 4)))
    batches = _batches(documents, size)
    pool = workers.pool(count)
    if pool is None:
        for batch in batches:
            yield _resolve_batch(batch, idmap, tables_dir, changes_dir)
        return
    running: deque[Future[BatchResult]] = deque()
    for batch in batches:
        running.append(pool.submit(returning_memory, _resolve_batch, batch, idmap, tables_dir, changes_dir))
        if len(running) > 2 * workers.count:
            yield running.popleft().result()
    while running:
        yield running.popleft().result()


class SharedSink:
    """The shared nodes and facts, written by the main process at the end: to the table files, the
    search index and the change log (kept sorted on disk)."""

    def __init__(self, tables: TableWriter, index: IndexWriter, followed: SortedSpill) -> None:
        self.tables = tables
        self.index = index
        self.followed = followed
        self.names: dict[str, str] = {}

    def node(self, node_id: str, label: str, properties: dict[str, Any]) -> None:
        self.tables.node(node_id, label, properties)
        if label in NAMED_FOR_CHANGES:
            self.names[node_id] = str(properties.get("name") or node_id)
        row = entity_row(node_id, label, properties)
        if row is not None:
            self.index.add_entities([row])

    def rel(
        self, rel_id: str, rel_type: str, source: str, target: str, labels: tuple[str, str], properties: dict[str, Any]
    ) -> None:
        self.tables.rel(rel_id, rel_type, source, target, labels, properties)
        if rel_type in FOLLOWED:
            self.followed.add(rel_id, [rel_id, rel_fact(rel_type, source, target, properties, self.names)])


def write_sorted_facts(path: Path, facts: dict[str, dict[str, Any]]) -> None:
    """(id, fact) a line, in id order."""
    with path.open("w", encoding="utf-8") as out:
        for key in sorted(facts):
            out.write(json.dumps([key, facts[key]], ensure_ascii=False) + "\n")


def followed_in_order(
    batch_files: Sequence[Path], shared: SortedSpill, scratch: Path
) -> Iterator[tuple[str, dict[str, Any]]]:
    """The change log's facts of the whole build in id order: each batch's meetings and the shared
    facts, merged as streams."""
    batches = ((str(key), fact) for key, fact in merge_sorted_files(batch_files, lambda pair: pair[0], scratch))
    return heapq.merge(batches, ((key, fact) for key, fact in shared), key=lambda pair: pair[0])

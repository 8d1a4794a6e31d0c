"""The build: files -> sources -> parse -> extract (cached) -> resolve -> store, streaming.

Stages are plain functions over plain data; this module only runs them in order (extraction in
graphbuild.build_extract, resolve's batches in graphbuild.build_resolve, what the build tells its
caller in graphbuild.build_report), keeps its scratch folder and prunes the extraction cache. Memory
is set by the shared entities and one batch of documents, not by the number of documents:

1. extract (workers): each document is read, parsed and extracted (or its facts come from the
   cache); its facts, its text and the text's words as the search index holds them (folded here,
   where the text is in hand) are written compressed to the worker's spool file on disk, and only
   a small ``Extracted`` (where the facts are, the names resolve's first step needs) comes back.
2. the shared ids (main): organisations and initiatives that merge, people that split.
3. resolve (workers): batches of documents in (sha256, source) order, read back from the spools;
   each batch's own nodes and relationships are written to table files, and the shared nodes and
   facts it saw come back to be merged in order; the search index's rows come back too.
4. store (main): the shared nodes and facts are written, then the engine loads the table files
   (LadybugDB COPYs them); the search index and the change log go live with the graph.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from collections.abc import Sequence
from contextlib import ExitStack
from dataclasses import astuple, dataclass, field
from pathlib import Path

from graphbuild.build_extract import Spooled, Workers, extract_documents, map_returning_memory
from graphbuild.build_report import BuildReport, StageTimer
from graphbuild.build_resolve import BatchResult, SharedSink, followed_in_order, resolve_all
from graphbuild.errors import UserError
from graphbuild.extraction_cache import ExtractionCache
from graphbuild.process_memory import return_freed_memory
from graphbuild.publish import live_index, replace_graph_and_index
from graphbuild.resolve import Resolver
from graphbuild.resolve_ids import SharedIds
from graphbuild.spill import SortedSpill
from graphbuild.store.base import Progress, StoreTarget
from graphbuild.store.bulk import TableFiles, TableWriter
from graphbuild.store.item_tables import add_item_context_to_tables
from graphbuild.store.opening import open_store
from graphbuild.textindex import IndexReport, IndexWriter

SCRATCH_PREFIX = "kommunegraf-build-"  # + the pid of the build: a killed build's is removed by the next
RECORDS_PER_RUN = 10_000  # where each document's facts are: sorted on disk in runs of this many


def build(
    inputs: Sequence[Path],
    target: StoreTarget,
    *,
    cache_dir: Path | None = None,
    workers: int | None = None,
    progress: Progress | None = None,
) -> BuildReport:
    """Build the graph of every document under ``inputs`` into ``target``, replacing what was there.

    The previous graph stays untouched unless the new one is completely written.
    """
    started = time.perf_counter()
    report = BuildReport()
    cache = ExtractionCache(cache_dir) if cache_dir else None
    with ExitStack() as stack:
        remove_orphaned_scratch()
        scratch = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix=f"{SCRATCH_PREFIX}{os.getpid()}-")))
        (scratch / "spool").mkdir()
        pool = Workers(workers or os.cpu_count() or 1, scratch / "spool", cache_dir, live_index(target))
        stack.callback(pool.close)
        timer = StageTimer(report)
        resolved = _extract_and_resolve(inputs, scratch, pool, timer, report, progress)
        return_freed_memory()  # the resolver's merged nodes and facts went to the table files
        tables = _tables_with_item_context(resolved, pool, timer, report)
        pool.close()  # the workers' part is done
        return_freed_memory()  # the shared ids and the resolver went to the table files: the store needs none
        _store(target, tables, resolved, timer, report, progress)
        if cache:
            cache.prune(Spooled(*record).sha256 for record in resolved.records)
    report.seconds = time.perf_counter() - started
    return report


@dataclass
class _Resolved:
    """What resolve leaves for the store: the documents' records in (sha256, source) order, the tables, the
    search index, the shared facts followed, each batch's meetings and changes, how the texts were indexed."""

    records: SortedSpill
    tables_dir: Path
    changes_dir: Path
    index: IndexWriter
    followed: SortedSpill
    meeting_files: list[Path] = field(default_factory=list)
    texts: dict[str, int] = field(default_factory=dict)

    def add(self, batch: BatchResult) -> None:
        """One resolved batch's documents, entities, meetings file and text counts."""
        self.index.add_documents(batch.documents)
        self.index.add_entities(batch.entities)
        self.meeting_files.append(batch.meetings)
        for how, number_of in batch.texts.items():
            self.texts[how] = self.texts.get(how, 0) + number_of

    def index_report(self) -> IndexReport:
        return IndexReport(
            documents=self.index.documents,
            read_again=self.texts.get("read_again", 0),
            reused=self.texts.get("reused", 0),
            missing=self.texts.get("missing", 0),
            entities=self.index.entities,
            from_extraction=self.texts.get("extraction", 0),
        )


def _extract_and_resolve(
    inputs: Sequence[Path],
    scratch: Path,
    pool: Workers,
    timer: StageTimer,
    report: BuildReport,
    progress: Progress | None,
) -> _Resolved:
    """Extract every document in the workers, settle the shared ids, resolve the documents batch by batch
    into tables and the search index, then write the shared nodes."""
    shared = SharedIds()
    records = SortedSpill(scratch / "records", "documents", run_rows=RECORDS_PER_RUN)

    def keep(spooled: Spooled) -> None:
        records.add([spooled.sha256, spooled.source], list(astuple(spooled)))

    with timer("extract"):
        count = extract_documents(inputs, pool, progress, report, keep, shared)
    if not count:
        if report.failures:  # each failure names its own file
            given = f"{len(inputs)} input{'s' if len(inputs) != 1 else ''}"
            raise UserError(f"nothing to build from {given}: {'; '.join(report.failures[:3])}")
        found = "no minutes found (.txt, .md, .html, .pdf, .docx, .xml or .json)"
        raise UserError(f"nothing to build from {', '.join(map(str, inputs))}: {found}")
    with timer("shared ids"):
        idmap = shared.finish()
    documents = (Spooled(*record) for record in records)  # in (sha256, source) order
    resolved = _Resolved(
        records, scratch / "tables", scratch / "changes", IndexWriter(scratch / "search.sqlite"),
        SortedSpill(scratch / "followed", "shared"),
    )  # fmt: skip
    resolved.changes_dir.mkdir()
    with timer("resolve"):
        shared_tables = TableWriter(resolved.tables_dir)
        sink = SharedSink(shared_tables, resolved.index, resolved.followed)
        merged = Resolver(idmap, sink, spill_dir=scratch / "cases")
        batches = resolve_all(documents, count, idmap, resolved.tables_dir, resolved.changes_dir, pool)
        for number, batch in enumerate(batches, 1):
            merged.absorb(batch.shared, batch.facts, batch.pending)
            resolved.add(batch)
            if progress:
                progress("resolve", number, count)
    with timer("shared nodes"):
        merged.finish()
        shared_tables.close()
        resolved.index.close()
    return resolved


def _tables_with_item_context(resolved: _Resolved, pool: Workers, timer: StageTimer, report: BuildReport) -> TableFiles:
    """The resolved tables with each item's meeting date, body, municipality and document (each resolve
    batch's share on the workers, side by side); their counts and the index's in the report."""
    tables = TableFiles(resolved.tables_dir)
    with timer("item context"):
        workers = pool.pool(report.extracted + report.from_cache)  # the pool extraction and resolve ran on
        add_item_context_to_tables(tables, map_returning_memory(workers) if workers is not None else None)
    report.counts = tables.counts()
    report.index = resolved.index_report()
    return tables


def _store(
    target: StoreTarget,
    tables: TableFiles,
    resolved: _Resolved,
    timer: StageTimer,
    report: BuildReport,
    progress: Progress | None,
) -> None:
    """The graph, its search index and change log go live together."""
    with timer("store"):
        store = open_store(target, read_only=False)
        try:
            facts = followed_in_order(resolved.meeting_files, resolved.followed, resolved.changes_dir)
            replace_graph_and_index(store, target, tables, resolved.index.path, facts, progress)
            report.engine = store.engine
        finally:
            store.close()


def remove_orphaned_scratch(root: Path | None = None) -> int:
    """Delete the scratch directories (spools, table files) of builds that were killed: their
    process is gone. Returns how many went."""
    removed = 0
    for path in Path(root or tempfile.gettempdir()).glob(f"{SCRATCH_PREFIX}*-*"):
        pid = path.name[len(SCRATCH_PREFIX) :].split("-", 1)[0]
        if not pid.isdecimal() or _alive(int(pid)):
            continue
        shutil.rmtree(path, ignore_errors=True)
        removed += 1
    return removed


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True

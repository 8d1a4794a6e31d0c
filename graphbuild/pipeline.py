"""The build: files -> sources -> parse -> extract (cached) -> resolve -> store, streaming.

Stages are plain functions over plain data; this module only runs them in order, fans the work out
over processes, and keeps the extraction cache. Memory is set by the shared entities and one batch
of documents, not by the number of documents:

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

import ctypes
import gc
import hashlib
import heapq
import json
import os
import resource
import shutil
import signal
import tempfile
import threading
import time
import zlib
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import ExitStack
from dataclasses import astuple, dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from graphbuild.changes import FOLLOWED, meeting_fact, rel_fact
from graphbuild.errors import SourceError, UserError
from graphbuild.extract import extract_facts, failures_of
from graphbuild.extraction_cache import ExtractionCache
from graphbuild.extractor_version import extractor_version
from graphbuild.models import DocumentFacts
from graphbuild.parse import parse_meeting
from graphbuild.publish import live_index, replace_graph_and_index
from graphbuild.resolve import Resolver
from graphbuild.resolve_ids import Affiliations, IdMap, Names, SharedIds, shared_names
from graphbuild.sources import address_of, collect_paths, read_source
from graphbuild.spill import SortedSpill, merge_sorted_files
from graphbuild.store.base import Progress, StoreTarget
from graphbuild.store.bulk import TableFiles, TableWriter
from graphbuild.store.item_tables import add_item_context_to_tables
from graphbuild.store.opening import open_store
from graphbuild.textindex import IndexReport, IndexWriter, PreviousIndex, document_row, entity_row, indexed_form

PARALLEL_THRESHOLD = 64  # below this many uncached documents, one process is faster
PARENT_CHECK_SECONDS = 0.5
SCRATCH_PREFIX = "kommunegraf-build-"  # + the pid of the build: a killed build's is removed by the next
BATCH_DOCUMENTS = 500  # documents per resolve batch: memory of one batch, and its share of the work
RECORDS_PER_RUN = 10_000  # where each document's facts are: sorted on disk in runs of this many
# the change log names a followed fact's ends; only these labels are ever its ends
NAMED_FOR_CHANGES = frozenset({"Organization", "Municipality", "Person", "Initiative"})


@dataclass
class BuildReport:
    documents: int = 0
    extracted: int = 0
    from_cache: int = 0
    failures: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # documents built, but a parse or extract step failed on them
    counts: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    engine: str = ""
    index: IndexReport = field(default_factory=IndexReport)
    stages: dict[str, float] = field(default_factory=dict)  # wall seconds per stage
    peak_rss_mb: dict[str, float] = field(default_factory=dict)  # the build process's peak RSS at each stage's end

    @property
    def exit_code(self) -> int:
        return 2 if self.failures else 0


def sha256_of(path: Path) -> str:
    """The content hash the cache is keyed by; empty for a file that cannot be read now."""
    digest = hashlib.sha256()
    try:
        with path.open("rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
    except OSError:
        return ""
    return digest.hexdigest()


def read_and_extract(path: Path) -> DocumentFacts:
    """One document through sources, parse and extract. Raises SourceError for a bad file."""
    return read_extract_and_text(path)[0]


def read_extract_and_text(path: Path) -> tuple[DocumentFacts, str]:
    """One document through sources, parse and extract, with its redacted text (for the search index)."""
    source = read_source(path)
    return extract_facts(parse_meeting(source)), source.text


def _exit_with_parent(parent: int) -> None:
    """A worker ends itself when the build that started it (process ``parent``) is gone (killed with
    SIGKILL, it cannot tell its workers), instead of waiting forever on a pipe nobody writes to. The
    parent's id comes from the parent: read here, after a kill that came first, it would be the adopter's."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(PARENT_CHECK_SECONDS)
        os._exit(1)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()


# --- 1. extract ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Spooled:
    """Where one document's facts and text are on disk: all the build keeps of it until resolve."""

    sha256: str
    source: str
    spool: str
    offset: int
    length: int


@dataclass(frozen=True, slots=True)
class Extracted:
    """What a worker hands back for one document: where its facts are, and the names resolve's
    first step needs (seen at once, not kept)."""

    spooled: Spooled
    shared: tuple[Names, Affiliations]
    from_cache: bool
    failures: tuple[str, ...] = ()  # steps that failed on it (its other facts were kept)


class _Extractor:
    """One process's extraction: the cache, the live index (texts of cached documents) and a spool
    file of its own that the facts and texts are appended to."""

    def __init__(self, spool_dir: Path, cache_dir: Path | None, previous_index: Path | None) -> None:
        self.spool_dir = spool_dir
        self.cache = ExtractionCache(cache_dir) if cache_dir else None
        self.previous = PreviousIndex(previous_index)
        self.version = extractor_version()
        self._spool: BinaryIO | None = None
        self._spool_path = spool_dir / f"spool-{os.getpid()}-{id(self):x}.bin"

    def __call__(self, path: Path) -> Extracted | SourceError:
        try:
            return self._extract(path)
        except SourceError as error:
            return error
        except Exception as error:  # one document's bug must not stop the build of the others
            return SourceError(str(path), f"internal error ({type(error).__name__}); please report it")

    def _extract(self, path: Path) -> Extracted:
        cached = self.cache.get(sha256_of(path), self.version) if self.cache else None
        if cached is not None and document_url(cached) != address_of(path):
            cached = None  # the same file given another address (its manifest changed): extract it again
        text: str | None
        if cached is None:
            facts, text = read_extract_and_text(path)
            text_from = "extraction"
            if self.cache:
                self.cache.put(facts, self.version)
        else:
            facts = cached
            text, text_from = self.previous.text(facts.sha256), "reused"
            if text is None:
                text, text_from = _read_text(path, facts.sha256)  # facts.source is only the file's name
        data = facts.to_json_dict()
        # the search index's words are folded here, in the extraction worker that has the text in hand,
        # not in resolve (a sixth of a resolve batch's work, with the folding made faster)
        words = indexed_form(text) if text else ""
        entry = {"facts": data, "text": text, "text_from": text_from, "words": words}
        blob = zlib.compress(json.dumps(entry).encode(), 1)
        if self._spool is None:
            self._spool = open(self._spool_path, "ab")  # noqa: SIM115 - open for the process's life
        offset = self._spool.tell()
        self._spool.write(blob)
        self._spool.flush()
        spooled = Spooled(facts.sha256, facts.source, str(self._spool_path), offset, len(blob))
        return Extracted(spooled, shared_names(data), cached is not None, tuple(failures_of(facts.errors)))


def document_url(facts: DocumentFacts) -> str | None:
    """The web address the facts' Document node was given."""
    url = next((e.properties.get("url") for e in facts.entities if e.type == "Document"), None)
    return url if isinstance(url, str) else None


def _read_text(path: Path, sha256: str) -> tuple[str | None, str]:
    """The redacted text of a document whose facts were cached, read again from its file."""
    try:
        document = read_source(path)
    except SourceError:
        return None, "missing"
    return (document.text, "read_again") if document.sha256 == sha256 else (None, "missing")


_WORKER: _Extractor | None = None


def _start_extractor(spool_dir: Path, cache_dir: Path | None, previous_index: Path | None, parent: int) -> None:
    global _WORKER
    # Ctrl-C in a terminal reaches the whole process group: the build's main process stops the pool,
    # and a worker interrupted on its own would only print a traceback beside the build's message.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _exit_with_parent(parent)
    _WORKER = _Extractor(spool_dir, cache_dir, previous_index)


def _extract_in_worker(path: Path) -> Extracted | SourceError:
    assert _WORKER is not None, "the pool's initializer makes the extractor"
    return _WORKER(path)


class _Workers:
    """The build's worker processes: started once, at the first parallel step, while the main process
    is still small (a forked worker shares what its parent held), and used for extraction and then for
    resolve. ``pool`` is None when one process is faster (one worker, or few documents)."""

    def __init__(self, count: int, spool_dir: Path, cache_dir: Path | None, previous_index: Path | None) -> None:
        self.count = count
        self.extractor_args = (spool_dir, cache_dir, previous_index)
        self._pool: ProcessPoolExecutor | None = None

    def pool(self, documents: int) -> ProcessPoolExecutor | None:
        if self.count <= 1 or documents < PARALLEL_THRESHOLD:
            return None
        if self._pool is None:
            self._pool = ProcessPoolExecutor(
                max_workers=self.count, initializer=_start_extractor, initargs=(*self.extractor_args, os.getpid())
            )
        return self._pool

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None


def _extract_all(paths: Sequence[Path], workers: _Workers) -> Iterator[Extracted | SourceError]:
    pool = workers.pool(len(paths))
    if pool is None:
        extractor = _Extractor(*workers.extractor_args)
        for path in paths:
            yield extractor(path)
        return
    chunk = max(1, min(16, len(paths) // (workers.count * 8)))
    yield from pool.map(_extract_in_worker, paths, chunksize=chunk)


def _load(extracted: Spooled, spools: dict[str, BinaryIO] | None = None) -> dict[str, Any]:
    """One document's spool entry; ``spools`` keeps the spool files open across calls (a batch reads
    hundreds of entries from the same few files), else the file is opened for this entry alone."""
    if spools is None:
        with open(extracted.spool, "rb") as alone:
            return _read_entry(alone, extracted)
    handle = spools.get(extracted.spool)
    if handle is None:
        handle = spools[extracted.spool] = open(extracted.spool, "rb")  # noqa: SIM115 - closed by the caller
    return _read_entry(handle, extracted)


def _read_entry(handle: BinaryIO, extracted: Spooled) -> dict[str, Any]:
    handle.seek(extracted.offset)
    entry: dict[str, Any] = json.loads(zlib.decompress(handle.read(extracted.length)))
    return entry


def extract_corpus(
    inputs: Sequence[Path],
    cache: ExtractionCache | None,
    *,
    workers: int | None = None,
    progress: Progress | None = None,
    report: BuildReport | None = None,
) -> list[DocumentFacts]:
    """Read and extract every document under ``inputs`` into memory (for tests and tools; the build
    streams instead); bad files go to ``report.failures``."""
    with tempfile.TemporaryDirectory(prefix="kommunegraf-spool-") as scratch:
        pool = _Workers(workers or os.cpu_count() or 1, Path(scratch), cache.directory if cache else None, None)
        extracted: list[Spooled] = []
        try:
            _extract_corpus(inputs, pool, progress, report or BuildReport(), extracted.append)
        finally:
            pool.close()
        facts = [DocumentFacts.model_validate(_load(e)["facts"]) for e in extracted]
    return sorted(facts, key=lambda f: (f.source, f.sha256))


def _extract_corpus(
    inputs: Sequence[Path],
    workers: _Workers,
    progress: Progress | None,
    report: BuildReport,
    keep: Callable[[Spooled], None],
    shared: SharedIds | None = None,
) -> int:
    """Every document extracted; ``keep`` is handed where each one's facts are. Returns how many were."""
    paths, errors = collect_paths(inputs)
    report.failures.extend(str(e) for e in errors)
    report.documents = len(paths)
    done = 0
    if progress:
        progress("extract", 0, len(paths))
    for count, (path, result) in enumerate(zip(paths, _extract_all(paths, workers), strict=True), start=1):
        if isinstance(result, SourceError):
            report.failures.append(str(result))
        else:
            keep(result.spooled)
            done += 1
            report.warnings.extend(
                f"{path}: {failure}; its other facts were kept (please report it)" for failure in result.failures
            )
            if shared is not None:
                shared.observe(result.shared)
            if result.from_cache:
                report.from_cache += 1
            else:
                report.extracted += 1
        if progress:
            progress("extract", count, len(paths))
    return done


# --- 3. resolve, a batch at a time --------------------------------------------------------------------


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
                group.append(_load(extracted, spools))
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


def _resolve_all(
    documents: Iterable[Spooled], count: int, idmap: IdMap, tables_dir: Path, changes_dir: Path, workers: _Workers
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
        running.append(pool.submit(_resolve_batch, batch, idmap, tables_dir, changes_dir))
        if len(running) > 2 * workers.count:
            yield running.popleft().result()
    while running:
        yield running.popleft().result()


class _SharedSink:
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


def _followed_in_order(
    batch_files: Sequence[Path], shared: SortedSpill, scratch: Path
) -> Iterator[tuple[str, dict[str, Any]]]:
    """The change log's facts of the whole build in id order: each batch's meetings and the shared
    facts, merged as streams."""
    batches = ((str(key), fact) for key, fact in merge_sorted_files(batch_files, lambda pair: pair[0], scratch))
    return heapq.merge(batches, ((key, fact) for key, fact in shared), key=lambda pair: pair[0])


# --- the build ---------------------------------------------------------------------------------------


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
        pool = _Workers(workers or os.cpu_count() or 1, scratch / "spool", cache_dir, live_index(target))
        stack.callback(pool.close)
        timer = _Stages(report)
        resolved = _extract_and_resolve(inputs, scratch, pool, timer, report, progress)
        _return_freed_memory()  # the shared ids and the resolver went to the table files: the store needs none
        tables = _tables_with_item_context(resolved, timer, report)
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
    pool: _Workers,
    timer: _Stages,
    report: BuildReport,
    progress: Progress | None,
) -> _Resolved:
    """Extract every document in the workers, settle the shared ids, resolve the documents batch by batch
    into tables and the search index, then close the workers and write the shared nodes."""
    shared = SharedIds()
    records = SortedSpill(scratch / "records", "documents", run_rows=RECORDS_PER_RUN)

    def keep(spooled: Spooled) -> None:
        records.add([spooled.sha256, spooled.source], list(astuple(spooled)))

    with timer("extract"):
        count = _extract_corpus(inputs, pool, progress, report, keep, shared)
    if not count:
        problems = "; ".join(report.failures[:3]) or "no .txt, .md, .html, .pdf or .docx files found"
        raise UserError(f"nothing to build from {', '.join(map(str, inputs))}: {problems}")
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
        sink = _SharedSink(shared_tables, resolved.index, resolved.followed)
        merged = Resolver(idmap, sink, spill_dir=scratch / "cases")
        batches = _resolve_all(documents, count, idmap, resolved.tables_dir, resolved.changes_dir, pool)
        for number, batch in enumerate(batches, 1):
            merged.absorb(batch.shared, batch.facts, batch.pending)
            resolved.add(batch)
            if progress:
                progress("resolve", number, count)
    pool.close()  # the workers' part is done
    with timer("shared nodes"):
        merged.finish()
        shared_tables.close()
        resolved.index.close()
    return resolved


def _tables_with_item_context(resolved: _Resolved, timer: _Stages, report: BuildReport) -> TableFiles:
    """The resolved tables with each item's meeting date, body, municipality and document; their counts and
    the index's in the report."""
    tables = TableFiles(resolved.tables_dir)
    with timer("item context"):
        add_item_context_to_tables(tables)
    report.counts = tables.counts()
    report.index = resolved.index_report()
    return tables


def _store(
    target: StoreTarget,
    tables: TableFiles,
    resolved: _Resolved,
    timer: _Stages,
    report: BuildReport,
    progress: Progress | None,
) -> None:
    """The graph, its search index and change log go live together."""
    with timer("store"):
        store = open_store(target, read_only=False)
        try:
            facts = _followed_in_order(resolved.meeting_files, resolved.followed, resolved.changes_dir)
            replace_graph_and_index(store, target, tables, resolved.index.path, facts, progress)
            report.engine = store.engine
        finally:
            store.close()


def _return_freed_memory() -> None:
    """Collect what the stages before the store no longer hold and hand the freed heap back to the
    system (glibc keeps it otherwise), so the engine's load starts from the build's smaller self."""
    gc.collect()
    try:
        libc = ctypes.CDLL("libc.so.6")
    except OSError:  # not glibc: nothing to trim
        return
    libc.malloc_trim(0)


def remove_orphaned_scratch(root: Path | None = None) -> int:
    """Delete the scratch directories (spools, table files) of builds that were killed: their
    process is gone. Returns how many went."""
    removed = 0
    for path in Path(root or tempfile.gettempdir()).glob(f"{SCRATCH_PREFIX}*-*"):
        pid = path.name[len(SCRATCH_PREFIX) :].split("-", 1)[0]
        if not pid.isdigit() or _alive(int(pid)):
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


class _Stages:
    """``with timer(name):`` adds the wall time of a stage to ``report.stages``."""

    def __init__(self, report: BuildReport) -> None:
        self.report = report

    def __call__(self, name: str) -> _Stage:
        return _Stage(self.report, name)


class _Stage:
    def __init__(self, report: BuildReport, name: str) -> None:
        self.report, self.name = report, name

    def __enter__(self) -> None:
        self.started = time.perf_counter()

    def __exit__(self, *exc: object) -> None:
        self.report.stages[self.name] = round(time.perf_counter() - self.started, 3)
        self.report.peak_rss_mb[self.name] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)

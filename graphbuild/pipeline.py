"""The build: files -> sources -> parse -> extract (cached) -> resolve -> store.

Stages are plain functions over plain data; this module only runs them in order, fans the
per-document work out over processes, and keeps the extraction cache.
"""

from __future__ import annotations

import hashlib
import os
import threading
import time
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from graphbuild.errors import SourceError, UserError
from graphbuild.extract import extract_facts
from graphbuild.extraction_cache import ExtractionCache
from graphbuild.extractor_version import extractor_version
from graphbuild.models import DocumentFacts, Graph
from graphbuild.parse import parse_meeting
from graphbuild.resolve import resolve
from graphbuild.sources import collect_paths, read_source
from graphbuild.store.base import Progress, StoreTarget
from graphbuild.store.opening import open_store
from graphbuild.textindex import IndexReport, replace_graph_and_index

PARALLEL_THRESHOLD = 64  # below this many uncached documents, one process is faster
PARENT_CHECK_SECONDS = 0.5


@dataclass
class BuildReport:
    documents: int = 0
    extracted: int = 0
    from_cache: int = 0
    failures: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    engine: str = ""
    index: IndexReport = field(default_factory=IndexReport)

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
    return extract_facts(parse_meeting(read_source(path)))


def _extract_or_error(path: Path) -> DocumentFacts | SourceError:
    try:
        return read_and_extract(path)
    except SourceError as error:
        return error
    except Exception as error:  # one document's bug must not stop the build of the others
        return SourceError(str(path), f"internal error ({type(error).__name__}); please report it")


def _exit_with_parent() -> None:
    """A worker ends itself when the build that started it is gone (killed with SIGKILL, it cannot
    tell its workers), instead of waiting forever on a pipe nobody writes to."""
    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(PARENT_CHECK_SECONDS)
        os._exit(1)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()


def _extract_all(paths: Sequence[Path], workers: int) -> Iterator[tuple[Path, DocumentFacts | SourceError]]:
    if workers <= 1 or len(paths) < PARALLEL_THRESHOLD:
        for path in paths:
            yield path, _extract_or_error(path)
        return
    with ProcessPoolExecutor(max_workers=workers, initializer=_exit_with_parent) as pool:
        yield from zip(paths, pool.map(_extract_or_error, paths, chunksize=16), strict=True)


def extract_corpus(
    inputs: Sequence[Path],
    cache: ExtractionCache | None,
    *,
    workers: int | None = None,
    progress: Progress | None = None,
    report: BuildReport | None = None,
) -> list[DocumentFacts]:
    """Read and extract every document under ``inputs``; bad files go to ``report.failures``."""
    report = report if report is not None else BuildReport()
    paths, errors = collect_paths(inputs)
    report.failures.extend(str(e) for e in errors)
    report.documents = len(paths)
    facts: list[DocumentFacts] = []
    todo: list[Path] = []
    for path in paths:
        cached = cache.get(sha256_of(path), extractor_version()) if cache else None
        if cached is None:
            todo.append(path)
        else:
            facts.append(cached)
            report.from_cache += 1
    done = report.from_cache
    if progress:
        progress("extract", done, len(paths))
    for _path, result in _extract_all(todo, workers or os.cpu_count() or 1):
        done += 1
        if isinstance(result, SourceError):
            report.failures.append(str(result))
        else:
            facts.append(result)
            report.extracted += 1
            if cache:
                cache.put(result, extractor_version())
        if progress:
            progress("extract", done, len(paths))
    facts.sort(key=lambda f: (f.source, f.sha256))
    return facts


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
    facts = extract_corpus(inputs, cache, workers=workers, progress=progress, report=report)
    if not facts:
        problems = "; ".join(report.failures[:3]) or "no .txt, .md, .html, .pdf or .docx files found"
        raise UserError(f"nothing to build from {', '.join(map(str, inputs))}: {problems}")
    graph: Graph = resolve(facts)
    store = open_store(target, read_only=False)
    try:
        # the graph and its search index (graphbuild.textindex) go live together
        report.index = replace_graph_and_index(store, target, graph, facts, progress)
        report.engine = store.engine
    finally:
        store.close()
    if cache:
        cache.prune({f.sha256 for f in facts})
    report.counts = graph.counts()
    report.seconds = time.perf_counter() - started
    return report

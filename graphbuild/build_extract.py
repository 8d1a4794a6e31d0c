"""The build's first step, extraction: each document read, parsed and extracted (or its facts taken
from the cache) in the build's worker processes (``Workers``, started once and used again by
resolve); its facts, its redacted text and the text's words as the search index holds them (folded
here, where the text is in hand) appended compressed to the worker's spool file, and only a small
``Extracted`` (where the facts are, the names resolve's first step needs) handed back."""

from __future__ import annotations

import gc
import hashlib
import os
import pickle
import signal
import struct
import tempfile
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any, BinaryIO

import pyarrow as pa

from graphbuild.build_report import BuildReport
from graphbuild.errors import SourceError
from graphbuild.extract import extract_facts, failures_of
from graphbuild.extraction_cache import ExtractionCache
from graphbuild.extractor_version import extractor_version
from graphbuild.models import DocumentFacts
from graphbuild.parse import parse_meeting
from graphbuild.process_memory import return_freed_memory
from graphbuild.resolve_ids import Affiliations, Names, SharedIds, shared_names
from graphbuild.search_terms import indexed_form
from graphbuild.sources import address_of, collect_paths, read_source
from graphbuild.store.base import Progress
from graphbuild.textindex import PreviousIndex

PARALLEL_THRESHOLD = 64  # below this many uncached documents, one process is faster
PARENT_CHECK_SECONDS = 0.5
# A spool entry (the facts' JSON form, the text, its words: strings, numbers, lists and dicts) is written and read back
# by the build's own processes alone, so it is pickled: the same values as through JSON, written in half json's time
# and read in two thirds (300 generated documents: 0.028 against 0.054 s, 0.016 against 0.030 s).
SPOOL_PROTOCOL = pickle.HIGHEST_PROTOCOL
# ... and compressed by Zstandard (pyarrow's, the library of the build's tables; its level 1), its size before first:
# on the same documents 0.015 s to compress and 0.009 s to decompress against zlib's (level 1) 0.037 and 0.014 s,
# 1.29 MB against 1.33 MB.
SPOOL_CODEC = pa.Codec("zstd")
_SIZE = struct.Struct("<Q")


def packed(entry: dict[str, Any]) -> bytes:
    """A spool entry as it is written: its pickle's length, then the pickle compressed."""
    raw = pickle.dumps(entry, SPOOL_PROTOCOL)
    compressed: bytes = SPOOL_CODEC.compress(raw, asbytes=True)
    return _SIZE.pack(len(raw)) + compressed


def unpacked(blob: bytes) -> dict[str, Any]:
    """The entry ``packed`` wrote."""
    (size,) = _SIZE.unpack_from(blob)
    raw = SPOOL_CODEC.decompress(memoryview(blob)[_SIZE.size :], decompressed_size=size, asbytes=True)
    entry: dict[str, Any] = pickle.loads(raw)
    return entry


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


def exit_with_parent(parent: int) -> None:
    """A worker ends itself when the build that started it (process ``parent``) is gone (killed with
    SIGKILL, it cannot tell its workers), instead of waiting forever on a pipe nobody writes to. The
    parent's id comes from the parent: read here, after a kill that came first, it would be the adopter's."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(PARENT_CHECK_SECONDS)
        os._exit(1)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()


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


class Extractor:
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
        blob = packed(entry)
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


_WORKER: Extractor | None = None


def _start_extractor(spool_dir: Path, cache_dir: Path | None, previous_index: Path | None, parent: int) -> None:
    global _WORKER
    # Ctrl-C in a terminal reaches the whole process group: the build's main process stops the pool,
    # and a worker interrupted on its own would only print a traceback beside the build's message.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    exit_with_parent(parent)
    _WORKER = Extractor(spool_dir, cache_dir, previous_index)
    settle_collector()


# a collection of the youngest objects after this many more allocations than frees (CPython's default: 700)
WORKER_GC_THRESHOLD = 10_000


def settle_collector() -> None:
    """The cyclic garbage collector set for a worker that extracts to its end: what it holds by now (the vocabularies
    and compiled patterns, and all it was forked with) is never walked again, and the youngest objects are collected
    every 10,000 allocations net instead of 700. A document's objects are freed by their counts as it ends; the
    collector's frequent walks over the real corpus and 400 generated documents took 0.70-0.97 s of a worker's
    15.7-18.1 s and found the same 8,977 objects as the rarer ones, which take 0.03-0.04 s (peak memory 86 → 87 MB)."""
    gc.freeze()
    gc.set_threshold(WORKER_GC_THRESHOLD, 10, 10)


def _extract_in_worker(path: Path) -> Extracted | SourceError:
    assert _WORKER is not None, "the pool's initializer makes the extractor"
    return _WORKER(path)


@contextmanager
def ctrl_c_held_while_forking() -> Iterator[None]:
    """A Ctrl-C that comes while workers are forked is kept and raised once they are.

    Python runs a signal's handler in the main thread's next bytecode, which may be a fork hook
    (logging's lock release): a KeyboardInterrupt raised there is printed as "Exception ignored" and
    lost, and the build would go on as if no one had pressed Ctrl-C."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    pressed: list[int] = []
    previous = signal.signal(signal.SIGINT, lambda signum, _frame: pressed.append(signum))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
    if pressed:
        raise KeyboardInterrupt


class Workers:
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
            with ctrl_c_held_while_forking():
                self._pool = ProcessPoolExecutor(
                    max_workers=self.count, initializer=_start_extractor, initargs=(*self.extractor_args, os.getpid())
                )
                self._pool.submit(os.getpid)  # the first task forks every worker, here
        return self._pool

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None


def returning_memory(function: Callable[..., Any], *args: Any) -> Any:
    """``function(*args)`` in a worker, then what it freed handed back to the system: a worker's resolve
    batches and item-context shares each read a batch's tables, and without this every worker keeps the
    largest batch's pages (pyarrow's pool and glibc's heap) until the pool ends. A batch's objects are
    freed by their counts as it ends; a full collection after each found 0-9 objects at 10k documents
    and took 10-150 ms, walking what the worker keeps from extraction (0.8-1.0 s a worker), so none is
    run here (the worker's collector still runs on its own thresholds)."""
    try:
        return function(*args)
    finally:
        return_freed_memory(collect_cycles=False)


def map_returning_memory(pool: ProcessPoolExecutor) -> Callable[..., Iterable[Any]]:
    """``pool.map`` whose tasks each hand their freed memory back when done (``returning_memory``)."""
    return lambda function, *iterables: pool.map(partial(returning_memory, function), *iterables)


def _extract_all(paths: Sequence[Path], workers: Workers) -> Iterator[Extracted | SourceError]:
    pool = workers.pool(len(paths))
    if pool is None:
        extractor = Extractor(*workers.extractor_args)
        for path in paths:
            yield extractor(path)
        return
    chunk = max(1, min(16, len(paths) // (workers.count * 8)))
    yield from pool.map(_extract_in_worker, paths, chunksize=chunk)


def load_spooled(extracted: Spooled, spools: dict[str, BinaryIO] | None = None) -> dict[str, Any]:
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
    return unpacked(handle.read(extracted.length))


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
        pool = Workers(workers or os.cpu_count() or 1, Path(scratch), cache.directory if cache else None, None)
        extracted: list[Spooled] = []
        try:
            extract_documents(inputs, pool, progress, report or BuildReport(), extracted.append)
        finally:
            pool.close()
        facts = [DocumentFacts.model_validate(load_spooled(e)["facts"]) for e in extracted]
    return sorted(facts, key=lambda f: (f.source, f.sha256))


def extract_documents(
    inputs: Sequence[Path],
    workers: Workers,
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

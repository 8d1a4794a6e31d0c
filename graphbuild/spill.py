"""Records kept on disk instead of in memory: an external sort, and partitions by key.

The build meets a few collections that grow with the number of documents (where each document's
facts are, the meetings of the change log, the case nodes). ``SortedSpill`` takes records in any
order and gives them back sorted, holding at most ``run_rows`` of them at once: each full run is
sorted and written as a file of JSON lines, and the runs are merged as streams. ``Partitions``
appends records to one of a fixed number of files chosen by a stable hash of their key, so every
record of one key lands in the same file, in the order it was added, and a partition at a time fits
in memory.

Records and keys are JSON values (a key's tuples come back as lists, which compare the same way).
"""

from __future__ import annotations

import heapq
import json
import zlib
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import IO, Any

RUN_ROWS = 50_000
MAX_OPEN = 128  # files merged at once; more are merged in rounds through files


def _dump(line: Any) -> str:
    return json.dumps(line, ensure_ascii=False, separators=(",", ":")) + "\n"


def _read(path: Path) -> Iterator[Any]:
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            yield json.loads(line)


def merge_sorted_files(paths: Sequence[Path], key: Callable[[Any], Any], scratch: Path) -> Iterator[Any]:
    """The JSON lines of files each sorted by ``key``, merged in ``key`` order (ties in the order of
    ``paths``). At most ``MAX_OPEN`` files are open at once: more are first merged in groups into files
    in ``scratch``."""
    paths = list(paths)
    rounds = 0
    while len(paths) > MAX_OPEN:
        merged: list[Path] = []
        for start in range(0, len(paths), MAX_OPEN):
            out = scratch / f"merge-{rounds}-{start}.jsonl"
            with out.open("w", encoding="utf-8") as handle:
                group = paths[start : start + MAX_OPEN]
                handle.writelines(_dump(line) for line in heapq.merge(*(_read(p) for p in group), key=key))
            merged.append(out)
        paths, rounds = merged, rounds + 1
    yield from heapq.merge(*(_read(p) for p in paths), key=key)


class SortedSpill:
    """(key, record) pairs in, records out in key order (ties in the order they were added)."""

    def __init__(self, directory: Path, name: str, run_rows: int = RUN_ROWS) -> None:
        self.directory = Path(directory)
        self.directory.mkdir(parents=True, exist_ok=True)
        self.name = name
        self.run_rows = run_rows
        self.count = 0
        self._buffer: list[tuple[Any, int, Any]] = []
        self._runs: list[Path] = []

    def add(self, key: Any, record: Any) -> None:
        self._buffer.append((key, self.count, record))
        self.count += 1
        if len(self._buffer) >= self.run_rows:
            self._write_run()

    def _write_run(self) -> None:
        if not self._buffer:
            return
        self._buffer.sort(key=lambda entry: (entry[0], entry[1]))
        path = self.directory / f"{self.name}-run{len(self._runs):05d}.jsonl"
        with path.open("w", encoding="utf-8") as handle:
            handle.writelines(_dump([key, order, record]) for key, order, record in self._buffer)
        self._runs.append(path)
        self._buffer = []

    def __iter__(self) -> Iterator[Any]:
        """The records in key order; may be read more than once."""
        if not self._runs:  # everything fits in one run: no file needed
            for _key, _order, record in sorted(self._buffer, key=lambda entry: (entry[0], entry[1])):
                yield record
            return
        self._write_run()
        scratch = self.directory / f"{self.name}-merged"
        scratch.mkdir(exist_ok=True)
        for _key, _order, record in merge_sorted_files(self._runs, lambda e: (e[0], e[1]), scratch):
            yield record


class Partitions:
    """Records appended to ``count`` files by a stable hash of their key; read back one file at a time."""

    def __init__(self, directory: Path, name: str, count: int) -> None:
        self.directory = Path(directory)
        self.directory.mkdir(parents=True, exist_ok=True)
        self.paths = [self.directory / f"{name}-part{i:04d}.jsonl" for i in range(count)]
        self._handles: dict[int, IO[str]] = {}

    def number(self, key: str) -> int:
        """The partition of ``key``."""
        return zlib.crc32(key.encode()) % len(self.paths)

    def add(self, key: str, record: Any) -> None:
        number = self.number(key)
        handle = self._handles.get(number)
        if handle is None:
            handle = self._handles[number] = self.paths[number].open("a", encoding="utf-8")
        handle.write(_dump(record))

    def close(self) -> None:
        for handle in self._handles.values():
            handle.close()
        self._handles = {}

    def partitions(self) -> Iterator[tuple[int, list[Any]]]:
        """(number, records) of each partition, records in the order they were added."""
        self.close()
        for number, path in enumerate(self.paths):
            if path.is_file():
                yield number, list(_read(path))

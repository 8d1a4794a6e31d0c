"""The embedded store: LadybugDB, rebuilt as a fresh database per build and swapped in atomically."""

from __future__ import annotations

import fcntl
import itertools
import re
import shutil
import tempfile
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from typing import Any

import ladybug

from graphbuild.errors import StoreError, UserError
from graphbuild.models import Graph
from graphbuild.store.base import Progress
from graphbuild.store.bulk import TableFiles, rows_in, write_graph
from graphbuild.store.generations import current_generation, new_generation, publish, remove_stale
from graphbuild.store.values import GraphReads, plain
from graphbuild.vocab.schema import Schema, load_schema

DATABASE_FILE = "graph.lbdb"
LOCK_FILE = ".build.lock"
_OPENINGS = itertools.count(1)  # each database a store opens gets a number of its own


LOW_SPACE_BYTES = 64 * 1024 * 1024
# Column types whose Arrow values are already plain Python (no node, relationship or struct to
# clean of internal ids): a result of only these is fetched in one call, not row by row.
ARROW_PLAIN_TYPE = re.compile(r"(STRING|BOOL|INT(8|16|32|64)|UINT(8|16|32|64)|DOUBLE|FLOAT)(\[\])*")


def _why(store_dir: Path, engine_message: str) -> str:
    """LadybugDB reports a full disk in several ways ("Cannot read from file ... numBytesRead: 0");
    name the cause when the disk is nearly full, and keep the engine's words otherwise."""
    try:
        free = shutil.disk_usage(store_dir).free
    except OSError:
        return engine_message
    if free < LOW_SPACE_BYTES:
        return f"no space left on the disk that holds it ({free // (1024 * 1024)} MB free); the previous graph is kept"
    return engine_message


@contextmanager
def build_lock(store_dir: Path) -> Iterator[None]:
    """One build at a time per store directory, so no build deletes another's generation."""
    try:
        handle = open(store_dir / LOCK_FILE, "w")  # noqa: SIM115 - closed below, after the lock is released
    except OSError as error:
        raise StoreError(f"cannot write to {store_dir}: {error.strerror or error}") from None
    with handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise StoreError(f"another build is writing {store_dir}; try again when it has finished") from None
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _quoted_files(files: list[Path]) -> str:
    for file in files:
        if "'" in str(file) or "\\" in str(file):
            raise StoreError(f"the table file {file} has a quote or backslash in its path")
    return "[" + ", ".join(f"'{file}'" for file in files) + "]"


# The engine's page cache while a build loads: bounded, so the load's memory is set by it and by one
# table's COPY, not by the whole graph. A relationship table's COPY holds its rows in the cache at once
# (at 50,000 documents, 207,838 HAS_ITEM rows did not fit in 128 MB and fit in 256 MB): the cache is
# sized for the largest one, at least LOAD_POOL_FLOOR_MB. A graph that still fills it is loaded again
# from the start with the engine's default (most of the machine's memory).
LOAD_POOL_FLOOR_MB = 256
LOAD_POOL_BYTES_PER_REL_ROW = 1280
POOL_FULL = "buffer pool is full"


def load_pools_mb(tables: TableFiles, schema: Schema) -> tuple[int, ...]:
    """The page cache sizes a load tries in turn (0: the engine's default)."""
    largest = max(
        (rows_in(files) for rel_type in schema.relationships for files in tables.rel_files(rel_type).values()),
        default=0,
    )
    bounded = max(LOAD_POOL_FLOOR_MB, -(-largest * LOAD_POOL_BYTES_PER_REL_ROW // 2**20))
    return (bounded, 0)


class BufferPoolFull(RuntimeError):
    """A COPY needed more of the engine's page cache than the load allowed it."""


def _table_copies(tables: TableFiles, schema: Schema) -> Iterator[tuple[str, list[str]]]:
    """Per table of the schema, node tables first: the phase its COPY statements are timed as, and those
    statements (none for a table with no rows; a relationship's one per pair of endpoint labels)."""
    for label in schema.nodes:
        files = tables.node_files(label)
        yield "COPY nodes", [f"COPY `{label}` FROM {_quoted_files(files)}"] if files else []
    for rel_type in schema.relationships:
        yield (
            "COPY relationships",
            [
                f"COPY `{rel_type}` FROM {_quoted_files(files)} (from='{source_label}', to='{target_label}')"
                for (source_label, target_label), files in tables.rel_files(rel_type).items()
            ],
        )


def create_database(
    path: Path,
    tables: TableFiles,
    schema: Schema,
    progress: Progress | None = None,
    phases: dict[str, float] | None = None,
    *,
    buffer_pool_mb: int = 0,
) -> None:
    """Write the graph in ``tables`` into a new LadybugDB file at ``path``: schema DDL, then one COPY
    per table (all its part files at once), each followed by a checkpoint, so the pages it wrote can
    leave the engine's page cache (``buffer_pool_mb``, 0 for the engine's default) before the next
    table's COPY; a COPY that does not fit in it raises ``BufferPoolFull``. (The engine's own
    automatic checkpoint stays off: it would checkpoint mid-table.) ``phases`` gets the wall seconds
    of each step."""
    clock = _Phases(phases)
    database = ladybug.Database(str(path), auto_checkpoint=False, buffer_pool_size=buffer_pool_mb * 2**20)
    connection = ladybug.Connection(database)

    def execute(statement: str) -> None:
        try:
            connection.execute(statement)
        except RuntimeError as error:
            if POOL_FULL in str(error):
                raise BufferPoolFull(str(error)) from None
            raise

    try:
        for statement in schema.ladybug_ddl():
            execute(statement)
        clock("open and DDL")
        steps = len(schema.nodes) + len(schema.relationships)
        for done, (phase, copies) in enumerate(_table_copies(tables, schema), start=1):
            for statement in copies:
                execute(statement)
                clock(phase)
                execute("CHECKPOINT")
                clock("CHECKPOINT")
            if progress:
                progress("store", done, steps)
    finally:
        connection.close()
        database.close()
        clock("close")


def create_database_bounded(
    path: Path,
    tables: TableFiles,
    schema: Schema,
    progress: Progress | None = None,
    phases: dict[str, float] | None = None,
    pools_mb: Sequence[int] | None = None,
) -> int:
    """``create_database`` with the first page cache of ``pools_mb`` (``load_pools_mb`` when None) the
    graph fits in: a load that fills one is thrown away and done again with the next. Returns the
    size that held it."""
    tables = tables.listed_once()
    if pools_mb is None:
        pools_mb = load_pools_mb(tables, schema)
    for number, pool_mb in enumerate(pools_mb):
        try:
            create_database(path, tables, schema, progress, phases, buffer_pool_mb=pool_mb)
            return pool_mb
        except BufferPoolFull:
            if number == len(pools_mb) - 1:
                raise
            _remove_database(path)
            if phases is not None:
                phases[f"buffer pool of {pool_mb} MB full: loaded again"] = 0.0
    raise AssertionError("pools_mb is empty")


def _remove_database(path: Path) -> None:
    """A half-written database file and the engine's files beside it (its write-ahead log)."""
    for leftover in path.parent.glob(f"{path.name}*"):
        if leftover.is_dir():
            shutil.rmtree(leftover)
        else:
            leftover.unlink()


class _Phases:
    """``clock(name)`` adds the wall seconds since the last call to ``phases[name]`` (when given)."""

    def __init__(self, phases: dict[str, float] | None) -> None:
        self.phases = phases
        self.last = time.perf_counter()

    def __call__(self, name: str) -> None:
        now = time.perf_counter()
        if self.phases is not None:
            self.phases[name] = self.phases.get(name, 0.0) + now - self.last
        self.last = now


@contextmanager
def _alongside(function: Callable[[], None] | None, clock: _Phases) -> Iterator[None]:
    """``function`` run in a thread while the block runs; at the block's end it is waited for (the wait
    clocked) and what it raised is raised, unless the block raised first."""
    if function is None:
        yield
        return
    raised: list[BaseException] = []

    def run() -> None:
        try:
            function()
        except BaseException as error:  # handed to the caller's thread
            raised.append(error)

    thread = threading.Thread(target=run, name="beside-the-load", daemon=True)
    thread.start()
    try:
        yield
    finally:
        thread.join()
        clock("beside (index, change log): waited for after the load")
    if raised:
        raise raised[0]


def open_generation(store_dir: Path, generation: Path) -> ladybug.Database:
    """The graph of one generation, opened read-only: several LadybugStore readers may share it,
    each with a connection of its own (the engine runs their queries side by side)."""
    try:
        return ladybug.Database(str(generation / DATABASE_FILE), read_only=True)
    except RuntimeError as error:
        raise StoreError(f"cannot open the graph at {store_dir}: {error}") from None


class LadybugStore(GraphReads):
    """A store directory holding generations of LadybugDB files; reads always go read-only.

    ``database``: a generation opened with ``open_generation`` to read through a connection of this
    store's own; the caller closes it, after every store sharing it."""

    label_of = "label({})"  # how this dialect names a node's label

    engine = "ladybug"

    def __init__(self, store_dir: Path, *, read_only: bool = True, database: ladybug.Database | None = None) -> None:
        self.store_dir = Path(store_dir)
        self.read_only = read_only or database is not None
        self.schema = load_schema()
        self._database: ladybug.Database | None = database
        self._shared = database is not None
        self._connection: ladybug.Connection | None = None
        self._opening = next(_OPENINGS) if database is not None else 0  # which database this store reads
        self.phases: dict[str, float] = {}  # wall seconds of each step of the last replace_tables
        self.buffer_pool_mb = 0  # the engine's page cache the last replace_tables loaded with (0: its default)
        if self.read_only and database is None and current_generation(self.store_dir) is None:
            raise UserError(f"no graph at {self.store_dir}: run kommunegraf build first")

    # --- writing ----------------------------------------------------------------------------

    def replace_graph(
        self, graph: Graph, progress: Progress | None = None, *, beside: Callable[[Path], None] | None = None
    ) -> None:
        """Write ``graph`` as a new generation and publish it (through the same table files a build
        streams into)."""
        with tempfile.TemporaryDirectory(prefix="kommunegraf-tables-") as scratch:
            self.replace_tables(write_graph(graph, Path(scratch), self.schema), progress, beside=beside)

    def replace_tables(
        self, tables: TableFiles, progress: Progress | None = None, *, beside: Callable[[Path], None] | None = None
    ) -> None:
        """Load the graph in ``tables`` as a new generation and publish it. ``beside(directory)`` writes
        files that belong with this graph (the search index) into the new generation before it goes live."""
        if self.read_only:
            raise StoreError(f"{self.store_dir} was opened read-only")
        try:
            self.store_dir.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise StoreError(f"cannot create {self.store_dir}: {error.strerror}") from None
        self._disconnect()
        self.phases = {}
        clock = _Phases(self.phases)
        with build_lock(self.store_dir):
            remove_stale(self.store_dir)
            try:
                generation = new_generation(self.store_dir)
            except OSError as error:
                reason = _why(self.store_dir, str(error.strerror or error))
                raise StoreError(f"writing the graph to {self.store_dir} failed: {reason}") from None
            clock("remove stale generations before")
            try:
                self._load_and_publish(generation, tables, progress, beside, clock)
            except BaseException:  # a failed or interrupted build gives its unpublished graph's room back at once
                if current_generation(self.store_dir) != generation:
                    shutil.rmtree(generation, ignore_errors=True)
                raise
            clock("publish (fsync)")
            remove_stale(self.store_dir)
            clock("remove the previous generation")

    def _load_and_publish(
        self,
        generation: Path,
        tables: TableFiles,
        progress: Progress | None,
        beside: Callable[[Path], None] | None,
        clock: _Phases,
    ) -> None:
        try:
            # the index and change log are written while the engine loads (its COPY lets go of the GIL):
            # at 10k documents the change log is ~0.5 s of the main process, the COPY ~1.1 cores of two
            with _alongside(partial(beside, generation) if beside is not None else None, clock):
                self.buffer_pool_mb = create_database_bounded(
                    generation / DATABASE_FILE, tables, self.schema, progress, self.phases
                )
                clock.last = time.perf_counter()
        except RuntimeError as error:
            reason = _why(self.store_dir, str(error))
            raise StoreError(f"writing the graph to {self.store_dir} failed: {reason}") from None
        except OSError as error:
            reason = _why(self.store_dir, str(error.strerror))
            raise StoreError(f"writing the graph to {self.store_dir} failed: {reason}") from None
        try:
            publish(self.store_dir, generation)
        except OSError as error:  # a full disk, an I/O error: CURRENT names the previous graph or this one, whole
            reason = _why(self.store_dir, str(error.strerror or error))
            raise StoreError(f"publishing the graph in {self.store_dir} failed: {reason}") from None

    # --- reading ----------------------------------------------------------------------------

    def _connect(self) -> ladybug.Connection:
        if self._connection is None:
            if self._database is None:
                generation = current_generation(self.store_dir)
                if generation is None:
                    raise UserError(f"no graph at {self.store_dir}: run kommunegraf build first")
                self._database = open_generation(self.store_dir, generation)
                self._opening = next(_OPENINGS)
            self._connection = ladybug.Connection(self._database)
        return self._connection

    def _disconnect(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None
        if self._database is not None and not self._shared:
            self._database.close()
            self._database = None

    def query(
        self, cypher: str, params: Mapping[str, Any] | None = None, *, timeout_s: float | None = None
    ) -> list[dict[str, Any]]:
        connection = self._connect()
        connection.set_query_timeout(int(timeout_s * 1000) if timeout_s else 0)
        result = connection.execute(cypher, dict(params or {}))
        assert not isinstance(result, list), "one statement at a time"
        columns = result.get_column_names()
        rows: list[dict[str, Any]] = []
        if len(set(columns)) == len(columns) and all(
            ARROW_PLAIN_TYPE.fullmatch(t) for t in result.get_column_data_types()
        ):
            if result.get_num_tuples():  # every row in one call, as Arrow, then Python values
                rows = result.get_as_arrow(0).to_pylist()
        else:
            while result.has_next():
                rows.append({name: plain(value) for name, value in zip(columns, result.get_next(), strict=True)})
        result.close()
        return rows

    def graph_version(self) -> tuple[str, int] | None:
        """A read-only reader reads the one database it opened, which never changes while it is open:
        that database names the graph (None for a store that writes: its graph can change)."""
        if not self.read_only:
            return None
        self._connect()
        return ("ladybug", self._opening)

    def explain_is_read_only(self, cypher: str) -> bool:
        """The database is opened read-only: planning a write there fails, so a plan means a read."""
        connection = self._connect()
        try:
            result = connection.execute(f"EXPLAIN {cypher}")
        except RuntimeError as error:
            if "read-only" in str(error).lower() or "read only" in str(error).lower():
                return False
            raise
        if not isinstance(result, list):
            result.close()
        return True

    def close(self) -> None:
        self._disconnect()

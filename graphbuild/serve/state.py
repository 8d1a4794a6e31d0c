"""The open graph and search index behind the web app, reopened together when a build publishes a
new generation (so a page never pairs a graph with another build's index).

Requests read side by side: on the embedded store each request borrows one of a few readers (a
LadybugDB connection of its own on the generation's one read-only database); on Neo4j every
request shares the driver, which opens a session per query. A request that started on a
generation finishes on it; the generation is closed when its last request has left.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from graphbuild.errors import KommunegrafError, StoreError, UserError
from graphbuild.publish import index_dir
from graphbuild.serve.graphdata import GraphData
from graphbuild.serve.staleness import Staleness, compare
from graphbuild.store.base import GraphStore, StoreTarget
from graphbuild.store.ladybug import LadybugStore, open_generation
from graphbuild.store.opening import open_store
from graphbuild.textindex import INDEX_FILE, SearchIndex

READERS = 4  # embedded store: requests that query at the same time (each holds a connection)
RECHECK_S = 60.0  # Neo4j: how often the graph is compared with the index again (it can change under us)


@dataclass
class Opened:
    store: GraphStore
    graph: GraphData
    index: SearchIndex | None
    index_problem: str  # why there is no index, for the pages that need one
    generation: Path | None


class Generation:
    """One published graph with its index, and the readers open on it."""

    def __init__(
        self,
        path: Path | None,
        index: SearchIndex | None,
        index_problem: str,
        make_store: Callable[[], GraphStore],
        *,
        shared: bool,
        readers: int,
        on_close: Callable[[], None] = lambda: None,
    ) -> None:
        self.path = path
        self.index = index
        self.index_problem = index_problem
        self.stale: Staleness | None = None
        self.rechecks = shared  # Neo4j's graph can change without a new index generation; a LadybugDB one cannot
        self.checked_at = 0.0
        self._make_store = make_store
        self._shared = shared  # one store for every request (Neo4j's driver is made for threads)
        self._limit = 1 if shared else readers
        self._made: list[Opened] = []
        self._free: list[Opened] = []
        self._turn = threading.Condition()
        self._on_close = on_close
        self.users = 0  # requests inside, counted by ServeState under its lock
        self.retired = False

    def _new_reader(self) -> Opened:
        store = self._make_store()
        return Opened(store, GraphData(store), self.index, self.index_problem, self.path)

    @contextmanager
    def reader(self) -> Iterator[Opened]:
        with self._turn:
            while not self._free and len(self._made) >= self._limit and not self._shared:
                self._turn.wait()
            if self._shared and self._made:
                opened = self._made[0]
            elif self._free:
                opened = self._free.pop()
            else:
                opened = self._new_reader()
                self._made.append(opened)
        try:
            yield opened
        finally:
            if not self._shared:
                with self._turn:
                    self._free.append(opened)
                    self._turn.notify()

    def check(self, opened: Opened) -> None:
        """Compare the graph with the index (documents and names); the pages say so when they differ."""
        self.checked_at = time.monotonic()  # first, so requests arriving meanwhile do not check too
        if self.index is not None:
            self.stale = compare(opened.store, self.index, self.path)

    def close(self) -> None:
        with self._turn:
            for opened in self._made:
                opened.store.close()
            self._made.clear()
            self._free.clear()
        self._on_close()


class ServeState:
    """One store opened read-only for many requests at once; each request sees one generation from
    start to end."""

    def __init__(self, target: StoreTarget, readers: int = READERS) -> None:
        self.target = target
        self.readers = readers
        self._lock = threading.Lock()  # guards which generation is live, never a request's queries
        self._live: Generation | None = None

    def _open(self) -> Generation:
        if self.target.store_dir is not None:
            return self._open_embedded(self.target.store_dir)
        store = open_store(self.target, read_only=True)
        try:
            store.counts()  # a broken connection fails here, not mid-page
        except BaseException:
            store.close()
            raise
        path = index_dir(self.target)
        index, problem = _index(self.target, path)
        generation = Generation(path, index, problem, lambda: store, shared=True, readers=1)
        with generation.reader() as opened:
            generation.check(opened)
        return generation

    def _open_embedded(self, store_dir: Path) -> Generation:
        for _attempt in range(5):
            path = index_dir(self.target)
            if path is None:
                raise UserError(f"no graph at {store_dir}: run kommunegraf build first")
            try:
                database = open_generation(store_dir, path)
            except StoreError:
                if index_dir(self.target) != path:
                    continue  # a build went live and removed this generation while we opened it
                raise
            index, problem = _index(self.target, path)
            generation = Generation(
                path,
                index,
                problem,
                partial(LadybugStore, store_dir, database=database),
                shared=False,
                readers=self.readers,
                on_close=database.close,
            )
            try:
                with generation.reader() as opened:
                    opened.store.counts()  # a broken graph fails here, not mid-page
                    generation.check(opened)
            except BaseException:
                generation.close()
                raise
            return generation
        raise StoreError(f"the graph at {self.target} kept changing while it was opened; try again")

    def check(self) -> None:
        """Open the store now (the CLI calls this before serving, so a missing graph is one line)."""
        with self.session():
            pass

    def notice(self) -> str:
        """What every page says about the index, when it does not match the graph."""
        live = self._live
        return live.stale.message() if live is not None and live.stale is not None else ""

    def _enter(self) -> Generation:
        with self._lock:
            live = self._live
            if live is not None and index_dir(self.target) != live.path:
                self._retire(live)
                live = None
            if live is None:
                live = self._live = self._open()
            live.users += 1
            return live

    def _leave(self, generation: Generation) -> None:
        with self._lock:
            generation.users -= 1
            close = generation.retired and generation.users == 0
        if close:
            generation.close()

    def _retire(self, generation: Generation) -> None:
        """Called under the lock: no new request enters it; the last one inside closes it."""
        generation.retired = True
        if self._live is generation:
            self._live = None
        if generation.users == 0:
            generation.close()

    @contextmanager
    def session(self) -> Iterator[Opened]:
        generation = self._enter()
        try:
            with generation.reader() as opened:
                if generation.rechecks and time.monotonic() - generation.checked_at > RECHECK_S:
                    generation.check(opened)
                yield opened
        finally:
            self._leave(generation)

    def close(self) -> None:
        with self._lock:
            if self._live is not None:
                self._retire(self._live)


def _index(target: StoreTarget, path: Path | None) -> tuple[SearchIndex | None, str]:
    try:
        if path is None:
            raise KommunegrafError(f"no search index for {target}: run kommunegraf build to write one")
        return SearchIndex(path / INDEX_FILE), ""
    except KommunegrafError as error:
        return None, str(error)

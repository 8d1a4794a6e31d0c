"""The open graph and search index behind the web app, reopened together when a build publishes a
new generation (so a page never pairs a graph with another build's index)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from graphbuild.errors import KommunegrafError, StoreError
from graphbuild.serve.graphdata import GraphData
from graphbuild.store.base import GraphStore, StoreTarget
from graphbuild.store.opening import open_store
from graphbuild.textindex import INDEX_FILE, SearchIndex, index_dir


@dataclass
class Opened:
    store: GraphStore
    graph: GraphData
    index: SearchIndex | None
    index_problem: str  # why there is no index, for the pages that need one
    generation: Path | None


class ServeState:
    """One store opened read-only; requests take turns on it (the engines' connections are not
    shared between threads), and each request sees one generation from start to end."""

    def __init__(self, target: StoreTarget) -> None:
        self.target = target
        self._lock = threading.RLock()
        self._opened: Opened | None = None

    def _open(self) -> Opened:
        for _attempt in range(5):
            generation = index_dir(self.target)
            store = open_store(self.target, read_only=True)
            try:
                store.counts()  # connects now: a missing or broken graph fails here, not mid-page
            except BaseException:
                store.close()
                raise
            if index_dir(self.target) == generation:
                break
            store.close()  # a build went live while we connected: open the graph and index again, together
        else:
            raise StoreError(f"the graph at {self.target} kept changing while it was opened; try again")
        index: SearchIndex | None = None
        problem = ""
        try:
            if generation is None:
                raise KommunegrafError(f"no search index for {self.target}: run kommunegraf build to write one")
            index = SearchIndex(generation / INDEX_FILE)
        except KommunegrafError as error:
            problem = str(error)
        return Opened(store, GraphData(store), index, problem, generation)

    def check(self) -> None:
        """Open the store now (the CLI calls this before serving, so a missing graph is one line)."""
        with self.session():
            pass

    @contextmanager
    def session(self) -> Iterator[Opened]:
        with self._lock:
            if self._opened is not None and index_dir(self.target) != self._opened.generation:
                self.close()
            if self._opened is None:
                self._opened = self._open()
            yield self._opened

    def close(self) -> None:
        with self._lock:
            if self._opened is not None:
                self._opened.store.close()
                self._opened = None

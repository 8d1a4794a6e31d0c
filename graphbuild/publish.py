"""Publishing a build: the graph, its search index and its change log go live together.

The embedded store keeps the index and change log inside the graph's generation directory; a Neo4j
database gets a side directory on this machine with generations of its own, published only after
the graph has loaded. ``index_dir`` is where readers (packs' notes, the web app, ``changes``) find
the live generation's index and log.
"""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from graphbuild.changes import record_followed_sorted
from graphbuild.errors import StoreError
from graphbuild.store.base import GraphStore, Progress, StoreTarget
from graphbuild.store.bulk import TableFiles
from graphbuild.store.generations import current_generation, new_generation, publish, remove_stale
from graphbuild.store.ladybug import LadybugStore
from graphbuild.textindex import INDEX_FILE

SIDE_HOME = Path(".kommunegraf") / "neo4j-index"


def neo4j_side_dir(target: StoreTarget, home: Path = SIDE_HOME) -> Path:
    """Where the index of a Neo4j database lives on this machine (one folder per URI and database)."""
    key = hashlib.sha256(f"{target.neo4j_uri}\x1f{target.neo4j_database}".encode()).hexdigest()[:16]
    return home / key


def index_dir(target: StoreTarget) -> Path | None:
    """The live generation's directory that holds the index of ``target``'s graph, if any."""
    root = target.store_dir if target.store_dir is not None else neo4j_side_dir(target)
    return current_generation(root)


def live_index(target: StoreTarget) -> Path | None:
    live = index_dir(target)
    return live / INDEX_FILE if live is not None else None


def replace_graph_and_index(
    store: GraphStore,
    target: StoreTarget,
    tables: TableFiles,
    index: Path,
    followed: Iterable[tuple[str, dict[str, Any]]],
    progress: Progress | None = None,
) -> None:
    """The graph in ``tables`` loaded with the finished ``index`` file and this build's change log
    moved into the same generation before it is published (embedded store). On Neo4j the index and
    change log are written first into an unpublished generation of the side directory, then the
    graph is loaded (streamed from ``tables``), and only then is that generation published: a load
    that fails leaves the previous index live, and a failed index write never touches the graph.
    ``followed``: the change log's facts, (id, fact) in id order, read once."""

    def beside(directory: Path) -> None:
        live = index_dir(target)
        try:
            shutil.move(index, directory / INDEX_FILE)
        except OSError as error:
            raise StoreError(f"writing the search index in {directory} failed: {error}") from None
        try:  # what this build changed goes live with the graph, like the index
            record_followed_sorted(directory, live, followed)
        except OSError as error:
            raise StoreError(f"writing the change log in {directory} failed: {error}") from None

    if isinstance(store, LadybugStore):
        store.replace_tables(tables, progress, beside=beside)
    else:
        side = neo4j_side_dir(target)
        side.mkdir(parents=True, exist_ok=True)
        remove_stale(side)
        generation = new_generation(side)
        try:
            beside(generation)
            store.replace_tables(tables, progress)
            try:
                publish(side, generation)
            except OSError as error:  # a full disk, an I/O error: CURRENT names the previous index or this one, whole
                raise StoreError(f"publishing the search index in {side} failed: {error.strerror or error}") from None
        except BaseException:  # a failed or interrupted build gives its unpublished index's room back at once
            if current_generation(side) != generation:
                shutil.rmtree(generation, ignore_errors=True)
            raise
        remove_stale(side)

"""The graph a command reads: the store opened read-only for the command and closed whatever
happens (``reading``), or its whole graph read into memory (``load_graph``)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from graphbuild.config import resolve_target

if TYPE_CHECKING:
    from graphbuild.store.base import GraphStore


@contextmanager
def reading(store: Path | None, neo4j: str | None) -> Iterator[GraphStore]:
    """The graph opened read-only for one command, closed whatever happens."""
    from graphbuild.store.opening import open_store

    graph_store = open_store(resolve_target(store, neo4j), read_only=True)
    try:
        yield graph_store
    finally:
        graph_store.close()


def load_graph(store: Path | None, neo4j: str | None) -> Any:
    with reading(store, neo4j) as graph_store:
        return graph_store.read_graph()

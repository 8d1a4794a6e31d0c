"""One interface over the two graph engines, and where a graph lives."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from graphbuild.errors import UserError
from graphbuild.models import Graph

if TYPE_CHECKING:
    from graphbuild.store.bulk import TableFiles

# How a long step reports: progress(step, done, total). The build and both stores take one.
Progress = Callable[[str, int, int], None]


@dataclass(frozen=True)
class StoreTarget:
    """Where the graph lives: exactly one of an embedded directory or a Neo4j URI."""

    store_dir: Path | None = None
    neo4j_uri: str | None = None
    neo4j_database: str = "neo4j"

    def __post_init__(self) -> None:
        if (self.store_dir is None) == (self.neo4j_uri is None):
            raise UserError("a store target needs exactly one of a store directory or a Neo4j URI")

    def __str__(self) -> str:
        return str(self.store_dir) if self.store_dir is not None else f"{self.neo4j_uri} ({self.neo4j_database})"


class GraphStore(Protocol):
    engine: str  # "ladybug" | "neo4j"

    def replace_graph(self, graph: Graph, progress: Progress | None = None) -> None: ...

    def replace_tables(self, tables: TableFiles, progress: Progress | None = None) -> None: ...

    def query(
        self, cypher: str, params: Mapping[str, Any] | None = None, *, timeout_s: float | None = None
    ) -> list[dict[str, Any]]: ...

    def explain_is_read_only(self, cypher: str) -> bool: ...

    def counts(self) -> dict[str, int]: ...

    def read_graph(self) -> Graph: ...

    def read_neighbourhood(self, start: str, depth: int, max_nodes: int = 5000) -> Graph: ...

    def read_among(self, ids: Iterable[str]) -> Graph: ...

    def read_rel_types(self, rel_types: Iterable[str]) -> Graph: ...

    def ids_named(self, names: Iterable[str]) -> set[str]: ...

    def close(self) -> None: ...

"""The packs' name candidates are fetched once per graph version: kept while the store's graph stays
the same, fetched again after a rebuild, on both engines."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from store_graphs import write_store

from graphbuild.graph_builder import GraphBuilder
from graphbuild.models import Graph
from graphbuild.pack_names import graph_version, resolve_name
from graphbuild.querypacks import run_pack
from graphbuild.store.base import GraphStore, StoreTarget
from graphbuild.store.opening import open_store
from graphbuild.vocab.matching import UnmatchedName


def _graph(initiative: str, municipality: str) -> Graph:
    b = GraphBuilder()
    b.municipality("0326", municipality, [f"{municipality} Kommune"], region="Sjælland")
    b.initiative(initiative, kind="program")
    return b.graph


class _Counting:
    """Counts the candidate fetches (one query per label, each reading every node of it)."""

    def __init__(self, store: GraphStore) -> None:
        self.fetches = 0
        inner: Callable[..., list[dict[str, Any]]] = store.query

        def query(cypher: str, params: Any = None, **kwargs: Any) -> list[dict[str, Any]]:
            if "AS aliases" in cypher:
                self.fetches += 1
            return inner(cypher, params, **kwargs)

        store.query = query  # type: ignore[method-assign]


def _candidates_kept_until_rebuilt(target: StoreTarget, reader: GraphStore) -> None:
    counting = _Counting(reader)
    for _ in range(3):
        assert resolve_name(reader, "Strategisk Salon", ["Initiative"]).candidate.name == "Strategisk Salon"
    assert counting.fetches == 1, "one graph version: the candidates are fetched once"
    before = graph_version(reader)
    assert before is not None

    write_store(target, _graph("Sundt Liv Sammen", "Albertslund"))  # a rebuild, by another process's writer
    if reader.engine == "ladybug":  # a read-only reader keeps its generation until it is opened again
        reader.close()
    assert graph_version(reader) != before
    assert resolve_name(reader, "Sundt Liv Sammen", ["Initiative"]).candidate.name == "Sundt Liv Sammen"
    with pytest.raises(UnmatchedName):
        resolve_name(reader, "Strategisk Salon", ["Initiative"])
    assert counting.fetches == 2, "the rebuilt graph's candidates fetched once, then kept"
    rows = run_pack(reader, "search", {"text": "Albertslund"}).records()
    assert [r["name"] for r in rows] == ["Albertslund"]


@pytest.fixture
def embedded(tmp_path: Any) -> Iterator[tuple[StoreTarget, GraphStore]]:
    target = StoreTarget(store_dir=tmp_path / "store")
    write_store(target, _graph("Strategisk Salon", "Kalundborg"))
    reader = open_store(target, read_only=True)
    yield target, reader
    reader.close()


def test_embedded_reader_keeps_candidates_per_generation(embedded: tuple[StoreTarget, GraphStore]) -> None:
    _candidates_kept_until_rebuilt(*embedded)


@pytest.mark.neo4j
def test_neo4j_candidates_fetched_again_after_a_rebuild(neo4j_target: StoreTarget) -> None:
    write_store(neo4j_target, _graph("Strategisk Salon", "Kalundborg"))
    reader = open_store(neo4j_target, read_only=True)
    try:
        _candidates_kept_until_rebuilt(neo4j_target, reader)
    finally:
        reader.close()


class _FakeServer:
    """A store whose graph version the test moves by hand."""

    engine = "neo4j"

    def __init__(self) -> None:
        self.version = 1
        self.fetches = 0

    def graph_version(self) -> int:
        return self.version

    def query(self, cypher: str, params: object = None, *, timeout_s: float | None = None) -> list[dict[str, Any]]:
        self.fetches += 1
        return [{"ids": ["initiative:x"], "names": [f"KL Play {self.version}"], "aliases": [[]]}]

    def explain_is_read_only(self, cypher: str) -> bool:
        return True


def test_a_moved_version_drops_what_was_kept() -> None:
    server = _FakeServer()
    assert resolve_name(server, "KL Play 1", ["Initiative"]).candidate.name == "KL Play 1"
    assert resolve_name(server, "KL Play 1", ["Initiative"]).candidate.name == "KL Play 1"
    assert server.fetches == 1
    server.version = 2
    assert resolve_name(server, "KL Play 2", ["Initiative"]).candidate.name == "KL Play 2"
    assert server.fetches == 2


class _BookmarkServer:
    """A Neo4j-like store: each read remembers the version it saw (a bookmark); asking for the
    version alone is a round trip of its own, counted."""

    engine = "neo4j"

    def __init__(self) -> None:
        self.version = 1
        self.seen: int | None = None
        self.round_trips = 0
        self.pack_reads = 0

    def graph_version(self) -> int:
        self.round_trips += 1
        self.seen = self.version
        return self.version

    def last_read_version(self) -> int | None:
        return self.seen

    def query(self, cypher: str, params: Any = None, *, timeout_s: float | None = None) -> list[dict[str, Any]]:
        self.seen = self.version
        if "collect(n.id)" in cypher:  # the candidates: the initiative named KL Play changed its id in version 2
            return [{"ids": [f"initiative:v{self.version}"], "names": ["KL Play"], "aliases": [[]]}]
        self.pack_reads += 1
        return [{"id": params["who_id"]}]

    def explain_is_read_only(self, cypher: str) -> bool:
        return True


def test_a_pack_checks_the_version_its_own_read_saw_instead_of_asking_before(monkeypatch: pytest.MonkeyPatch) -> None:
    from graphbuild import querypacks
    from graphbuild.pack_files import parse_pack

    pack = parse_pack(
        "x.cypher",
        "// description: d\n// param: who: string (required) — x\n// resolve: who -> Initiative\n"
        "MATCH (n:Initiative) WHERE n.id = $who_id RETURN n.id AS id",
    )
    monkeypatch.setattr(querypacks, "get_pack", lambda name: pack)
    server = _BookmarkServer()
    assert run_pack(server, "x", {"who": "KL Play"}).rows == [["initiative:v1"]]
    asked = server.round_trips
    for _ in range(3):
        assert run_pack(server, "x", {"who": "KL Play"}).rows == [["initiative:v1"]]
    assert server.round_trips == asked, "a known version is not asked for again before each pack"
    server.version = 2  # a load by another process
    assert run_pack(server, "x", {"who": "KL Play"}).rows == [["initiative:v2"]], "the moved graph's answer"
    reads = server.pack_reads
    assert run_pack(server, "x", {"who": "KL Play"}).rows == [["initiative:v2"]]
    assert server.pack_reads == reads + 1, "once the graph stays, one read per pack again"

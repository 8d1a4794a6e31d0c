"""The embedded store: round trip of every type, counts, atomic swap, read-only refusal."""

from __future__ import annotations

from contextlib import closing
from pathlib import Path

import pytest
from store_graphs import chain_graph, every_type_graph, loaded, write_store

from graphbuild.errors import StoreError, UserError
from graphbuild.models import Graph
from graphbuild.store.base import StoreTarget
from graphbuild.store.generations import GENERATIONS, current_generation
from graphbuild.store.opening import open_store
from graphbuild.vocab.schema import load_schema


def build(store_dir: Path, graph: Graph) -> None:
    write_store(StoreTarget(store_dir=store_dir), graph)


def test_every_type_and_value_round_trips(tmp_path: Path) -> None:
    graph = every_type_graph()
    with loaded(StoreTarget(store_dir=tmp_path / "store"), graph) as store:
        back = store.read_graph()
    assert back.nodes == graph.nodes
    assert back.rels == graph.rels


def test_counts_cover_every_schema_type_including_zeros(tmp_path: Path) -> None:
    graph = chain_graph(250)
    with loaded(StoreTarget(store_dir=tmp_path / "store"), graph) as store:
        counts = store.counts()
    schema = load_schema()
    assert set(counts) == set(schema.nodes) | set(schema.relationships)
    assert {k: v for k, v in counts.items() if v} == graph.counts()
    assert counts["Law"] == 0 and counts["CITES"] == 0


def test_query_returns_plain_values_and_takes_parameters(tmp_path: Path) -> None:
    with loaded(StoreTarget(store_dir=tmp_path / "store"), every_type_graph()) as store:
        rows = store.query(
            "MATCH (n:Municipality) WHERE n.name = $name RETURN n.aliases AS a, n", {"name": "Municipality 2"}
        )
    assert len(rows) == 1
    assert rows[0]["a"] == ["alias 1", "semi;kolon"]
    node = rows[0]["n"]
    assert isinstance(node, dict) and node["id"] == "municipality:doc0000000000001:2"
    assert not any(key.startswith("_") for key in node)


def test_a_second_build_replaces_the_first_and_old_generations_go(tmp_path: Path) -> None:
    store_dir = tmp_path / "store"
    build(store_dir, every_type_graph())
    first = current_generation(store_dir)
    smaller = chain_graph(10)
    build(store_dir, smaller)
    assert current_generation(store_dir) != first
    assert [p.name for p in (store_dir / GENERATIONS).iterdir()] == [current_generation(store_dir).name]  # type: ignore[union-attr]
    with closing(open_store(StoreTarget(store_dir=store_dir))) as store:
        assert store.read_graph().nodes == smaller.nodes


def test_the_store_directory_keeps_other_files(tmp_path: Path) -> None:
    store_dir = tmp_path / "store"
    (store_dir / "extraction-cache").mkdir(parents=True)
    (store_dir / "extraction-cache" / "keep.json").write_text("{}")
    build(store_dir, chain_graph(5))
    build(store_dir, chain_graph(6))
    assert (store_dir / "extraction-cache" / "keep.json").read_text() == "{}"


def test_reading_before_any_build_is_one_clear_error(tmp_path: Path) -> None:
    with pytest.raises(UserError, match=r"no graph at .*: run kommunegraf build first"):
        open_store(StoreTarget(store_dir=tmp_path / "nothing"))


def test_the_read_only_store_refuses_writes(tmp_path: Path) -> None:
    with loaded(StoreTarget(store_dir=tmp_path / "store"), chain_graph(5)) as store:
        assert store.explain_is_read_only("MATCH (p:Person) RETURN count(p)")
        assert not store.explain_is_read_only("CREATE (p:Person {id: 'x'})")
        assert not store.explain_is_read_only("MATCH (p:Person) SET p.name = 'y'")
        with pytest.raises(RuntimeError):
            store.query("MATCH (p:Person) DETACH DELETE p")
        assert store.counts()["Person"] == 5
        with pytest.raises(StoreError):
            store.replace_graph(chain_graph(1))


def test_a_target_needs_exactly_one_place() -> None:
    with pytest.raises(UserError):
        StoreTarget()
    with pytest.raises(UserError):
        StoreTarget(store_dir=Path("x"), neo4j_uri="bolt://localhost:7687")


def test_an_unwritable_place_is_a_store_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    writer = open_store(StoreTarget(store_dir=blocker / "store"), read_only=False)
    with pytest.raises(StoreError):
        writer.replace_graph(chain_graph(1))


def test_a_graph_that_fills_the_load_buffer_pool_is_loaded_again_with_the_next(tmp_path: Path) -> None:
    """The load's page cache is bounded; a graph that does not fit in it is loaded again from the start
    with the next size, and reads back whole. With no larger size left, the load fails."""
    from graphbuild.store.bulk import write_graph
    from graphbuild.store.ladybug import BufferPoolFull, create_database_bounded

    graph = chain_graph(2000)
    tables = write_graph(graph, tmp_path / "tables")
    schema = load_schema()
    (tmp_path / "full").mkdir()
    with pytest.raises(BufferPoolFull):
        create_database_bounded(tmp_path / "full" / "graph.lbdb", tables, schema, pools_mb=(1,))
    phases: dict[str, float] = {}
    (tmp_path / "db").mkdir()
    database = tmp_path / "db" / "graph.lbdb"
    assert create_database_bounded(database, tables, schema, phases=phases, pools_mb=(1, 0)) == 0
    assert "buffer pool of 1 MB full: loaded again" in phases
    import ladybug

    reader = ladybug.Database(str(database), read_only=True)
    connection = ladybug.Connection(reader)
    try:
        for label, count in graph.counts().items():
            pattern = f"MATCH (n:`{label}`)" if label in schema.nodes else f"MATCH ()-[n:`{label}`]->()"
            result = connection.execute(f"{pattern} RETURN count(*)")
            assert not isinstance(result, list)
            assert result.get_next()[0] == count, label
    finally:
        connection.close()
        reader.close()


def test_the_load_buffer_pool_is_sized_for_the_largest_relationship_table(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """At least the floor; more for a relationship table whose rows need more; the engine's default last."""
    from graphbuild.store import ladybug as embedded
    from graphbuild.store.bulk import write_graph

    tables = write_graph(chain_graph(300), tmp_path / "tables")  # 300 ATTENDED rows, the largest table
    schema = load_schema()
    assert embedded.load_pools_mb(tables, schema) == (embedded.LOAD_POOL_FLOOR_MB, 0)
    monkeypatch.setattr(embedded, "LOAD_POOL_BYTES_PER_REL_ROW", 2**20)  # a MB a row: 300 MB for 300 rows
    monkeypatch.setattr(embedded, "LOAD_POOL_FLOOR_MB", 16)
    assert embedded.load_pools_mb(tables, schema) == (300, 0)


def test_what_goes_beside_the_graph_is_written_while_it_loads_and_published_with_it(tmp_path: Path) -> None:
    """``beside`` (the index and change log) runs in a thread while the engine loads: the load, at its
    first table's end, sees it started; its file is in the generation that goes live."""
    import threading

    from graphbuild.store.ladybug import LadybugStore

    store_dir = tmp_path / "store"
    beside_started = threading.Event()
    seen_by_the_load: list[bool] = []

    def beside(directory: Path) -> None:
        beside_started.set()
        (directory / "beside.txt").write_text("index")

    def progress(stage: str, done: int, total: int) -> None:  # called by the load, between its COPYs
        if not seen_by_the_load:
            seen_by_the_load.append(beside_started.wait(timeout=10))

    writer = LadybugStore(store_dir, read_only=False)
    try:
        writer.replace_graph(chain_graph(50), progress, beside=beside)
    finally:
        writer.close()
    assert seen_by_the_load == [True]
    live = current_generation(store_dir)
    assert live is not None and (live / "beside.txt").read_text() == "index"


def test_a_failure_beside_the_load_publishes_nothing(tmp_path: Path) -> None:
    """Guard: what ``beside`` raises reaches the caller once the load has ended, and the new generation
    is not published: the previous graph stays live and its unpublished room goes."""
    from graphbuild.store.ladybug import LadybugStore

    store_dir = tmp_path / "store"
    build(store_dir, chain_graph(5))
    before = current_generation(store_dir)

    def beside(directory: Path) -> None:
        raise StoreError(f"writing the change log in {directory} failed: disk full")

    writer = LadybugStore(store_dir, read_only=False)
    try:
        with pytest.raises(StoreError, match="change log"):
            writer.replace_graph(chain_graph(50), beside=beside)
    finally:
        writer.close()
    assert current_generation(store_dir) == before
    assert [p.name for p in (store_dir / GENERATIONS).iterdir()] == [before.name]  # type: ignore[union-attr]
    with closing(open_store(StoreTarget(store_dir=store_dir))) as store:
        assert store.read_graph().nodes == chain_graph(5).nodes

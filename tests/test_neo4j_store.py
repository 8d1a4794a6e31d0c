"""The Neo4j store against a real Neo4j 5.26: round trip, idempotence, replaced and removed
documents, all-or-nothing documents, and parity of counts with the embedded store."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from store_graphs import chain_graph, every_type_graph, loaded

from graphbuild.errors import StoreError
from graphbuild.models import Graph, NodeRecord, RelRecord
from graphbuild.store.base import GraphStore, StoreTarget
from graphbuild.store.opening import open_store

pytestmark = pytest.mark.neo4j


@pytest.fixture
def neo4j(neo4j_target: StoreTarget) -> Iterator[GraphStore]:
    store = open_store(neo4j_target, read_only=False)
    yield store
    store.close()


def merged(*graphs: Graph) -> Graph:
    out = Graph()
    for graph in graphs:
        out.nodes.update(graph.nodes)
        out.rels.update(graph.rels)
    return out


def nonzero(counts: dict[str, int]) -> dict[str, int]:
    return {key: value for key, value in counts.items() if value}


def test_every_type_and_value_round_trips(neo4j: GraphStore) -> None:
    graph = every_type_graph()
    neo4j.replace_graph(graph)
    back = neo4j.read_graph()
    assert back.nodes == graph.nodes
    assert back.rels == graph.rels


def test_building_twice_gives_the_same_counts(neo4j: GraphStore) -> None:
    graph = merged(every_type_graph(doc="a"), chain_graph(120))
    neo4j.replace_graph(graph)
    first = neo4j.counts()
    neo4j.replace_graph(graph)
    assert neo4j.counts() == first
    assert nonzero(first) == graph.counts()


def test_a_deleted_document_goes_and_a_changed_one_is_replaced(neo4j: GraphStore) -> None:
    one, two = every_type_graph(doc="one"), every_type_graph(doc="two")
    neo4j.replace_graph(merged(one, two))
    changed = every_type_graph(per_label=2, doc="one")
    neo4j.replace_graph(changed)
    back = neo4j.read_graph()
    assert back.nodes == changed.nodes
    assert back.rels == changed.rels


def test_a_failed_document_leaves_none_of_its_relationships(neo4j: GraphStore) -> None:
    good = every_type_graph(doc="good")
    neo4j.replace_graph(good)
    bad = every_type_graph(doc="bad")
    poisoned = next(r for r in bad.rels.values() if r.type == "ATTENDED")
    # a map is no storable property value: Neo4j refuses it inside the document's transaction
    props: dict[str, Any] = {**poisoned.properties, "status": {"not": "storable"}}
    bad.rels[poisoned.id] = RelRecord(**{**poisoned.model_dump(), "properties": props})
    with pytest.raises(StoreError):
        neo4j.replace_graph(merged(good, bad))
    rows = neo4j.query("MATCH ()-[r]->() WHERE r.doc = $doc RETURN count(r) AS n", {"doc": "bad"})
    assert rows == [{"n": 0}]
    assert neo4j.query("MATCH ()-[r]->() WHERE r.doc = $doc RETURN count(r) AS n", {"doc": "good"}) == [
        {"n": len(good.rels)}
    ]


def test_explain_tells_reads_from_writes(neo4j: GraphStore) -> None:
    assert neo4j.explain_is_read_only("MATCH (n:Person) RETURN count(n)")
    assert not neo4j.explain_is_read_only("CREATE (n:Person {id: 'x'})")
    assert not neo4j.explain_is_read_only("MATCH (n:Person) SET n.name = 'y'")


def test_queries_run_in_read_only_sessions(neo4j: GraphStore) -> None:
    neo4j.replace_graph(chain_graph(3))
    with pytest.raises(Exception, match=r"(?i)write"):
        neo4j.query("CREATE (n:Person {id: 'sneaky'})")
    assert neo4j.counts()["Person"] == 3


def test_counts_are_equal_on_both_engines(neo4j: GraphStore, tmp_path: Path) -> None:
    graph = merged(every_type_graph(doc="p"), chain_graph(250))
    neo4j.replace_graph(graph)
    with loaded(StoreTarget(store_dir=tmp_path / "store"), graph) as ladybug:
        assert ladybug.counts() == neo4j.counts()
        assert ladybug.read_graph() == neo4j.read_graph()


def test_a_first_load_creates_and_a_later_load_merges_to_the_same_graph(
    neo4j: GraphStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    from graphbuild.store.neo4j import Neo4jStore

    assert isinstance(neo4j, Neo4jStore)
    paths: list[str] = []
    first_load, incremental_load = Neo4jStore._first_load, Neo4jStore._incremental_load
    monkeypatch.setattr(Neo4jStore, "_first_load", lambda s, g, p: (paths.append("create"), first_load(s, g, p))[1])
    monkeypatch.setattr(
        Neo4jStore, "_incremental_load", lambda s, g, p: (paths.append("merge"), incremental_load(s, g, p))[1]
    )
    graph = merged(every_type_graph(doc="a"), chain_graph(40))
    other = every_type_graph(per_label=2, doc="b")
    neo4j.clear()
    neo4j.replace_graph(graph)  # an empty database: the bulk path
    created = neo4j.read_graph()
    neo4j.replace_graph(other)  # a database holding a graph: merged, the old facts removed
    assert neo4j.read_graph().rels == other.rels
    neo4j.replace_graph(graph)
    merged_back = neo4j.read_graph()
    assert paths == ["create", "merge", "merge"]
    assert created.nodes == merged_back.nodes == graph.nodes
    assert created.rels == merged_back.rels == graph.rels


def test_an_incremental_load_creates_new_nodes_updates_stored_ones_and_removes_the_rest(neo4j: GraphStore) -> None:
    """Ids the database does not hold are created (no MERGE), stored ones upserted in the same
    batch, and a stored id the new graph lacks removed, all from one read of the label's ids."""
    neo4j.clear()
    neo4j.replace_graph(chain_graph(30))
    after = chain_graph(50)
    renamed, gone = "person:chain:3", "person:chain:7"
    props = {**after.nodes[renamed].properties, "name": "Omdøbt"}
    after.nodes[renamed] = NodeRecord(id=renamed, label="Person", properties=props)
    del after.nodes[gone]
    after.rels = {rel_id: rel for rel_id, rel in after.rels.items() if rel.source != gone}
    neo4j.replace_graph(after)
    back = neo4j.read_graph()
    assert (back.nodes, back.rels) == (after.nodes, after.rels)
    assert neo4j.query("MATCH (n:Person) RETURN count(n) AS n, count(DISTINCT n.id) AS ids") == [{"n": 49, "ids": 49}]


def test_table_files_load_first_and_incrementally_to_the_graph_they_hold(neo4j: GraphStore, tmp_path: Path) -> None:
    """A build's path: the rows streamed from Parquet part files, documents dealt into buckets."""
    from graphbuild.store.bulk import write_graph
    from graphbuild.store.neo4j import Neo4jStore

    assert isinstance(neo4j, Neo4jStore)
    first = merged(every_type_graph(doc="one"), every_type_graph(doc="two"), chain_graph(50))
    neo4j.clear()
    neo4j.replace_tables(write_graph(first, tmp_path / "first"))
    back = neo4j.read_graph()
    assert (back.nodes, back.rels) == (first.nodes, first.rels)
    # "two" deleted, "one" changed (fewer facts), the chain grown: stale facts go, new ones come
    second = merged(every_type_graph(per_label=2, doc="one"), chain_graph(70))
    neo4j.replace_tables(write_graph(second, tmp_path / "second"))
    back = neo4j.read_graph()
    assert (back.nodes, back.rels) == (second.nodes, second.rels)
    assert nonzero(neo4j.counts()) == second.counts()


def _moved(graph: Graph, to_doc: str | None, every: int) -> Graph:
    """The same graph with every ``every``-th relationship's fact stated by ``to_doc`` instead (the
    same ids: an id does not name its document)."""
    out = Graph(nodes=dict(graph.nodes))
    for n, (rel_id, rel) in enumerate(sorted(graph.rels.items())):
        if n % every == 0:
            props = {**rel.properties, "doc": to_doc}
            rel = RelRecord(**{**rel.model_dump(), "properties": props})
        out.rels[rel_id] = rel
    return out


@pytest.mark.parametrize(
    ("before_doc", "to_doc", "every"),
    [
        ("x", "y", 1),  # every fact moves to a document never seen: x is gone
        ("x", "y", 2),  # half of them: x stays, in the same transaction as y
        (None, "y", 2),  # facts without a document now have one
        ("x", None, 2),  # and facts of a document lose it
    ],
)
def test_a_fact_moved_to_a_document_never_seen_is_stored_once(
    neo4j: GraphStore, before_doc: str | None, to_doc: str | None, every: int
) -> None:
    """Relationships of a document the database has never seen are created without looking their
    ids up; a stored copy under its old document must still go."""
    before = _moved(every_type_graph(doc="x"), before_doc, 1)
    neo4j.clear()
    neo4j.replace_graph(before)
    neo4j.replace_graph(every_type_graph(per_label=1, doc="z"))  # not empty: the incremental path
    neo4j.replace_graph(before)
    after = _moved(before, to_doc, every)
    neo4j.replace_graph(after)
    assert neo4j.query("MATCH ()-[r]->() RETURN count(r) AS n, count(DISTINCT r.id) AS ids") == [
        {"n": len(after.rels), "ids": len(after.rels)}
    ]
    assert neo4j.read_graph().rels == after.rels

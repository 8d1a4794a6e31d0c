"""A store reads an entity's neighbourhood without the whole graph, and it is the same part of the
graph that the whole graph holds around that entity (both engines)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from store_graphs import loaded

from graphbuild.build_extract import extract_corpus
from graphbuild.models import Graph
from graphbuild.resolve import resolve
from graphbuild.store.base import GraphStore, StoreTarget


@pytest.fixture(scope="module")
def examples_graph(examples_dir: Path) -> Graph:
    return resolve(extract_corpus([examples_dir], None, workers=1))


def _around(graph: Graph, start: str, depth: int) -> Graph:
    found, frontier = {start}, {start}
    for _ in range(depth):
        frontier = {e for r in graph.rels.values() for e in (r.source, r.target) if {r.source, r.target} & frontier}
        frontier -= found
        found |= frontier
    return Graph(
        nodes={n: graph.nodes[n] for n in found},
        rels={i: r for i, r in graph.rels.items() if r.source in found and r.target in found},
    )


def _check_parts(store: GraphStore, graph: Graph) -> None:
    """The parts a picture reads (nodes by id and the rels among them; rels of some types and
    their ends; ids by name) are the same parts of the whole graph."""
    ids = ["initiative:kl-play-sundhed-og-social", "municipality:0326", "municipality:0370", "no-such-node"]
    read = store.read_among(ids)
    assert set(read.nodes) == set(ids[:3])
    assert set(read.rels) == {i for i, r in graph.rels.items() if r.source in ids and r.target in ids}
    assert read.rels and all(read.rels[i] == graph.rels[i] for i in read.rels)
    types = {"MEMBER_OF", "PART_OF"}
    typed = store.read_rel_types(types)
    expected = {i for i, r in graph.rels.items() if r.type in types}
    assert expected and set(typed.rels) == expected
    assert set(typed.nodes) == {e for i in expected for e in (graph.rels[i].source, graph.rels[i].target)}
    names = {"Kalundborg", "KL Play: Sundhed og Social", "nobody at all"}
    assert store.ids_named(names) == {n for n, node in graph.nodes.items() if node.properties.get("name") in names}


def _check(store: GraphStore, graph: Graph) -> None:
    starts = ["initiative:kl-play-sundhed-og-social", "municipality:0730", sorted(graph.nodes)[0]]
    for start in starts:
        assert start in graph.nodes
        for depth in (0, 1, 2):
            read = store.read_neighbourhood(start, depth)
            expected = _around(graph, start, depth)
            assert set(read.nodes) == set(expected.nodes), (start, depth)
            assert set(read.rels) == set(expected.rels), (start, depth)
            assert all(read.nodes[n].properties == graph.nodes[n].properties for n in read.nodes)
    assert len(store.read_neighbourhood(starts[0], 2, max_nodes=5).nodes) <= 5


@pytest.fixture
def embedded(tmp_path: Path, examples_graph: Graph) -> Iterator[GraphStore]:
    with loaded(StoreTarget(store_dir=tmp_path / "store"), examples_graph) as store:
        yield store


def test_embedded_store_reads_the_same_neighbourhood(embedded: GraphStore, examples_graph: Graph) -> None:
    _check(embedded, examples_graph)
    _check_parts(embedded, examples_graph)


@pytest.mark.neo4j
def test_neo4j_reads_the_same_neighbourhood(neo4j_target: StoreTarget, examples_graph: Graph) -> None:
    with loaded(neo4j_target, examples_graph) as store:
        _check(store, examples_graph)
        _check_parts(store, examples_graph)

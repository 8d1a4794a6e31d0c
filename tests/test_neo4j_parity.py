"""Parity: the seeds and the examples built through the real pipeline into both engines give
the same counts per type and the same graph; a second build into Neo4j changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from graphbuild.pipeline import build
from graphbuild.store.base import StoreTarget
from graphbuild.store.opening import open_store

pytestmark = [pytest.mark.neo4j, pytest.mark.seeds, pytest.mark.slow]


def test_seeds_and_examples_give_equal_graphs_on_both_engines(
    seeds_dir: Path, examples_dir: Path, neo4j_target: StoreTarget, tmp_path: Path
) -> None:
    inputs = [seeds_dir, examples_dir]
    ladybug_target = StoreTarget(store_dir=tmp_path / "store")
    build(inputs, ladybug_target, workers=1)
    build(inputs, neo4j_target, workers=1)
    ladybug = open_store(ladybug_target)
    neo4j = open_store(neo4j_target)
    try:
        counts = ladybug.counts()
        assert counts["Document"] >= 4 and counts["ADOPTED"] >= 1
        assert neo4j.counts() == counts
        assert neo4j.read_graph() == ladybug.read_graph()
        build(inputs, neo4j_target, workers=1)
        assert neo4j.counts() == counts
    finally:
        ladybug.close()
        neo4j.close()

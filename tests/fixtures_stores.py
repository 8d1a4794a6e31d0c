"""The sample graph (test_packs_sample_graph) loaded into each engine, opened read-only: one
fixture per engine for every module that runs packs or Cypher against it. Module-scoped, so a
module that loads another graph into the same Neo4j between tests is not surprised."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from store_graphs import loaded
from test_packs_sample_graph import build_sample_graph

from graphbuild.store.base import GraphStore, StoreTarget


@pytest.fixture(scope="module")
def ladybug_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[GraphStore]:
    with loaded(StoreTarget(store_dir=tmp_path_factory.mktemp("sample") / "store"), build_sample_graph()) as store:
        yield store


@pytest.fixture(scope="module")
def neo4j_store(neo4j_target: StoreTarget) -> Iterator[GraphStore]:
    with loaded(neo4j_target, build_sample_graph()) as store:
        yield store

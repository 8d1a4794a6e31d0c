"""benchmarks.store_digest: equal graphs give equal digests; one changed value changes its table's."""

from __future__ import annotations

from pathlib import Path

from store_graphs import chain_graph, write_store

from benchmarks.store_digest import digest
from graphbuild.store.base import StoreTarget


def test_equal_graphs_give_equal_digests_and_one_changed_value_changes_its_table(tmp_path: Path) -> None:
    for name in ("a", "b", "c"):
        graph = chain_graph(30)
        if name == "c":
            rel = next(iter(graph.rels.values()))
            rel.properties["quote"] = "another quote"
        write_store(StoreTarget(store_dir=tmp_path / name), graph)
    a, b, c = (digest(tmp_path / name) for name in ("a", "b", "c"))
    assert a == b
    assert a["ATTENDED"][0] == 30
    assert c["ATTENDED"] != a["ATTENDED"]
    assert {k: v for k, v in c.items() if k != "ATTENDED"} == {k: v for k, v in a.items() if k != "ATTENDED"}

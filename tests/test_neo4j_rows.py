"""The rows a Neo4j load sends, without a server: from table files they equal those from the graph
in memory, relationship batches carry whole documents, and the search index beside a Neo4j graph is
published only after the graph loaded."""

from __future__ import annotations

import errno
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from store_graphs import chain_graph, every_type_graph

import graphbuild.publish as publish_module
from graphbuild.errors import StoreError
from graphbuild.models import Graph
from graphbuild.publish import neo4j_side_dir, replace_graph_and_index
from graphbuild.store.base import Progress, StoreTarget
from graphbuild.store.bulk import TableFiles, write_graph
from graphbuild.store.generations import current_generation
from graphbuild.store.neo4j_rows import NO_DOCUMENT, GraphRows, LoadRows, TableRows
from graphbuild.textindex import INDEX_FILE
from graphbuild.vocab.schema import load_schema


def several_documents() -> Graph:
    graph = Graph()
    for doc in ("doc-a", "doc-b", "doc-c", "doc-d", "doc-e"):
        part = every_type_graph(doc=doc)
        graph.nodes.update(part.nodes)
        graph.rels.update(part.rels)
    chain = chain_graph(30, doc="chain")
    graph.nodes.update(chain.nodes)
    graph.rels.update(chain.rels)
    undocumented = next(r for r in chain.rels.values())
    graph.rels[undocumented.id] = undocumented.model_copy(
        update={"properties": {**undocumented.properties, "doc": None}}
    )
    return graph


def sources(graph: Graph, tmp_path: Path) -> list[LoadRows]:
    return [GraphRows(graph), TableRows(write_graph(graph, tmp_path / "tables"))]


def rel_key(row: dict[str, Any]) -> tuple[str, str, str]:
    return row["props"]["id"], row["from"], row["to"]


def test_table_files_give_the_rows_of_the_graph(tmp_path: Path) -> None:
    graph = several_documents()
    from_graph, from_tables = sources(graph, tmp_path)
    for label in load_schema().nodes:
        expected = sorted(
            (row for batch in from_graph.node_batches(label, 7) for row in batch), key=lambda row: row["id"]
        )
        batches = list(from_tables.node_batches(label, 7))
        assert all(len(batch) <= 7 + 7 for batch in batches)
        assert sorted((row for batch in batches for row in batch), key=lambda row: row["id"]) == expected
    graph_rels = {(key, rel_key(row)): row for key, batch in from_graph.rel_batches(5) for row in batch}
    table_rels = {(key, rel_key(row)): row for key, batch in from_tables.rel_batches(5) for row in batch}
    assert table_rels == graph_rels
    assert len(table_rels) == len(graph.rels)


@pytest.mark.parametrize("size", [1, 4, 25, 10_000])
def test_document_batches_hold_whole_documents_and_every_relationship(tmp_path: Path, size: int) -> None:
    graph = several_documents()
    for rows in sources(graph, tmp_path / str(size)):
        seen: Counter[str] = Counter()
        where: dict[str, int] = {}
        for number, batch in enumerate(rows.document_batches(size)):
            assert batch.docs == sorted(set(batch.docs))
            for (rel_type, _, _), group in batch.groups.items():
                for row in group:
                    doc = row["props"]["doc"] or NO_DOCUMENT
                    assert doc in batch.docs
                    assert where.setdefault(doc, number) == number  # a document never split
                    seen[row["props"]["id"]] += 1
                    assert graph.rels[row["props"]["id"]].type == rel_type
        assert seen == Counter(list(graph.rels))  # every relationship once
        assert NO_DOCUMENT in where


def test_table_document_batches_stay_near_the_size_asked(tmp_path: Path) -> None:
    graph = Graph()
    for doc in range(40):
        part = chain_graph(10, doc=f"doc-{doc:02d}")
        graph.nodes.update(part.nodes)
        graph.rels.update(part.rels)
    tables = TableRows(write_graph(graph, tmp_path / "tables"))
    sizes = [batch.rows() for batch in tables.document_batches(50)]
    assert sum(sizes) == 400
    assert max(sizes) < 100  # documents of 10 rows, dealt by document into buckets of about 50
    assert not any(tmp_path.joinpath("tables").glob("neo4j-buckets-*"))  # the bucket files are gone


class RecordingStore:
    """A Neo4j-like store (not the embedded one) that records what the side directory held when the
    graph was loaded, and can fail the load."""

    engine = "neo4j"

    def __init__(self, side: Path, fail: bool) -> None:
        self.side, self.fail = side, fail
        self.indexes_seen: list[bool] = []

    def replace_tables(self, tables: TableFiles, progress: Progress | None = None) -> None:
        generations = sorted((self.side / "generations").iterdir())
        self.indexes_seen.append(any((g / INDEX_FILE).is_file() for g in generations))
        if self.fail:
            raise StoreError("the load failed")


def test_the_side_index_is_written_before_the_graph_and_published_after(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    target = StoreTarget(neo4j_uri="bolt://localhost:7687")
    side = neo4j_side_dir(target)
    tables = write_graph(chain_graph(3), tmp_path / "tables")

    def index_file(text: str) -> Path:
        path = tmp_path / f"{text}.sqlite"
        path.write_text(text)
        return path

    good = RecordingStore(side, fail=False)
    replace_graph_and_index(good, target, tables, index_file("first"), {})  # type: ignore[arg-type]
    live = current_generation(side)
    assert good.indexes_seen == [True]  # the new index was on disk before the graph was loaded
    assert live is not None and (live / INDEX_FILE).read_text() == "first"

    bad = RecordingStore(side, fail=True)
    with pytest.raises(StoreError):
        replace_graph_and_index(bad, target, tables, index_file("second"), {})  # type: ignore[arg-type]
    assert current_generation(side) == live  # the failed load published nothing
    assert (live / INDEX_FILE).read_text() == "first"
    assert [path.name for path in (side / "generations").iterdir()] == [live.name]  # its generation removed


@pytest.mark.parametrize("swapped", [False, True], ids=["before-the-pointer", "after-the-pointer"])
def test_a_side_index_publish_that_fails_is_one_error_and_keeps_only_the_live_generation(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, swapped: bool
) -> None:
    """A full disk while the side index is published: one StoreError naming the side directory (an OSError's
    traceback before), and the unpublished generation removed at once (it stayed until the next build), as the
    embedded store does; a generation the pointer already names stays (the failure came after it went live)."""
    monkeypatch.chdir(tmp_path)
    target = StoreTarget(neo4j_uri="bolt://localhost:7687")
    side = neo4j_side_dir(target)
    tables = write_graph(chain_graph(3), tmp_path / "tables")
    first = tmp_path / "first.sqlite"
    first.write_text("first")
    replace_graph_and_index(RecordingStore(side, fail=False), target, tables, first, {})  # type: ignore[arg-type]
    live = current_generation(side)
    assert live is not None

    def full_disk(store_dir: Path, generation: Path) -> None:
        if swapped:
            real_publish(store_dir, generation)
        raise OSError(errno.ENOSPC, "No space left on device")

    real_publish = publish_module.publish
    monkeypatch.setattr(publish_module, "publish", full_disk)
    second = tmp_path / "second.sqlite"
    second.write_text("second")
    with pytest.raises(StoreError, match=r"^publishing the search index in .+ failed: No space left on device$"):
        replace_graph_and_index(RecordingStore(side, fail=False), target, tables, second, {})  # type: ignore[arg-type]
    now = current_generation(side)
    assert now is not None
    assert (now / INDEX_FILE).read_text() == ("second" if swapped else "first")
    assert (now == live) is not swapped
    left = {path.name for path in (side / "generations").iterdir()}
    assert left == ({live.name, now.name} if swapped else {live.name})  # the next build removes the old one

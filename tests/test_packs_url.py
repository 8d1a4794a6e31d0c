"""Packs that cite a document return its web address (`url`) beside its name, the same on both engines."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from store_graphs import loaded
from test_packs_sample_graph import build_sample_graph

from graphbuild.models import Graph
from graphbuild.querypacks import run_pack
from graphbuild.store.base import GraphStore, StoreTarget

# the sample graph's documents by name, each given an address ("&" and "<" kept as they are)
URLS = {
    "000_8645d4613d7ff620.txt": "https://www.kalundborg.dk/politik/referat?id=1&x=<2>",
    "001_23f430a40fc467d1.txt": "https://dagsordener.albertslund.dk/moede/4",
    "003_1785a7f2726107e2.txt": "https://kdnet.example.dk/referat-14",
}

# every pack that cites a document, with a call that answers with rows
CITING: list[tuple[str, dict[str, str]]] = [
    ("adopters", {"initiative": "KL Play"}),
    ("initiative-timeline", {"initiative": "KL Play"}),
    ("person", {"name": "Jesper Thyrring Moller"}),
    ("role-holders", {"role": "kommunaldirektør"}),
    ("moves", {}),
    ("network-members", {"network": "KD-Net"}),
    ("attendance", {"body": "KD-Net", "date": "2020-01-24"}),
    ("decisions", {"municipality": "Albertslund"}),
    ("case", {"number": "00.15.10"}),
    ("connection", {"a": "Kalundborg", "b": "Albertslund"}),
]


def graph_with_urls() -> Graph:
    graph = build_sample_graph()
    for node_id, node in list(graph.nodes.items()):
        if node.label == "Document" and node.properties.get("name") in URLS:
            properties = {**node.properties, "url": URLS[str(node.properties["name"])]}
            graph.nodes[node_id] = node.model_copy(update={"properties": properties})
    return graph


@pytest.fixture(scope="module")
def ladybug_with_urls(tmp_path_factory: pytest.TempPathFactory) -> Iterator[GraphStore]:
    with loaded(StoreTarget(store_dir=tmp_path_factory.mktemp("urls") / "store"), graph_with_urls()) as store:
        yield store


@pytest.fixture(scope="module")
def neo4j_with_urls(neo4j_target: StoreTarget) -> Iterator[GraphStore]:
    with loaded(neo4j_target, graph_with_urls()) as store:
        yield store


def cited(store: GraphStore, pack: str, params: dict[str, str]) -> list[dict[str, Any]]:
    result = run_pack(store, pack, params)
    assert "url" in result.columns, pack
    assert result.columns.index("url") == result.columns.index("document") + 1, pack
    return result.records()


def _check(rows: list[dict[str, Any]], pack: str) -> None:
    with_document = [r for r in rows if r["document"]]
    assert with_document, f"{pack}: no row cites a document"
    assert any(r["url"] for r in with_document), f"{pack}: no row gives its document's address"
    for row in with_document:
        assert row["url"] == URLS.get(row["document"]), (pack, row["document"], row["url"])


@pytest.mark.parametrize(("pack", "params"), CITING)
def test_packs_return_the_documents_url_on_ladybug(
    ladybug_with_urls: GraphStore, pack: str, params: dict[str, str]
) -> None:
    _check(cited(ladybug_with_urls, pack, params), pack)


@pytest.mark.neo4j
@pytest.mark.parametrize(("pack", "params"), CITING)
def test_packs_return_the_documents_url_on_neo4j(
    ladybug_with_urls: GraphStore, neo4j_with_urls: GraphStore, pack: str, params: dict[str, str]
) -> None:
    rows = cited(neo4j_with_urls, pack, params)
    _check(rows, pack)
    assert rows == cited(ladybug_with_urls, pack, params)


def test_a_document_without_an_address_has_none(ladybug_store: GraphStore) -> None:
    rows = run_pack(ladybug_store, "adopters", {"initiative": "KL Play"}).records()
    assert rows and all(r["document"] and r["url"] is None for r in rows)


def test_a_pictures_evidence_carries_the_documents_web_address_only() -> None:
    from viz.evidence import DocIndex, evidence_entry

    graph = graph_with_urls()
    hostile = next(n for n in graph.nodes.values() if n.label == "Document" and n.properties["name"] not in URLS)
    graph.nodes[hostile.id] = hostile.model_copy(
        update={"properties": {**hostile.properties, "url": "javascript:alert(1)"}}
    )
    docs = DocIndex(graph)
    entries = [evidence_entry(rel, docs, rel.type) for rel in graph.rels.values() if rel.properties.get("doc")]
    by_file = {e["doc"]: e.get("url") for e in entries}
    assert {name: by_file[name] for name in URLS if name in by_file} == {n: URLS[n] for n in URLS if n in by_file}
    assert by_file and any(by_file.values())
    assert str(hostile.properties["name"]) in by_file and by_file[str(hostile.properties["name"])] is None

"""A document's unnamed body (kind "unnamed body") shown as the body of its document: labelled by the
document's meeting, left out of answers about every body unless asked, shown in answers about it or its
people, left out of the overview picture, and its page saying what it is and linking the document."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from starlette.testclient import TestClient
from store_graphs import loaded, write_store

from graphbuild.graph_builder import GraphBuilder
from graphbuild.querypacks import run_pack
from graphbuild.serve.app import create_app
from graphbuild.serve.urls import entity_url
from graphbuild.store.base import GraphStore, StoreTarget
from graphbuild.unnamed_bodies import body_label, document_of, is_unnamed
from viz.payload import node_name
from viz.views import render_overview

FILE = "referat<b>.pdf"  # a file name with markup: pages escape it
DOC = "dddddddddddddddd"


def unnamed_graph() -> GraphBuilder:
    b = GraphBuilder()
    dassos = b.organization("DASSOS", kind="network")
    body = b.organization(f"unnamed body ({FILE})", key=f"unnamed body {DOC}", kind="unnamed body")
    b.meeting(DOC, dassos, "2021-02-22T10:00:00", file=FILE)
    b.rel("HOLDS_ROLE", b.person("Jesper Møller"), dassos, "aaaaaaaaaaaaaaaa", role="formand", as_of="2020-01-24")
    b.rel("HOLDS_ROLE", b.person("Anne Holm"), body, DOC, role="formand", as_of="2021-02-22")
    albertslund = b.municipality("165", "Albertslund")
    b.rel("MEMBER_OF", albertslund, dassos, "aaaaaaaaaaaaaaaa")
    b.rel("MEMBER_OF", albertslund, body, DOC)
    return b


@pytest.fixture(params=["ladybug", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[GraphStore]:
    target = (
        StoreTarget(store_dir=tmp_path / "store")
        if request.param == "ladybug"
        else request.getfixturevalue("neo4j_target")
    )
    with loaded(target, unnamed_graph().graph) as opened:
        yield opened


@pytest.mark.parametrize(
    ("name", "unnamed"),
    [("unnamed body (referat.pdf)", True), ("Handicaprådet", False), ("unnamed body", False), (None, False)],
)
def test_an_unnamed_body_is_known_by_its_name(name: object, unnamed: bool) -> None:
    assert is_unnamed(name) is unnamed


def test_the_label_names_the_document_and_its_meeting() -> None:
    assert document_of("unnamed body (a (1).pdf)") == "a (1).pdf"
    assert body_label("unnamed body (a.pdf)", "Direktionen 2021-02-22") == "the body of Direktionen 2021-02-22 · a.pdf"
    assert body_label("unnamed body (a.pdf)", None) == "the body of a.pdf"


def test_role_holders_of_every_body_leave_it_out_unless_asked(store: GraphStore) -> None:
    every = run_pack(store, "role-holders", {"role": "formand"}).records()
    assert {r["organization"] for r in every} == {"DASSOS"}
    shown = run_pack(store, "role-holders", {"role": "formand", "unnamed": "show"}).records()
    assert {r["organization"] for r in shown} == {"DASSOS", f"the body of DASSOS 2021-02-22 · {FILE}"}


def test_a_municipalitys_networks_leave_it_out_unless_asked(store: GraphStore) -> None:
    hidden = run_pack(store, "network-members", {"municipality": "Albertslund"}).records()
    assert [r["network"] for r in hidden] == ["DASSOS"]
    shown = run_pack(store, "network-members", {"municipality": "Albertslund", "unnamed": "show"}).records()
    assert sorted(r["network"] for r in shown) == ["DASSOS", f"the body of DASSOS 2021-02-22 · {FILE}"]


def test_a_persons_roles_show_it_as_the_body_of_the_document(store: GraphStore) -> None:
    rows = run_pack(store, "person", {"name": "Anne Holm"}).records()
    assert [r["organization"] for r in rows if r["kind"] == "role"] == [f"the body of DASSOS 2021-02-22 · {FILE}"]


def test_the_overview_picture_leaves_it_out_unless_asked(tmp_path: Path) -> None:
    graph = unnamed_graph().graph
    body = next(n for n in graph.nodes.values() if n.properties.get("kind") == "unnamed body")
    assert node_name(body) == f"the body of {FILE}"
    hidden = render_overview(graph, tmp_path / "hidden.html")
    shown = render_overview(graph, tmp_path / "shown.html", unnamed=True)
    assert body.id not in (tmp_path / "hidden.html").read_text(encoding="utf-8")
    assert body.id in (tmp_path / "shown.html").read_text(encoding="utf-8")
    assert shown.node_count == hidden.node_count + 1


def test_its_page_says_what_it_is_and_links_the_document(tmp_path: Path) -> None:
    graph = unnamed_graph().graph
    body = next(n for n in graph.nodes.values() if n.properties.get("kind") == "unnamed body")
    target = StoreTarget(store_dir=tmp_path / "store")
    write_store(target, graph)
    with TestClient(create_app(target), base_url="http://127.0.0.1") as client:
        page = client.get(entity_url(body.id))
    assert page.status_code == 200
    assert "<h1>the body of referat&lt;b&gt;.pdf</h1>" in page.text
    assert f'<a href="/document/{DOC}">' in page.text and "is about but never names" in page.text
    assert "<b>.pdf" not in page.text


def test_the_overview_command_draws_it_only_with_unnamed(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from graphbuild.cli import app

    graph = unnamed_graph().graph
    body = next(n for n in graph.nodes.values() if n.properties.get("kind") == "unnamed body")
    store = tmp_path / "store"
    write_store(StoreTarget(store_dir=store), graph)
    for flag, drawn in (([], False), (["--unnamed"], True)):
        page = tmp_path / f"overview{len(flag)}.html"
        result = CliRunner().invoke(app, ["viz", "overview", "-o", str(page), "--store", str(store), *flag])
        assert result.exit_code == 0, result.output
        assert (body.id in page.read_text(encoding="utf-8")) is drawn

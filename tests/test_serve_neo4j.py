"""The web app on Neo4j: the same pages over the same examples, the index in the local side folder."""

from __future__ import annotations

import html
import re
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from fixtures_shared import EXAMPLES
from starlette.testclient import TestClient
from test_serve import one_id_per_label

from graphbuild.pipeline import build
from graphbuild.publish import index_dir, neo4j_side_dir
from graphbuild.serve import state as serve_state
from graphbuild.serve.app import create_app
from graphbuild.serve.state import ServeState
from graphbuild.store.base import StoreTarget
from graphbuild.textindex import INDEX_FILE

pytestmark = pytest.mark.neo4j


def test_pages_search_and_documents_on_neo4j(
    neo4j_target: StoreTarget, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # the side index goes under ./.kommunegraf
    report = build([EXAMPLES], neo4j_target, cache_dir=tmp_path / "cache", workers=1)
    assert not report.failures and report.index.documents == report.documents
    live = index_dir(neo4j_target)
    assert live is not None and live.parent.parent == neo4j_side_dir(neo4j_target) and (live / INDEX_FILE).is_file()
    with TestClient(create_app(neo4j_target), base_url="http://127.0.0.1") as client:
        assert client.get("/").status_code == 200
        page = client.get("/entity/initiative:kl-play-sundhed-og-social")
        assert page.status_code == 200
        links = re.findall(r'<a class="evidence" href="(/document/[^"]+)"[^>]*>“([^”]*)”</a>', page.text)
        assert len(links) >= 5
        for href, quoted in links:
            marked = re.search(r'<mark id="quote">(.*?)</mark>', client.get(html.unescape(href)).text, re.DOTALL)
            assert marked is not None and html.unescape(marked.group(1)) == html.unescape(quoted)
        assert "<mark>Rådhus" in client.get("/search", params={"q": "raadhus"}).text
        assert client.get("/entity/meeting:2e7aaf3b15353c73").status_code == 200
        rows = client.get("/packs/adopters", params={"initiative": "KL Play", "format": "json"}).json()
        assert len(rows) >= 5


def test_requests_share_the_driver_and_read_at_the_same_time(
    neo4j_target: StoreTarget, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert not build([EXAMPLES / "kd-net"], neo4j_target, cache_dir=tmp_path / "cache", workers=1).failures
    state = ServeState(neo4j_target)
    inside = threading.Barrier(4, timeout=30)  # all four inside at once, or it breaks

    def request(_number: int) -> str:
        with state.session() as opened:
            inside.wait()
            node = opened.graph.node("organization:kd-net")
            assert node is not None
            return node.name

    try:
        with ThreadPoolExecutor(4) as pool:
            assert list(pool.map(request, range(4))) == ["KD-Net"] * 4
    finally:
        state.close()


def test_a_graph_newer_than_its_index_is_said_so(
    neo4j_target: StoreTarget, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The index of a Neo4j graph is local to the folder a build ran in: a build from another
    folder changes the graph and leaves this folder's index behind. The pages say so."""
    here, elsewhere = tmp_path / "here", tmp_path / "elsewhere"
    here.mkdir(), elsewhere.mkdir()
    monkeypatch.chdir(here)
    towns = [EXAMPLES / "kalundborg", EXAMPLES / "naestved"]
    assert not build(towns, neo4j_target, cache_dir=tmp_path / "cache", workers=1).failures
    monkeypatch.setattr(serve_state, "RECHECK_S", 0.0)  # compare on every request, not once a minute
    with TestClient(create_app(neo4j_target), base_url="http://127.0.0.1") as client:
        assert 'class="problem stale"' not in client.get("/").text
        monkeypatch.chdir(elsewhere)
        assert not build(towns[:1], neo4j_target, cache_dir=tmp_path / "cache", workers=1).failures
        monkeypatch.chdir(here)
        notice = re.search(r'<p class="problem stale" role="alert">([^<]*)</p>', client.get("/").text)
    assert notice is not None
    text = html.unescape(notice.group(1))
    assert text.startswith("The search index is stale: it was written by build 1 (")
    assert "documents in it are no longer in the graph" in text


def test_both_engines_serve_the_same_pages(
    neo4j_target: StoreTarget, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    embedded = StoreTarget(store_dir=tmp_path / "store")
    for target in (embedded, neo4j_target):
        assert not build([EXAMPLES], target, cache_dir=tmp_path / "cache", workers=1).failures
    paths = ["/", "/search?q=kl+play", "/packs/adopters?initiative=KL+Play", "/packs/role-holders?role=formand"]
    paths += ["/entity/" + node_id for node_id in one_id_per_label(embedded).values()]
    paths += ["/entity/initiative:kl-play-sundhed-og-social", "/entity/organization:kd-net", "/changes"]
    with (
        TestClient(create_app(embedded), base_url="http://127.0.0.1") as ladybug,
        TestClient(create_app(neo4j_target), base_url="http://127.0.0.1") as neo4j,
    ):
        for path in paths:
            pages = [client.get(path) for client in (ladybug, neo4j)]
            assert [page.status_code for page in pages] == [200, 200], path
            shown = [
                re.sub(r"<footer>.*?</footer>|<td>\d{4}-\d\d-\d\dT[\d:]+</td>", "", p.text, flags=re.S) for p in pages
            ]
            assert shown[0] == shown[1], path

"""The web app on Neo4j: the same pages over the same examples, the index in the local side folder."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from graphbuild.pipeline import build
from graphbuild.serve.app import create_app
from graphbuild.store.base import StoreTarget
from graphbuild.textindex import INDEX_FILE, index_dir, neo4j_side_dir

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"

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

"""A document's web address on the web app's pages: a link, escaped, with rel="noopener noreferrer",
only for http and https."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator

import pytest
from fixtures_shared import EXAMPLES
from starlette.testclient import TestClient

from graphbuild.pipeline import build
from graphbuild.serve.app import create_app
from graphbuild.store.base import StoreTarget
from graphbuild.store.opening import open_store

# an address with characters that are markup: it must reach the page escaped, never as markup
HOSTILE_URL = 'https://www.kalundborg.dk/m?a=1&b="><script>alert(1)</script>'


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    folder = tmp_path_factory.mktemp("serve_urls") / "docs"
    folder.mkdir()
    shutil.copy(EXAMPLES / "kalundborg" / "direktionen_2021-03-08.txt", folder / "listed.txt")
    text = (EXAMPLES / "kalundborg" / "direktionen_2021-03-08.txt").read_text(encoding="utf-8")
    (folder / "not-web.txt").write_text(text + "\nEkstra linje.\n", encoding="utf-8")
    (folder / "sources.csv").write_text(
        f'file,url\nlisted.txt,"{HOSTILE_URL.replace(chr(34), chr(34) * 2)}"\nnot-web.txt,javascript:alert(1)\n',
        encoding="utf-8",
    )
    store = StoreTarget(store_dir=folder.parent / "store")
    report = build([folder], store, cache_dir=folder.parent / "cache", workers=1)
    assert not report.failures
    with TestClient(create_app(store), base_url="http://127.0.0.1") as test_client:
        test_client.documents = _documents(store)  # type: ignore[attr-defined]
        yield test_client


def _documents(target: StoreTarget) -> dict[str, tuple[str, str | None]]:
    """Document name -> (its id, its url) as stored."""
    store = open_store(target, read_only=True)
    try:
        rows = store.query("MATCH (d:Document) RETURN d.name AS name, d.id AS id, d.url AS url", {})
    finally:
        store.close()
    return {str(r["name"]): (str(r["id"]), r["url"]) for r in rows}


def _links(page: str) -> list[str]:
    return re.findall(r'<a class="source-url" href="([^"]*)" rel="noopener noreferrer">', page)


def test_the_store_keeps_only_the_web_address(client: TestClient) -> None:
    documents = client.documents  # type: ignore[attr-defined]
    assert documents["listed.txt"][1] == HOSTILE_URL
    assert documents["not-web.txt"][1] is None


def test_the_document_page_links_its_address_escaped(client: TestClient) -> None:
    doc_id = client.documents["listed.txt"][0]  # type: ignore[attr-defined]
    page = client.get(f"/document/{doc_id.removeprefix('document:')}").text
    escaped = "https://www.kalundborg.dk/m?a=1&amp;b=&#34;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"
    assert _links(page) == [escaped]
    assert "<script>alert(1)" not in page


def test_the_document_node_page_links_its_address(client: TestClient) -> None:
    doc_id = client.documents["listed.txt"][0]  # type: ignore[attr-defined]
    page = client.get(f"/entity/{doc_id}").text
    assert len(_links(page)) == 1 and "<script>alert(1)" not in page


def test_a_document_without_a_web_address_has_no_link(client: TestClient) -> None:
    doc_id = client.documents["not-web.txt"][0]  # type: ignore[attr-defined]
    for path in (f"/document/{doc_id.removeprefix('document:')}", f"/entity/{doc_id}"):
        page = client.get(path).text
        assert not _links(page) and "javascript:" not in page

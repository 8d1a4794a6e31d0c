"""Atom feeds as a feed reader sees them: the rows of a pack query each build added and removed
("new adopters of KL Play"), over two real builds of the examples; valid Atom with dated, linked
entries; hostile text stays text."""

from __future__ import annotations

import html
import re
import shutil
from datetime import datetime
from urllib.parse import urlparse
from xml.etree import ElementTree

import pytest
from fixtures_shared import EXAMPLES
from starlette.testclient import TestClient

from graphbuild.changes import BuildChanges
from graphbuild.pipeline import build
from graphbuild.serve.app import create_app
from graphbuild.serve.feeds import atom
from graphbuild.store.base import StoreTarget

A = "{http://www.w3.org/2005/Atom}"
BASE = "http://127.0.0.1"


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> TestClient:
    """Build 1 reads Kalundborg and Randers; build 2 drops Kalundborg and adds Silkeborg and Næstved."""
    root = tmp_path_factory.mktemp("feeds")
    corpus, store = root / "docs", StoreTarget(store_dir=root / "store")
    for town in ("kalundborg", "randers"):
        shutil.copytree(EXAMPLES / town, corpus / town)
    assert not build([corpus], store, cache_dir=root / "cache", workers=1).failures
    shutil.rmtree(corpus / "kalundborg")
    for town in ("silkeborg", "naestved"):
        shutil.copytree(EXAMPLES / town, corpus / town)
    assert not build([corpus], store, cache_dir=root / "cache", workers=1).failures
    return TestClient(create_app(store), base_url=BASE)


def read_feed(body: bytes) -> tuple[ElementTree.Element, list[ElementTree.Element]]:
    """The checks a feed reader relies on: the Atom elements every feed and entry must have."""
    feed = ElementTree.fromstring(body)
    assert feed.tag == f"{A}feed"
    for required in ("id", "title", "updated"):
        assert feed.findtext(f"{A}{required}"), required
    assert any(link.get("rel") == "self" for link in feed.findall(f"{A}link"))
    entries = feed.findall(f"{A}entry")
    ids = [entry.findtext(f"{A}id") for entry in entries]
    assert len(set(ids)) == len(ids)  # a reader tells entries apart by id
    for entry in entries:
        assert entry.findtext(f"{A}title") and entry.findtext(f"{A}id")
        updated = entry.findtext(f"{A}updated")
        assert updated is not None and datetime.fromisoformat(updated).tzinfo is not None  # RFC 3339, with a zone
        [link] = entry.findall(f"{A}link")
        assert (link.get("href") or "").startswith(BASE + "/")
    return feed, entries


def test_the_pack_page_links_the_feed_of_its_rows(client: TestClient) -> None:
    page = client.get("/packs/adopters", params={"initiative": "KL Play"})
    link = re.search(r'<a class="feed" href="([^"]+)"', page.text)
    assert link is not None and html.unescape(link.group(1)) == "/packs/adopters.atom?initiative=KL+Play"
    assert '<link rel="alternate" type="application/atom+xml"' in page.text  # for a reader's discovery
    assert 'class="feed"' not in client.get("/packs/moves", params={"run": "1"}).text  # moves are not recorded


def test_a_pack_feed_has_the_rows_each_build_added_and_removed(client: TestClient) -> None:
    answer = client.get("/packs/adopters.atom", params={"initiative": "KL Play"})
    assert answer.status_code == 200 and answer.headers["content-type"].startswith("application/atom+xml")
    feed, entries = read_feed(answer.content)
    assert "initiative=KL Play" in (feed.findtext(f"{A}title") or "")
    seen = []
    for entry in entries:
        summary = entry.findtext(f"{A}summary") or ""
        title = entry.findtext(f"{A}title") or ""
        build_number = int(re.match(r"Build (\d+):", summary).group(1))  # type: ignore[union-attr]
        sign, town = re.match(r"(added|removed): ADOPTED (\S+) → KL Play", title).groups()  # type: ignore[union-attr]
        seen.append((build_number, sign, town))
    assert sorted(seen[:3]) == [(2, "added", "Næstved"), (2, "added", "Silkeborg"), (2, "removed", "Kalundborg")]
    assert seen[3:] == [(1, "added", "Kalundborg")]  # newest build first; Randers adopted Sociolancen, not this


def test_a_feed_entry_opens_its_quote_in_the_document(client: TestClient) -> None:
    _feed, entries = read_feed(client.get("/packs/adopters.atom", params={"initiative": "KL Play"}).content)
    quoted = 0
    for entry in entries:
        href = urlparse(entry.find(f"{A}link").get("href"))  # type: ignore[union-attr]
        page = client.get(href.path + ("?" + href.query if href.query else ""))
        assert page.status_code == 200, href  # every link opens, also of facts whose document is gone
        if href.path.startswith("/document/"):
            marked = re.search(r'<mark id="quote">(.*?)</mark>', page.text, flags=re.DOTALL)
            quote = (entry.findtext(f"{A}summary") or "").split(": ", 1)[1]
            assert marked is not None and " ".join(html.unescape(marked.group(1)).split()) == " ".join(quote.split())
            quoted += 1
        else:  # Kalundborg's minutes left the corpus in build 2: its entries point at the pack's page
            assert href.path == "/packs/adopters" and "Kalundborg" in (entry.findtext(f"{A}title") or "")
    assert quoted == 2  # Næstved and Silkeborg, added in build 2, at their quotes


def test_a_feed_with_other_parameters_and_without_a_match(client: TestClient) -> None:
    _feed, roles = read_feed(client.get("/packs/role-holders.atom", params={"organization": "Randers"}).content)
    assert roles and all(" → Randers (role " in (e.findtext(f"{A}title") or "") for e in roles)
    _feed, mayors = read_feed(
        client.get("/packs/role-holders.atom", params={"organization": "Randers", "role": "Borgmester"}).content
    )
    assert 0 < len(mayors) < len(roles) and all("role borgmester" in (e.findtext(f"{A}title") or "") for e in mayors)
    assert client.get("/packs/adopters.atom", params={"initiative": "zzqqxx"}).status_code == 400
    assert client.get("/packs/moves.atom").status_code == 404
    assert client.get("/packs/no-such-pack.atom").status_code == 404


def test_hostile_text_in_a_feed_stays_text() -> None:
    hostile = '<script>alert("x")</script> ]]> &amp; \x0c\x00 "quoted"'
    fact = {"id": "rel:1", "kind": "ADOPTED", "source": hostile, "source_id": "municipality:<x>", "target": hostile,
            "target_id": "initiative:y", "doc": "document:0123456789abcdef", "quote": hostile}  # fmt: skip
    body = atom([(BuildChanges(3, "2026-12-01T06:00:00+00:00", [fact], []), "added", fact)], hostile, "/f", BASE)
    assert b"<script>" not in body
    _feed, [entry] = read_feed(body)
    clean = hostile.replace("\x0c", "").replace("\x00", "")  # XML 1.0 cannot carry these two at all
    assert entry.findtext(f"{A}summary") == f"Build 3: {clean}"
    assert (entry.findtext(f"{A}title") or "").startswith(f"added: ADOPTED {clean}")

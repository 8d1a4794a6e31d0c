"""Where a document came from: the folder's sources.csv manifest and a saved page's own address."""

from __future__ import annotations

from pathlib import Path

import pytest

from graphbuild.errors import KommunegrafError, SourceError
from graphbuild.pipeline import build
from graphbuild.sources import address_of, read_source
from graphbuild.sources.manifest import read_manifest, web_address
from graphbuild.sources.page_address import page_address
from graphbuild.store.base import StoreTarget
from graphbuild.store.opening import open_store

MINUTES = "Byrådet\nReferat af mødet 3. marts 2021\n1. Godkendelse af dagsorden\nGodkendt.\n"


def _folder(tmp_path: Path, manifest: str) -> Path:
    (tmp_path / "docs" / "inner").mkdir(parents=True)
    (tmp_path / "docs" / "a.txt").write_text(MINUTES, encoding="utf-8")
    (tmp_path / "docs" / "inner" / "b.txt").write_text(MINUTES + "2. Eventuelt\n", encoding="utf-8")
    (tmp_path / "sources.csv").write_text(manifest, encoding="utf-8")
    return tmp_path


def test_a_manifest_gives_each_listed_file_its_address_relative_to_its_folder(tmp_path: Path) -> None:
    folder = _folder(
        tmp_path,
        "id,file,url,publisher\n"
        "a,docs/a.txt,https://www.rk.dk/politik/a,Rødovre\n"
        'b,docs/inner/b.txt,"http://politik.herning.dk/b?x=1,2",Herning\n',
    )
    assert read_source(folder / "docs" / "a.txt").url == "https://www.rk.dk/politik/a"
    assert read_source(folder / "docs" / "inner" / "b.txt").url == "http://politik.herning.dk/b?x=1,2"
    assert address_of(folder / "docs" / "a.txt") == "https://www.rk.dk/politik/a"
    assert read_source(folder / "docs" / "a.txt", addresses=False).url is None


def test_the_nearest_manifest_listing_the_file_wins(tmp_path: Path) -> None:
    folder = _folder(tmp_path, "file,url\ndocs/a.txt,https://far.example.dk/a\n")
    (folder / "docs" / "sources.csv").write_text("file,url\na.txt,https://near.example.dk/a\n", encoding="utf-8")
    assert read_source(folder / "docs" / "a.txt").url == "https://near.example.dk/a"
    # the nearer manifest does not list b.txt: the one above it does not either
    assert read_source(folder / "docs" / "inner" / "b.txt").url is None


@pytest.mark.parametrize(
    "url",
    ["", "ftp://example.dk/a", "javascript:alert(1)", "file:///etc/passwd", "mailto:a@b.dk", "/politik/a", "https://"],
)
def test_only_http_and_https_addresses_are_kept(tmp_path: Path, url: str) -> None:
    folder = _folder(tmp_path, f"file,url\ndocs/a.txt,{url}\n")
    assert read_source(folder / "docs" / "a.txt").url is None
    assert web_address(url) is None


def test_a_table_without_file_and_url_columns_is_no_manifest(tmp_path: Path) -> None:
    folder = _folder(tmp_path, "navn,adresse\nx,y,z\n")
    assert read_manifest(folder / "sources.csv") is None
    assert read_source(folder / "docs" / "a.txt").url is None


@pytest.mark.parametrize(
    ("manifest", "line"),
    [
        ("file,url\ndocs/a.txt,https://a.dk/1\ndocs/b.txt\n", 3),
        ("file,url,publisher\n\ndocs/a.txt,https://a.dk/1,X,extra\n", 3),
        ('file,url\ndocs/a.txt,"https://a.dk/1\n', 2),
        ("file,url\n,https://a.dk/1\n", 2),
    ],
)
def test_a_malformed_manifest_is_an_error_naming_it_and_its_line(tmp_path: Path, manifest: str, line: int) -> None:
    folder = _folder(tmp_path, manifest)
    with pytest.raises(SourceError) as raised:
        read_source(folder / "docs" / "a.txt")
    assert raised.value.path == str(folder / "sources.csv")
    assert f"line {line}:" in raised.value.problem


def test_a_manifest_that_is_not_utf8_is_an_error(tmp_path: Path) -> None:
    folder = _folder(tmp_path, "")
    (folder / "sources.csv").write_bytes(b"file,url\ndocs/a.txt,https://a.dk/\xe6\n")
    with pytest.raises(SourceError, match="line 2: the manifest is not UTF-8"):
        read_source(folder / "docs" / "a.txt")


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (
            '<link rel="canonical" href="https://www.aabenraa.dk/politik/m?id=1&amp;v=2">',
            "https://www.aabenraa.dk/politik/m?id=1&v=2",
        ),
        ("<LINK REL='Canonical' HREF='http://kommune.viborg.dk/m'>", "http://kommune.viborg.dk/m"),
        (
            '<meta property="og:url" content="https://dagsordener.roedovre.dk/m/5" />',
            "https://dagsordener.roedovre.dk/m/5",
        ),
        (
            '<meta property="og:url" content="https://og.dk/m"><link rel="canonical" href="https://canon.dk/m">',
            "https://canon.dk/m",
        ),
        ("<!-- saved from url=(0035)https://www.kk.dk/dagsordener/m1 -->", "https://www.kk.dk/dagsordener/m1"),
        (
            '<link rel="canonical" href="javascript:alert(1)"><meta property="og:url" content="https://b.dk/">',
            "https://b.dk/",
        ),
        ('<link rel="stylesheet" href="https://cdn.dk/x.css">', None),
        ("<!-- saved from url=(0014)about:internet -->", None),
    ],
)
def test_a_saved_page_knows_its_own_address(head: str, expected: str | None) -> None:
    assert page_address(f"<html><head>{head}</head><body><p>Byrådet</p></body></html>") == expected


def test_a_listed_page_takes_the_manifests_address_over_its_own(tmp_path: Path) -> None:
    page = '<html><head><link rel="canonical" href="https://own.dk/p"></head><body><p>Byrådet</p></body></html>'
    (tmp_path / "p.html").write_text(page, encoding="utf-8")
    (tmp_path / "q.html").write_text(page, encoding="utf-8")
    (tmp_path / "sources.csv").write_text("file,url\np.html,https://listed.dk/p\n", encoding="utf-8")
    assert read_source(tmp_path / "p.html").url == "https://listed.dk/p"
    assert read_source(tmp_path / "q.html").url == "https://own.dk/p"
    assert address_of(tmp_path / "q.html") == "https://own.dk/p"


def _stored_urls(target: StoreTarget) -> dict[str, str | None]:
    store = open_store(target, read_only=True)
    try:
        rows = store.query("MATCH (d:Document) RETURN d.name AS name, d.url AS url", {})
    finally:
        store.close()
    return {str(r["name"]): r["url"] for r in rows}


def test_a_build_stores_the_address_and_follows_a_changed_manifest(tmp_path: Path) -> None:
    folder = _folder(tmp_path / "in", "file,url\ndocs/a.txt,https://www.rk.dk/a\n")
    target, cache = StoreTarget(store_dir=tmp_path / "store"), tmp_path / "cache"
    assert not build([folder], target, cache_dir=cache, workers=1).failures
    assert _stored_urls(target) == {"a.txt": "https://www.rk.dk/a", "b.txt": None}
    # the files are unchanged, the manifest not: the cached extraction of a.txt is stale
    (folder / "sources.csv").write_text("file,url\ndocs/a.txt,https://www.rk.dk/a2\n", encoding="utf-8")
    assert not build([folder], target, cache_dir=cache, workers=1).failures
    assert _stored_urls(target) == {"a.txt": "https://www.rk.dk/a2", "b.txt": None}


def test_a_build_reports_a_malformed_manifest_for_each_document_and_keeps_the_store(tmp_path: Path) -> None:
    folder = _folder(tmp_path / "in", "file,url\ndocs/a.txt,https://www.rk.dk/a\n")
    target = StoreTarget(store_dir=tmp_path / "store")
    assert not build([folder], target, workers=1).failures
    (folder / "sources.csv").write_text("file,url\ndocs/a.txt\n", encoding="utf-8")
    with pytest.raises(KommunegrafError, match=r"sources\.csv: line 2"):
        build([folder], target, workers=1)
    assert _stored_urls(target) == {"a.txt": "https://www.rk.dk/a", "b.txt": None}

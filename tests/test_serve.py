"""`kommunegraf serve`: the web app over a real store built from examples/ (plus one hostile
document), exercised through Starlette's TestClient. No database is mocked."""

from __future__ import annotations

import csv
import html
import io
import re
import shutil
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import typer.main
from fixtures_shared import EXAMPLES
from starlette.testclient import TestClient
from typer.testing import CliRunner

from graphbuild.cli import app as cli_app
from graphbuild.pack_files import list_packs
from graphbuild.pack_output import xlsx_bytes
from graphbuild.pipeline import build
from graphbuild.publish import index_dir
from graphbuild.querypacks import PackResult, run_pack
from graphbuild.serve.app import create_app
from graphbuild.serve.server import DEFAULT_HOST, allowed_hosts_for, url_of
from graphbuild.store.base import StoreTarget
from graphbuild.store.opening import open_store
from graphbuild.textindex import INDEX_FILE

HOSTILE_NAME = "<img src=x onerror=alert(1)>.txt"
HOSTILE_TEXT = """Direktionen - Referat
Dato: 3. maj 2022

Punkt 1: Orientering <script>alert("from the document")</script>
Byrådet i Åbenrå drøftede sagen. "quoted" & <b>bold</b>
"""


SECRET_NAME = "it-udvalget_2022-05-04.txt"
SECRET_TEXT = """IT-udvalget - Referat
Dato: 4. maj 2022

Punkt 1: Adgang til Åbenrå-portalen
Adgangskode: Solsikke-4471
Borgerens CPR-nummer 010203-1234 blev oplyst ved en fejl.
"""


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("serve") / "docs"
    shutil.copytree(EXAMPLES, folder, ignore=shutil.ignore_patterns("*.json", "*.py", "README.md"))
    (folder / HOSTILE_NAME).write_text(HOSTILE_TEXT, encoding="utf-8")
    (folder / SECRET_NAME).write_text(SECRET_TEXT, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def target(corpus: Path) -> StoreTarget:
    store = StoreTarget(store_dir=corpus.parent / "store")
    report = build([corpus], store, cache_dir=corpus.parent / "cache", workers=1)
    assert not report.failures
    return store


@pytest.fixture(scope="module")
def client(target: StoreTarget) -> Iterator[TestClient]:
    with TestClient(create_app(target), base_url="http://127.0.0.1") as test_client:
        yield test_client


def one_id_per_label(target: StoreTarget) -> dict[str, str]:
    store = open_store(target, read_only=True)
    try:
        labels = ("Municipality", "Person", "Initiative", "Organization", "Case", "Meeting", "Law", "AgendaItem")
        return {
            label: store.query(f"MATCH (n:`{label}`) RETURN n.id AS id ORDER BY id LIMIT 1")[0]["id"]
            for label in labels
        }
    finally:
        store.close()


def doc_hex_of(client: TestClient, name: str) -> str:
    page = client.get("/search", params={"q": "Åbenrå"})
    links = re.findall(r'href="/document/([0-9a-f]{16})\?[^"]*"[^>]*>([^<]*)</a>', page.text)
    return next(doc for doc, shown in links if html.unescape(shown) == name)


# --- pages -----------------------------------------------------------------------------------


def test_home_shows_counts_meetings_initiatives_and_networks(client: TestClient, target: StoreTarget) -> None:
    page = client.get("/")
    assert page.status_code == 200
    store = open_store(target, read_only=True)
    try:
        meetings = store.counts()["Meeting"]
        adopters = store.query(
            "MATCH (m:Municipality)-[:ADOPTED]->(i:Initiative) WHERE i.id = $id RETURN count(DISTINCT m) AS n",
            {"id": "initiative:kl-play-sundhed-og-social"},
        )[0]["n"]
    finally:
        store.close()
    assert f"<strong>{meetings}</strong> Meeting" in page.text
    row = re.search(r"KL Play: Sundhed og Social</a></td><td class=\"num\">(\d+)</td>", page.text)
    assert row is not None and int(row.group(1)) == adopters
    assert "KD-Net" in page.text  # a network with its members


def test_every_entity_type_renders_with_facts_and_links(client: TestClient, target: StoreTarget) -> None:
    for label, node_id in one_id_per_label(target).items():
        page = client.get("/entity/" + node_id)
        assert page.status_code == 200, (label, node_id)
        assert f'<p class="label">{label}</p>' in page.text
        for link in set(re.findall(r'href="(/entity/[^"#?]+)"', page.text)):
            assert client.get(html.unescape(link)).status_code == 200, link


def test_meeting_page_has_items_outcomes_and_attendance(client: TestClient) -> None:
    page = client.get("/entity/meeting:" + "2e7aaf3b15353c73")  # Aarhus Magistraten: a substitute
    assert page.status_code == 200
    assert "<h2>Items</h2>" in page.text and "<h2>Attendance</h2>" in page.text
    assert "substitute" in page.text and "Kasper Lundgaard" in page.text


def test_every_evidence_link_opens_its_quote(client: TestClient) -> None:
    page = client.get("/entity/initiative:kl-play-sundhed-og-social")
    links = re.findall(r'<a class="evidence" href="(/document/[^"]+)"[^>]*>“([^”]*)”</a>', page.text)
    assert len(links) >= 5
    for href, quoted in links:
        document = client.get(html.unescape(href))
        assert document.status_code == 200
        marked = re.search(r'<mark id="quote">(.*?)</mark>', document.text, flags=re.DOTALL)
        assert marked is not None, href
        assert html.unescape(marked.group(1)) == html.unescape(quoted)


def test_pack_evidence_link_redirects_to_the_quote(client: TestClient) -> None:
    page = client.get("/packs/adopters", params={"initiative": "KL Play"})
    named = re.search(r'<td><a href="(/evidence\?document=[^"&]+&amp;quote=)">([^<]+)</a></td>', page.text)
    assert named is not None  # the document column opens the document
    whole = client.get(html.unescape(named.group(1)))
    assert whole.status_code == 200 and f"<h1>{named.group(2)}</h1>" in whole.text
    href = re.search(r'<a class="evidence" href="(/evidence\?[^"]+)">“([^”]*)”', page.text)
    assert href is not None
    opened = client.get(html.unescape(href.group(1)))
    marked = re.search(r'<mark id="quote">(.*?)</mark>', opened.text, flags=re.DOTALL)
    assert marked is not None and html.unescape(marked.group(1)) == html.unescape(href.group(2))


# --- hostile text and paths ------------------------------------------------------------------


def test_document_text_from_a_file_is_escaped(client: TestClient) -> None:
    doc = doc_hex_of(client, HOSTILE_NAME)
    page = client.get(f"/document/{doc}")
    assert page.status_code == 200
    assert "<script>alert" not in page.text and "<img src=x" not in page.text and "<b>bold" not in page.text
    assert "&lt;script&gt;alert(&#34;from the document&#34;)&lt;/script&gt;" in page.text
    assert "&lt;img src=x onerror=alert(1)&gt;.txt" in page.text
    search = client.get("/search", params={"q": "orientering script"})
    assert "<script>alert" not in search.text and "&lt;<mark>script</mark>&gt;alert" in search.text
    assert "script-src 'self'" in page.headers["content-security-policy"]


def test_the_document_view_and_search_show_the_redacted_text(client: TestClient, corpus: Path) -> None:
    page = client.get(f"/document/{doc_hex_of(client, SECRET_NAME)}")
    assert page.status_code == 200 and "Åbenrå-portalen" in page.text
    assert f"<dd><code>{corpus / SECRET_NAME}</code></dd>" in page.text  # the original file's path
    assert "Solsikke" not in page.text and "010203" not in page.text and page.text.count("[REDIGERET]") == 2
    for secret in ("solsikke", "010203 1234"):
        assert 'class="doc"' not in client.get("/search", params={"q": secret}).text, secret


@pytest.mark.parametrize(
    "url",
    [
        "/document/../../etc/passwd",
        "/document/..%2F..%2Fetc%2Fpasswd",
        "/document/%2Fetc%2Fpasswd",
        "/document//etc/passwd",
        "/document/0000000000000000",
        "/document/ABCDEF0123456789",
        "/document/examples%2Fkalundborg%2Fdirektionen_2021-03-08.txt",
        "/static/../../graphbuild/cli.py",
        "/static/..%2F..%2Fcli.py",
        "/evidence?document=/etc/passwd&quote=root",
        "/evidence?document=../../etc/passwd&quote=root",
        "/entity/does-not-exist:1",
        "/packs/no-such-pack",
    ],
)
def test_paths_and_unknown_ids_give_404(client: TestClient, url: str) -> None:
    page = client.get(url)
    assert page.status_code == 404, url
    assert "Traceback" not in page.text and "root:" not in page.text


def test_spans_out_of_range_are_ignored(client: TestClient) -> None:
    doc = doc_hex_of(client, HOSTILE_NAME)
    page = client.get(f"/document/{doc}", params={"start": "-5", "end": "99999999"})
    assert page.status_code == 200 and "<mark" not in page.text


def test_another_host_header_is_refused(client: TestClient) -> None:
    assert client.get("/", headers={"host": "attacker.example"}).status_code == 400


# --- search ----------------------------------------------------------------------------------


def test_search_folds_aa_to_the_danish_letter(client: TestClient) -> None:
    for query in ("aabenraa", "ÅBENRÅ", "Aabenraa"):
        page = client.get("/search", params={"q": query})
        assert page.status_code == 200
        assert html.escape(HOSTILE_NAME, quote=False) in page.text, query
        assert "<mark>Åbenrå</mark>" in page.text


def test_search_ranks_and_finds_names_with_hyphens_and_case(client: TestClient) -> None:
    page = client.get("/search", params={"q": "kd net"})
    assert 'href="/entity/organization:kd-net"' in page.text
    joined = client.get("/search", params={"q": "KDNET"}).text
    assert joined.count("/document/") >= 1 and "<mark>KD-Net</mark>" in joined
    # bm25: the KD-Net minutes, which say it most, come first
    first = re.search(r'<a class="doc" href="/document/[0-9a-f]{16}[^"]*">([^<]*)</a>', page.text)
    assert first is not None and first.group(1).startswith("kd-net")


def test_search_hits_link_to_the_entities_their_meeting_mentions(client: TestClient, target: StoreTarget) -> None:
    page = client.get("/search", params={"q": "tilmelde KL Play"}).text
    hits = re.findall(r'<a class="doc" href="/document/([0-9a-f]{16})[^"]*">.*?</li>', page, flags=re.DOTALL)
    assert hits
    store = open_store(target, read_only=True)
    try:
        for doc in hits:
            mentioned = {
                row["id"]
                for row in store.query(
                    "MATCH (d:Document)<-[:RECORDED_IN]-(:Meeting)-[:HAS_ITEM]->(:AgendaItem)"
                    "-[:MENTIONS|CONCERNS]->(e) WHERE d.id = $id RETURN e.id AS id",
                    {"id": f"document:{doc}"},
                )
            }
            item = re.search(rf'href="/document/{doc}[^"]*">.*?</li>', page, flags=re.DOTALL)
            assert item is not None
            linked = {html.unescape(link) for link in re.findall(r'href="/entity/([^"]+)"', item.group(0))}
            assert linked <= mentioned and (linked or not mentioned), doc
    finally:
        store.close()
    assert 'href="/entity/initiative:kl-play-sundhed-og-social"' in page.split("<h2>Documents")[1]


def test_find_goes_to_the_one_entity_of_a_name(client: TestClient) -> None:
    found = client.get("/find", params={"name": "Næstved"}, follow_redirects=False)
    assert found.status_code == 303 and found.headers["location"] == "/entity/municipality:0370"


# --- packs ---------------------------------------------------------------------------------


def test_every_pack_has_a_form(client: TestClient) -> None:
    for pack in list_packs():
        page = client.get(f"/packs/{pack.name}")
        assert page.status_code == 200, pack.name
        for param in pack.params:
            assert f'name="{param.name}"' in page.text


def test_pack_form_returns_the_packs_rows_and_downloads(client: TestClient, target: StoreTarget) -> None:
    store = open_store(target, read_only=True)
    try:
        expected = run_pack(store, "adopters", {"initiative": "KL Play"})
    finally:
        store.close()
    assert expected.rows
    page = client.get("/packs/adopters", params={"initiative": "KL Play"})
    assert page.status_code == 200
    assert f"{len(expected.rows)} rows" in page.text
    for row in expected.records():
        assert html.escape(str(row["municipality"])) in page.text
    assert 'href="/packs/adopters?initiative=KL+Play"' in page.text  # the permalink
    as_csv = client.get("/packs/adopters", params={"initiative": "KL Play", "format": "csv"})
    assert as_csv.headers["content-type"].startswith("text/csv")
    table = list(csv.reader(io.StringIO(as_csv.text)))
    assert table[0] == expected.columns and len(table) == len(expected.rows) + 1
    as_json = client.get("/packs/adopters", params={"initiative": "KL Play", "format": "json"}).json()
    assert [r["municipality"] for r in as_json] == [r["municipality"] for r in expected.records()]
    as_xlsx = client.get("/packs/adopters", params={"initiative": "KL Play", "format": "xlsx"})
    from openpyxl import load_workbook

    sheet = load_workbook(io.BytesIO(as_xlsx.content)).active
    assert sheet is not None and sheet.max_row == len(expected.rows) + 1


def test_pack_errors_are_one_message_not_a_traceback(client: TestClient) -> None:
    page = client.get("/packs/adopters", params={"initiative": "zzzzqqq"})
    assert page.status_code == 400 and 'class="problem"' in page.text and "Traceback" not in page.text
    download = client.get("/packs/adopters", params={"limit": "x", "format": "csv"})
    assert download.status_code == 400


def test_xlsx_cells_are_text_never_formulas() -> None:
    from openpyxl import load_workbook

    result = PackResult(["quote", "n"], [['=HYPERLINK("http://x")', 3]])
    sheet = load_workbook(io.BytesIO(xlsx_bytes("t", result))).active
    assert sheet is not None
    assert sheet["A2"].data_type == "s" and sheet["A2"].value == '=HYPERLINK("http://x")'
    assert sheet["B2"].value == 3


# --- the index beside the graph ----------------------------------------------------------------


def test_index_is_in_the_live_generation_and_incremental(corpus: Path, tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    shutil.copytree(corpus, folder)
    store = StoreTarget(store_dir=tmp_path / "store")
    first = build([folder], store, cache_dir=tmp_path / "cache", workers=1)
    live = index_dir(store)
    assert live is not None and (live / INDEX_FILE).is_file()
    # the first build's texts come from the extraction that read them: no file is read twice
    assert first.index.from_extraction == first.index.documents and first.index.reused == first.index.read_again == 0
    (folder / HOSTILE_NAME).write_text(HOSTILE_TEXT + "\nEt nyt ord: Vandværksgården.\n", encoding="utf-8")
    second = build([folder], store, cache_dir=tmp_path / "cache", workers=1)
    index = second.index  # the changed file is extracted again; the others' texts come from the live index
    assert (index.from_extraction, index.reused, index.read_again) == (1, first.index.documents - 1, 0)
    newer = index_dir(store)
    assert newer is not None and newer != live and not live.exists()  # the old generation went with its index
    with TestClient(create_app(store), base_url="http://127.0.0.1") as test_client:
        assert "vandværksgården" in test_client.get("/search", params={"q": "vandvaerksgaarden"}).text.lower()


# --- the command -------------------------------------------------------------------------------


def test_serve_binds_loopback_by_default() -> None:
    command = typer_command("serve")
    host = next(p for p in command.params if p.name == "host")
    port = next(p for p in command.params if p.name == "port")
    assert host.default == DEFAULT_HOST == "127.0.0.1"
    assert port.default == 8000
    assert allowed_hosts_for("127.0.0.1") is not None and allowed_hosts_for("0.0.0.0") is None
    assert url_of("127.0.0.1", 8000) == "http://127.0.0.1:8000/"


def typer_command(name: str) -> Any:
    group: Any = typer.main.get_command(cli_app)
    return group.commands[name]


def test_serve_without_a_graph_is_one_line(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli_app, ["serve", "--store", str(tmp_path / "nothing")])
    assert result.exit_code == 1
    assert "no graph at" in result.output and "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_serve_on_a_port_in_use_is_one_line(target: StoreTarget) -> None:
    with socket.socket() as taken:
        taken.bind((DEFAULT_HOST, 0))
        taken.listen()
        port = taken.getsockname()[1]
        # a process of its own: uvicorn runs its own event loop, which a test process may already have
        result = subprocess.run(
            [sys.executable, "-m", "graphbuild.cli", "serve", "--store", str(target.store_dir), "--port", str(port)],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
    assert result.returncode == 1, result.stdout + result.stderr
    assert f"cannot listen on {DEFAULT_HOST}:{port}" in result.stderr and "Traceback" not in result.stderr


def test_an_id_full_of_cypher_is_only_a_parameter(client: TestClient) -> None:
    page = client.get("/entity/" + "municipality:x' OR 1=1 RETURN n //")
    assert page.status_code == 404 and "Traceback" not in page.text


def test_entity_pages_embed_their_picture(client: TestClient) -> None:
    page = client.get("/entity/organization:kd-net")
    frame = re.search(r'<iframe class="picture"[^>]* src="([^"]+)"[^>]*sandbox="([^"]+)"', page.text)
    assert frame is not None
    # scripts run, and a click (only a click) may open a node's page around the frame; nothing else
    assert frame.group(2).split() == ["allow-scripts", "allow-top-navigation-by-user-activation"]
    picture = client.get(html.unescape(frame.group(1)))
    assert picture.status_code == 200 and "KD-Net" in picture.text
    assert "<title>Membership" in picture.text  # a network's members first; its ego picture a link away
    assert "window.top.location.href" in picture.text  # the package's script that opens a clicked node's page
    assert "frame-ancestors 'self'" in picture.headers["content-security-policy"]
    assert "connect-src" not in picture.headers["content-security-policy"]  # default-src 'none' forbids requests
    hostile = client.get(f"/picture/document:{doc_hex_of(client, HOSTILE_NAME)}")
    assert hostile.status_code == 200 and "<img src=x" not in hostile.text
    assert client.get("/picture/nothing:here").status_code == 404


def test_serve_prints_its_url_and_stops_on_ctrl_c(target: StoreTarget) -> None:
    import signal
    import socket
    import subprocess
    import sys
    import time
    import urllib.request

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    command = [sys.executable, "-m", "graphbuild.cli", "serve", "--store", str(target.store_dir), "--port", str(port)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2) as answer:
                    assert answer.status == 200
                    break
            except OSError:
                assert process.poll() is None and time.monotonic() < deadline, process.stderr
                time.sleep(0.2)
        process.send_signal(signal.SIGINT)
        out, errors = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 130, errors  # an interrupted command exits 130 (README: Commands)
    assert f"http://127.0.0.1:{port}/" in out and "stopped" in out
    assert "Traceback" not in out + errors


def test_a_long_list_of_facts_is_cut_and_says_so(
    client: TestClient, target: StoreTarget, monkeypatch: pytest.MonkeyPatch
) -> None:
    from graphbuild.serve import graphdata

    monkeypatch.setattr(graphdata, "FACT_LIMIT", 5)
    store = open_store(target, read_only=True)
    try:
        data = graphdata.GraphData(store)
        node = data.node("organization:kd-net")
        assert node is not None
        cut: list[str] = []
        members = [f for f in data.facts(node, cut) if f.type == "MEMBER_OF"]
    finally:
        store.close()
    assert len(members) == 5 and "MEMBER_OF ← Municipality" in cut
    page = client.get("/entity/organization:kd-net")
    assert "The first 5 of each of these are shown: MEMBER_OF ← Municipality" in page.text


def test_a_body_page_links_to_its_decisions(client: TestClient) -> None:
    page = client.get("/entity/organization:0326-direktion")
    link = re.search(r'<a href="(/packs/decisions\?body=[^"]+)">', page.text)
    assert link is not None
    decisions = client.get(html.unescape(link.group(1)))
    assert decisions.status_code == 200 and re.search(r"<p class=\"count\">[1-9]\d* rows</p>", decisions.text)


def test_changes_page_and_atom_feeds_per_node(client: TestClient, target: StoreTarget) -> None:
    from xml.etree import ElementTree

    page = client.get("/changes")
    assert page.status_code == 200 and "Atom feed" in page.text
    feed = client.get("/changes.atom")
    assert feed.status_code == 200 and feed.headers["content-type"].startswith("application/atom+xml")
    entries = ElementTree.fromstring(feed.content).findall("{http://www.w3.org/2005/Atom}entry")
    assert entries  # the first build lists what it found as added
    store = open_store(target, read_only=True)
    try:
        [row] = store.query("MATCH (m:Municipality)-[:ADOPTED]->(i:Initiative) RETURN i.id AS id ORDER BY id LIMIT 1")
    finally:
        store.close()
    about = client.get("/changes.atom", params={"about": row["id"]})
    titles = [e.findtext("{http://www.w3.org/2005/Atom}title") for e in ElementTree.fromstring(about.content)]
    titles = [t for t in titles if t and t.startswith("added: ADOPTED")]
    assert titles and len(titles) < len(entries)  # only the facts about that initiative
    assert client.get("/changes", params={"about": "initiative:<script>"}).status_code == 404
    page = client.get("/entity/" + row["id"]).text  # a feed reader finds the feed from the page
    discovered = re.search(r'<link rel="alternate" type="application/atom\+xml"[^>]* href="([^"]+)"', page)
    assert discovered is not None
    assert client.get(html.unescape(discovered.group(1))).content == about.content


def test_each_entity_gets_the_pictures_that_say_something_about_it(client: TestClient) -> None:
    pictures = {
        "initiative:kl-play-sundhed-og-social": ("Diffusion of KL Play: Sundhed og Social", ["diffusion", "ego"]),
        "organization:kd-net": ("Membership", ["membership", "ego"]),
        "municipality:0370": ("Næstved (Municipality) and its neighbourhood", ["ego"]),
    }
    for node_id, (title, views) in pictures.items():
        first = client.get(f"/picture/{node_id}")
        assert first.status_code == 200 and f"<title>{html.escape(title)}" in first.text, node_id
        page = client.get(f"/entity/{node_id}").text
        offered = re.findall(r'href="/picture/[^"?]+\?view=(\w+)" target="picture"', page)
        assert offered == (views if len(views) > 1 else [])
        for view in views:
            assert client.get(f"/picture/{node_id}", params={"view": view}).status_code == 200
    assert client.get("/picture/municipality:0370", params={"view": "diffusion"}).status_code == 404
    assert client.get("/picture/municipality:0370", params={"view": "<script>"}).status_code == 404


def test_the_diffusion_picture_has_the_adopters_of_the_pack(client: TestClient, target: StoreTarget) -> None:
    store = open_store(target, read_only=True)
    try:
        adopters = {row["municipality"] for row in run_pack(store, "adopters", {"initiative": "KL Play"}).records()}
    finally:
        store.close()
    picture = client.get("/picture/initiative:kl-play-sundhed-og-social").text
    assert f"{len(adopters)} adopting municipalities" in picture
    for name in adopters:
        assert f'"label":"{name}\\n' in picture  # a node per adopter, labelled with its date


def test_an_entity_page_is_a_timeline(client: TestClient) -> None:
    page = client.get("/entity/municipality:0730").text  # Randers: adoptions and roles over two years
    table = page.split('<h2 id="timeline">', 1)[1]
    when = re.findall(r"<tr>\n<td>([^<]*)</td>", table)
    dated = [day for day in when if day]
    assert len(dated) >= 3 and len(set(dated)) >= 3
    assert dated == sorted(dated) and when[: len(dated)] == dated  # oldest first, the undated after

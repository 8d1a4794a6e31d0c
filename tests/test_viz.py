"""The HTML pages without a browser: safety of what is written, reduction, layout, views."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from store_graphs import loaded
from test_packs_sample_graph import build_sample_graph

from graphbuild.errors import UserError
from graphbuild.models import Graph, NodeRecord, RelRecord
from graphbuild.querypacks import run_pack
from graphbuild.store.base import GraphStore, StoreTarget
from graphbuild.vocab.ids import initiative_id
from graphbuild.vocab.matching import UnmatchedName
from graphbuild.vocab.schema import load_schema
from kommunegraf_viz import (
    render_diffusion,
    render_ego,
    render_membership,
    render_overview,
    render_query,
)
from kommunegraf_viz.layout import compute_layout
from kommunegraf_viz.page import page_html, script_json
from kommunegraf_viz.payload import degrees, node_name
from kommunegraf_viz.style import size_for_degree
from kommunegraf_viz.synthetic import synthetic_graph
from kommunegraf_viz.titles import query_title

EVIL_NAME = "<script>alert(1)</script>"
EVIL_ALIAS = '" onmouseover="alert(2)'
EVIL_QUOTE = "<img src=x onerror=alert(3)> </script><script>alert(4)</script>"


def page_data(path: Path) -> dict[str, Any]:
    html = path.read_text(encoding="utf-8")
    match = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', html, re.DOTALL)
    assert match, "the page carries its data"
    data: dict[str, Any] = json.loads(match.group(1))
    return data


class TagCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def tags_of(path: Path) -> list[tuple[str, dict[str, str | None]]]:
    collector = TagCollector()
    collector.feed(path.read_text(encoding="utf-8"))
    return collector.tags


def evil_graph() -> Graph:
    graph = build_sample_graph()
    kal = graph.nodes["municipality:0326"]
    props = {**kal.properties, "name": EVIL_NAME, "aliases": [EVIL_ALIAS]}
    graph.nodes[kal.id] = NodeRecord(id=kal.id, label=kal.label, properties=props)
    adopted = next(r for r in graph.rels.values() if r.type == "ADOPTED" and r.source == kal.id)
    graph.rels[adopted.id] = RelRecord(
        **{**adopted.model_dump(), "properties": {**adopted.properties, "quote": EVIL_QUOTE}}
    )
    return graph


@pytest.fixture(scope="module")
def sample() -> Graph:
    return build_sample_graph()


# --- safety ------------------------------------------------------------------------------------


def test_script_json_never_contains_markup() -> None:
    text = script_json({"a": EVIL_QUOTE, "b": "x & y > z", "c": "\u2028"})
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text) == {"a": EVIL_QUOTE, "b": "x & y > z", "c": "\u2028"}


def test_evil_names_and_quotes_stay_text(tmp_path: Path) -> None:
    out = tmp_path / "evil.html"
    render_overview(evil_graph(), out)
    html = out.read_text(encoding="utf-8")
    assert EVIL_NAME not in html
    assert "<img src=x" not in html
    tags = tags_of(out)
    scripts = [attrs for tag, attrs in tags if tag == "script"]
    assert len(scripts) == 3, "only the page's own data, vis-network and page script"
    assert not any(tag == "img" for tag, _ in tags)
    assert not any(name.startswith("on") for _, attrs in tags for name in attrs)
    data = page_data(out)
    tip = data["tips"]["nodes"]["municipality:0326"]
    assert tip["name"] == EVIL_NAME and tip["aliases"] == [EVIL_ALIAS]
    assert any(ev["quote"] == EVIL_QUOTE for ev in tip["evidence"])


def test_a_title_made_of_a_document_name_is_escaped(tmp_path: Path) -> None:
    """A query picture's title carries the name its parameter resolved to, which came from a document."""
    with loaded(StoreTarget(store_dir=tmp_path / "store"), evil_graph()) as store:
        picture = render_query(store, "decisions", {"municipality": "municipality:0326"}, tmp_path / "t.html")
    html = picture.report.path.read_text(encoding="utf-8")
    assert "<title>Decisions in &lt;script&gt;alert(1)&lt;/script&gt;</title>" in html
    assert EVIL_NAME not in html


def test_page_is_self_contained(tmp_path: Path, sample: Graph) -> None:
    out = tmp_path / "o.html"
    render_overview(sample, out)
    for tag, attrs in tags_of(out):
        assert "src" not in attrs, f"<{tag}> loads {attrs['src']}"
        assert tag != "link", "stylesheets are inlined"
    html = out.read_text(encoding="utf-8")
    assert "vis.Network" in html and "default-src 'none'" in html
    assert not re.search(r"(src|href)\s*=\s*[\"']?\s*(https?:)?//", html)


def test_page_html_fills_every_placeholder() -> None:
    html = page_html({"title": "@@DATA@@", "nodes": [], "edges": []})
    assert "@@VIS_JS@@" not in html and "@@PAGE_JS@@" not in html
    assert html.count("@@DATA@@") == 2, "text from data is not expanded again (title and data)"


# --- reduction, layout, style ------------------------------------------------------------------


def test_overview_reduces_to_the_best_connected(tmp_path: Path) -> None:
    graph = synthetic_graph(900)
    report = render_overview(graph, tmp_path / "r.html", max_nodes=300, documents=True)
    assert report.reduced and report.node_count == 300
    assert "300" in report.note and "900" in report.note
    data = page_data(report.path)
    assert data["note"] == report.note
    kept = {n["id"] for n in data["nodes"]}
    assert len(kept) == 300 and len(data["edges"]) == report.edge_count
    degree = degrees(graph)
    assert min(degree[n] for n in kept) >= max(degree[n] for n in graph.nodes if n not in kept)
    assert all(e["from"] in kept and e["to"] in kept for e in data["edges"])


def test_small_graph_is_drawn_whole(tmp_path: Path, sample: Graph) -> None:
    report = render_overview(sample, tmp_path / "s.html", documents=True)
    assert not report.reduced and report.note == ""
    assert (report.node_count, report.edge_count) == (len(sample.nodes), len(sample.rels))


def test_layout_places_every_node_apart_and_is_deterministic() -> None:
    graph = synthetic_graph(600)
    edges = [(r.source, r.target) for r in graph.rels.values()]
    first = compute_layout(list(graph.nodes), edges)
    assert first == compute_layout(list(graph.nodes), edges)
    assert set(first) == set(graph.nodes)
    assert len(set(first.values())) == len(first), "no two nodes on the same spot"


def test_legend_and_node_styles_come_from_the_schema(tmp_path: Path, sample: Graph) -> None:
    data = page_data(render_overview(sample, tmp_path / "l.html", documents=True).path)
    schema = load_schema()
    present = {n.label for n in sample.nodes.values()}
    assert {e["type"] for e in data["legend"]} == present
    for entry in data["legend"]:
        assert entry["colour"] == schema.nodes[entry["type"]].colour
        assert entry["shape"] == schema.nodes[entry["type"]].shape
    for node in data["nodes"]:
        assert node["color"] == schema.nodes[node["t"]].colour


def test_size_grows_with_degree() -> None:
    sizes = [size_for_degree(d) for d in (0, 1, 5, 50, 500, 50_000)]
    assert sizes == sorted(sizes) and sizes[0] < sizes[-1]


def test_tooltips_carry_type_aliases_and_evidence(tmp_path: Path, sample: Graph) -> None:
    data = page_data(render_overview(sample, tmp_path / "e.html").path)
    tip = data["tips"]["nodes"]["municipality:0326"]
    assert tip["kind"] == "Municipality" and "Kalundborg Kommune" in tip["aliases"]
    adopted = [ev for ev in tip["evidence"] if "ADOPTED" in ev["rel"]]
    assert adopted and adopted[0]["doc"] == "000_8645d4613d7ff620.txt" and adopted[0]["item"] == "1"
    assert "tilmelde sig" in adopted[0]["quote"]
    rel_tips = [t for t in data["tips"]["edges"].values() if t["kind"] == "ADOPTED"]
    assert all(t["evidence"][0]["quote"] for t in rel_tips)


# --- views -------------------------------------------------------------------------------------


def test_ego_by_alias_any_case(tmp_path: Path, sample: Graph) -> None:
    report = render_ego(sample, "kalundborg KOMMUNE", tmp_path / "ego.html", depth=1)
    data = page_data(report.path)
    ids = {n["id"] for n in data["nodes"]}
    neighbours = {r.target for r in sample.rels.values() if r.source == "municipality:0326"}
    neighbours |= {r.source for r in sample.rels.values() if r.target == "municipality:0326"}
    assert ids == neighbours | {"municipality:0326"}
    centre = next(n for n in data["nodes"] if n["id"] == "municipality:0326")
    assert centre.get("borderWidth") == 4
    only = render_ego(sample, "municipality:0326", tmp_path / "ego0.html", depth=0)
    assert only.node_count == 1 and only.edge_count == 0


def test_large_ego_keeps_the_nearest(tmp_path: Path) -> None:
    graph = synthetic_graph(3000)
    report = render_ego(graph, "Kommune 0", tmp_path / "big.html", depth=3, max_nodes=200)
    assert report.reduced and report.node_count == 200 and "nearest" in report.note
    ids = {n["id"] for n in page_data(report.path)["nodes"]}
    direct = {r.target for r in graph.rels.values() if r.source == "municipality:0000"}
    direct |= {r.source for r in graph.rels.values() if r.target == "municipality:0000"}
    assert "municipality:0000" in ids and direct <= ids


def test_ego_takes_a_typo_to_the_closest_name(tmp_path: Path, sample: Graph) -> None:
    report = render_ego(sample, "Kalundborgg", tmp_path / "typo.html", depth=0)
    assert [n["id"] for n in page_data(report.path)["nodes"]] == ["municipality:0326"]


def test_ego_unknown_entity_suggests_close_names(tmp_path: Path, sample: Graph) -> None:
    with pytest.raises(UnmatchedName, match=r"no entity named 'Kolumborg'; closest: Kalundborg \("):
        render_ego(sample, "Kolumborg", tmp_path / "x.html")
    with pytest.raises(UnmatchedName, match=r"Lars Møller.*Poul Møller"):
        render_ego(sample, "Møller", tmp_path / "x.html")
    with pytest.raises(UserError):
        render_ego(sample, "Kalundborg", tmp_path / "x.html", depth=-1)


def test_diffusion_orders_municipalities_by_adoption_date(
    tmp_path: Path, sample: Graph, ladybug_store: GraphStore
) -> None:
    report = render_diffusion(ladybug_store, "kl play", tmp_path / "d.html")
    data = page_data(report.path)
    munis = [n for n in data["nodes"] if n["t"] == "Municipality"]
    assert [n["id"] for n in sorted(munis, key=lambda n: n["x"])] == [
        "municipality:0326",
        "municipality:0165",
    ]
    assert data["axis"] and all("2021" in t["text"] for t in data["axis"])
    kal = data["tips"]["nodes"]["municipality:0326"]
    assert ["adopted", "2021-02-22 (on)"] in kal["facts"]
    assert ["recorded by", sample.nodes["meeting:aaaa000000000001"].properties["body"]] in kal["facts"]
    evidence = next(ev for ev in kal["evidence"] if "ADOPTED" in ev["rel"])
    meeting = sample.nodes["meeting:aaaa000000000001"]
    assert evidence["body"] == meeting.properties["body"] and evidence["date"] == "2021-02-22"
    assert {e["r"] for e in data["edges"]} == {"ADOPTED"}


def test_diffusion_places_each_adopter_by_the_municipality_id_the_pack_returns(tmp_path: Path) -> None:
    """An adoption recorded at a KKR's meeting is the municipality's, not the KKR's; a body named like
    a municipality (a town's own "Holbæk" association) is not drawn as the adopter."""
    from graphbuild.graph_builder import GraphBuilder

    g = GraphBuilder()
    holbaek = g.municipality("0316", "Holbæk")
    roskilde = g.municipality("0265", "Roskilde")
    namesake = g.organization("Holbæk", kind="association")  # same name as the municipality
    kkr = g.organization("KKR Sjælland", kind="network")
    play = g.initiative("KL Play")
    g.meeting("bbbb000000000001", kkr, "2022-03-01T10:00:00+01:00", file="kkr-2022-03-01.txt")
    g.meeting("bbbb000000000002", namesake, "2022-05-01T10:00:00+02:00", file="forening.txt")
    g.rel("ADOPTED", holbaek, play, "bbbb000000000001", "4", "Holbæk Kommune tilslutter sig KL Play", date="2022-03-01",
          date_is="on")  # fmt: skip
    g.rel("ADOPTED", roskilde, play, "bbbb000000000002", "2", "Roskilde er med i KL Play", date="2022-05-01",
          date_is="on")  # fmt: skip
    with loaded(StoreTarget(store_dir=tmp_path / "store"), g.graph) as store:
        rows = run_pack(store, "adopters", {"initiative": "KL Play"}).records()
        data = page_data(render_diffusion(store, "KL Play", tmp_path / "d.html").path)
    assert [(r["municipality"], r["municipality_id"], r["body"]) for r in rows] == [
        ("Holbæk", holbaek, "KKR Sjælland"),
        ("Roskilde", roskilde, "Holbæk"),
    ]
    drawn = sorted((n for n in data["nodes"] if n["t"] != "Initiative"), key=lambda n: n["x"])
    assert [n["id"] for n in drawn] == [holbaek, roskilde], "the adopters by id; never the namesake body"
    assert ["recorded by", "KKR Sjælland"] in data["tips"]["nodes"][holbaek]["facts"]
    assert not any(fact[0] == "by" for n in drawn for fact in data["tips"]["nodes"][n["id"]]["facts"])


def test_diffusion_x_follows_dates_at_scale(tmp_path: Path) -> None:
    graph = synthetic_graph(2000)
    with loaded(StoreTarget(store_dir=tmp_path / "store"), graph) as store:
        report = render_diffusion(store, "Initiativ 0", tmp_path / "d.html")
    data = page_data(report.path)
    dated = sorted(
        (n["x"], str(r.properties["date"]))
        for n in data["nodes"]
        for r in graph.rels.values()
        if r.type == "ADOPTED" and r.source == n["id"] and r.target == initiative_id("Initiativ 0")
    )
    assert len(dated) >= 10
    assert [d for _, d in dated] == sorted(d for _, d in dated)


def test_diffusion_wants_an_initiative(tmp_path: Path, ladybug_store: GraphStore) -> None:
    with pytest.raises(UserError, match="no initiative named 'Kalundborg'; closest: "):
        render_diffusion(ladybug_store, "Kalundborg", tmp_path / "d.html")


@pytest.mark.parametrize("typed", ["KL Plai", "KL Play", "kl play: sundhed- og social", "Sundhed og Social"])
def test_diffusion_draws_the_adopters_pack_rows(tmp_path: Path, ladybug_store: GraphStore, typed: str) -> None:
    """The picture takes the adopters pack's answer: whatever name the pack answers, it draws."""
    rows = run_pack(ladybug_store, "adopters", {"initiative": typed}).records()
    assert rows
    data = page_data(render_diffusion(ladybug_store, typed, tmp_path / "d.html").path)
    munis = sorted((n for n in data["nodes"] if n["t"] == "Municipality"), key=lambda n: n["x"])
    assert [data["tips"]["nodes"][n["id"]]["name"] for n in munis] == list(
        dict.fromkeys(r["municipality"] for r in rows)
    )
    for node in munis:
        row = next(r for r in rows if r["municipality"] == data["tips"]["nodes"][node["id"]]["name"])
        assert ["adopted", f"{row['date']} ({row['date_is']})"] in data["tips"]["nodes"][node["id"]]["facts"]
    assert {n["t"] for n in data["nodes"]} == {"Municipality", "Initiative"}


def test_membership_shows_only_networks_and_bodies(tmp_path: Path, sample: Graph) -> None:
    data = page_data(render_membership(sample, tmp_path / "m.html").path)
    assert data["edges"] and {e["r"] for e in data["edges"]} <= {"MEMBER_OF", "PART_OF"}
    assert {n["t"] for n in data["nodes"]} <= {"Municipality", "Organization"}
    expected = sum(1 for r in sample.rels.values() if r.type in {"MEMBER_OF", "PART_OF"})
    assert len(data["edges"]) == expected


def test_unwritable_output_is_a_user_error(tmp_path: Path, sample: Graph) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(UserError, match="cannot write"):
        render_overview(sample, blocker / "page.html")


def test_chromium_launch_arguments_live_in_one_place() -> None:
    """Tests and benchmarks start Chromium through kommunegraf_viz.browser, not with their own copy."""
    from kommunegraf_viz.browser import CHROMIUM_ARGS

    flag = "--no-sandbox"
    assert "--headless" in CHROMIUM_ARGS and flag in CHROMIUM_ARGS
    repo = Path(__file__).resolve().parent.parent
    copies = [
        path.relative_to(repo).as_posix()
        for folder in ("tests", "benchmarks", "scripts", "viz", "graphbuild")
        for path in (repo / folder).rglob("*.py")
        if f'"{flag}"' in path.read_text(encoding="utf-8") and path != Path(__file__).resolve()
    ]
    assert copies == ["viz/browser.py"]


def test_overview_shows_entities_linked_through_their_meetings(tmp_path: Path, sample: Graph) -> None:
    report = render_overview(sample, tmp_path / "o.html")
    data = page_data(report.path)
    types = {n["t"] for n in data["nodes"]}
    assert types and not types & {"Document", "Meeting", "AgendaItem"}
    assert "left out" in data["title"] and report.edge_count == len(data["edges"])
    body_of = {r.source: r.target for r in sample.rels.values() if r.type == "OF"}
    meeting_of = {r.target: r.source for r in sample.rels.values() if r.type == "HAS_ITEM"}
    expected = {
        (r.target, body_of[meeting_of[r.source]])
        for r in sample.rels.values()
        if r.type in {"MENTIONS", "CONCERNS", "CITES"}
        and meeting_of.get(r.source) in body_of
        and r.target != body_of[meeting_of[r.source]]
    }
    derived = {(e["from"], e["to"]) for e in data["edges"] if e["r"] == "on the agenda of"}
    assert expected and derived == expected
    assert all(e.get("dashes") for e in data["edges"] if e["r"] == "on the agenda of")
    tip = next(t for i, t in data["tips"]["edges"].items() if i.startswith("derived:on the agenda"))
    assert tip["kind"] == "on the agenda of" and tip["facts"][0][0] == "agenda items"
    # named on screen: the most central first, by the links drawn
    drawn_degree: dict[str, int] = {}
    for edge in data["edges"]:
        for end in (edge["from"], edge["to"]):
            drawn_degree[end] = drawn_degree.get(end, 0) + 1
    ranks = [drawn_degree.get(n, 0) for n in data["headlines"]]
    assert ranks == sorted(ranks, reverse=True) and ranks[0] == max(drawn_degree.values())
    assert all("label" not in n for n in data["nodes"]), "the overview names nodes through its headlines"
    everything = page_data(render_overview(sample, tmp_path / "d.html", documents=True).path)
    assert {"Document", "AgendaItem"} <= {n["t"] for n in everything["nodes"]}


class PartsOnly:
    """A store that answers the packs and the part reads, and fails a test that reads it whole."""

    def __init__(self, store: GraphStore) -> None:
        self.store = store
        self.engine = store.engine
        self.read_ids: set[str] = set()

    def query(self, cypher: str, params: Any = None, *, timeout_s: float | None = None) -> list[dict[str, Any]]:
        return self.store.query(cypher, params, timeout_s=timeout_s)

    def explain_is_read_only(self, cypher: str) -> bool:
        return self.store.explain_is_read_only(cypher)

    def read_among(self, ids: Any) -> Graph:
        ids = set(ids)
        self.read_ids |= ids
        return self.store.read_among(ids)

    def read_rel_types(self, rel_types: Any) -> Graph:
        return self.store.read_rel_types(rel_types)

    def ids_named(self, names: Any) -> set[str]:
        return self.store.ids_named(names)

    def read_graph(self) -> Graph:
        raise AssertionError("a picture read the whole store")


def test_diffusion_reads_only_its_part_of_the_store(tmp_path: Path, ladybug_store: GraphStore) -> None:
    spy = PartsOnly(ladybug_store)
    data = page_data(render_diffusion(spy, "KL Play", tmp_path / "d.html").path)
    whole = ladybug_store.read_graph()
    read = {n for n in spy.read_ids if n in whole.nodes}
    drawn = {n["id"] for n in data["nodes"]}
    assert drawn <= read and len(read) < len(whole.nodes)
    assert {whole.nodes[n].label for n in read - drawn} <= {"Document", "Meeting"}, "only the evidence besides"
    evidence = [ev for tip in data["tips"]["nodes"].values() for ev in tip["evidence"]]
    assert evidence and all(ev.get("date") for ev in evidence), "the tooltips still say when the body met"


def test_query_picture_has_a_human_title_and_no_unlinked_nodes(tmp_path: Path, ladybug_store: GraphStore) -> None:
    spy = PartsOnly(ladybug_store)
    picture = render_query(spy, "adopters", {"initiative": "KL Plai"}, tmp_path / "q.html")
    data = page_data(picture.report.path)
    assert data["title"] == "Adopters of KL Play: Sundhed og Social"
    linked = {end for e in data["edges"] for end in (e["from"], e["to"])}
    assert data["nodes"] and {n["id"] for n in data["nodes"]} == linked
    assert "Document" not in {n["t"] for n in data["nodes"]}
    names = {data["tips"]["nodes"][n["id"]]["name"] for n in data["nodes"]}
    assert {str(r["municipality"]) for r in picture.result.records()} <= names
    whole = ladybug_store.read_graph()
    assert len({n for n in spy.read_ids if n in whole.nodes}) < len(whole.nodes)


def test_query_title_names_what_the_template_leaves_out(ladybug_store: GraphStore) -> None:
    result = run_pack(ladybug_store, "decisions", {"municipality": "Kalundborg", "since": "2020"})
    title = query_title("decisions", {"municipality": "Kalundborg", "since": "2020"}, result)
    assert title == "Decisions in Kalundborg (since: 2020)"


def test_query_picture_links_an_entity_only_its_row_links(tmp_path: Path, sample: Graph) -> None:
    with loaded(StoreTarget(store_dir=tmp_path / "store"), sample) as store:
        rows = run_pack(store, "adopters", {"initiative": "KL Play"}).records()
        picture = render_query(store, "adopters", {"initiative": "KL Play"}, tmp_path / "q.html")
    data = page_data(picture.report.path)
    row_links = [e for e in data["edges"] if e["id"].startswith("row:")]
    for edge in row_links:
        assert edge["r"] in picture.result.columns and edge.get("dashes")
        tip = data["tips"]["edges"][edge["id"]]
        assert ["from the answer's column", edge["r"]] in tip["facts"]
    bodies = {str(r["body"]) for r in rows if r["body"]}
    drawn = {data["tips"]["nodes"][n["id"]]["name"] for n in data["nodes"]}
    assert all(
        b in drawn or b in picture.report.note for b in bodies if b in {node_name(n) for n in sample.nodes.values()}
    )


def test_overview_draws_a_cases_handling_by_another_body(tmp_path: Path) -> None:
    """HANDLED_BY (an item's Sagsforløb: its case handled by a body on a day) with the items left
    out: the case the item concerns linked to the body that handled it, or, for an item that names
    no case, the body whose meeting had the item; the days listed, text from documents escaped."""
    from graphbuild.graph_builder import GraphBuilder

    g = GraphBuilder()
    doc = "0123456789abcdef"
    committee = g.organization("Sundhedsudvalget", kind="municipality body")
    council = g.organization(f"Kommunalbestyrelsen {EVIL_NAME}", kind="municipality body")
    g.meeting(doc, committee, "2012-12-04T16:00", file="sundhed.xml")
    with_case, without_case = g.item(doc, "3", "Kvalitetsstandarder"), g.item(doc, "4", "Budget")
    case = g.case("2012-31114")
    g.rel("CONCERNS", with_case, case, doc, "3")
    for day, quote in (("2012-12-17", "KB den 17. december 2012"), ("2012-01-30", "KB den 30. januar 2012")):
        g.rel("HANDLED_BY", with_case, council, doc, "3", quote, date=day, item_number=None)
    g.rel("HANDLED_BY", without_case, council, doc, "4", "KB den 7. januar 2013", date="2013-01-07", item_number="5")
    g.rel("HANDLED_BY", without_case, committee, doc, "4", "SU den 4. december 2012", date="2012-12-04")
    path = render_overview(g.graph, tmp_path / "o.html").path
    data = page_data(path)
    handled = {(e["from"], e["to"], e["r"]) for e in data["edges"] if "handled" in e["r"]}
    assert handled == {(case, council, "handled by"), (committee, council, "case also handled by")}
    assert all(e.get("dashes") for e in data["edges"] if "handled" in e["r"])
    tips = {t["kind"]: dict(t["facts"]) for t in data["tips"]["edges"].values() if "handled" in t["kind"]}
    assert tips["handled by"]["days"] == "2012-01-30, 2012-12-17"  # earliest first
    assert tips["case also handled by"] == {
        "days": "2013-01-07",
        "agenda items": "1",
        "drawn for": "the agenda items whose Sagsforløb names the body, left out of the picture",
    }  # the committee's own handling of item 4 is no link to itself
    tip = next(t for t in data["tips"]["edges"].values() if t["kind"] == "case also handled by")
    assert EVIL_NAME in tip["name"]  # the name as the document gives it, in the data ...
    assert EVIL_NAME not in path.read_text(encoding="utf-8")  # ... never as markup in the page

"""Pictures that read at a glance, measured in headless Chromium on the seeds + the examples.

Label boxes are measured in the page: the test draws the picture at scale 1 in a viewport large
enough to hold all of it, so vis-network computes every node's label where it draws it
(``labelModule.size``), and adds the boxes the page itself draws (edge labels, the time axis).
Screenshots are kept under test-output/ (git-ignored) for a reader to look at.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from fixtures_browser import LoadedPage
from store_graphs import loaded

from graphbuild.extract import extract_facts
from graphbuild.models import Graph
from graphbuild.pack_names import resolve_name
from graphbuild.parse import parse_meeting
from graphbuild.querypacks import run_pack
from graphbuild.resolve import resolve
from graphbuild.sources import read_source
from graphbuild.sources.paths import collect_paths
from graphbuild.store.base import GraphStore, StoreTarget
from kommunegraf_viz import render_diffusion, render_ego, render_membership, render_overview, render_query
from kommunegraf_viz.lookup import ENTITY_TYPES
from kommunegraf_viz.payload import rel_words
from kommunegraf_viz.synthetic import synthetic_graph
from kommunegraf_viz.views import read_membership

pytestmark = [pytest.mark.browser, pytest.mark.seeds]
Loader = Callable[[Path], LoadedPage]
FONT_PX = 12  # the pages' label font
FITS_READABLY = 60  # nodes a first view must name legibly
TOLERANCE = 0.5  # pixels two boxes may share (antialiasing of the measurement, not of the picture)

# vis-network's own record of where it drew each node and its label, at scale 1 with every node in
# view; plus the boxes the page draws itself
MEASURE = """() => {
    const net = window.kgNetwork;
    const out = {nodes: [], edgeLabels: window.kgEdgeLabelBoxes || [], axis: window.kgAxisBoxes || []};
    for (const id of net.body.nodeIndices) {
        const node = net.body.nodes[id];
        const size = node.labelModule.size;
        out.nodes.push({
            id: id,
            label: node.options.label || null,
            drawn: node.options.label ? node.labelModule.visible() : false,
            labelBox: node.options.label ? {l: size.left, t: size.top, r: size.left + size.width,
                                            b: size.top + size.height} : null,
            shapeBox: {l: node.shape.left, t: node.shape.top, r: node.shape.left + node.shape.width,
                       b: node.shape.top + node.shape.height},
        });
    }
    return out;
}"""

EXTENT = """() => {
    const pos = Object.values(window.kgNetwork.getPositions());
    const xs = pos.map(p => p.x), ys = pos.map(p => p.y);
    return {minX: Math.min(...xs), maxX: Math.max(...xs), minY: Math.min(...ys), maxY: Math.max(...ys)};
}"""


@pytest.fixture(scope="module")
def corpus_graph(seeds_dir: Path, examples_dir: Path) -> Graph:
    paths, errors = collect_paths([seeds_dir, examples_dir])
    assert not errors
    return resolve([extract_facts(parse_meeting(read_source(p))) for p in paths])


@pytest.fixture(scope="module")
def corpus_store(tmp_path_factory: pytest.TempPathFactory, corpus_graph: Graph) -> Iterator[GraphStore]:
    with loaded(StoreTarget(store_dir=tmp_path_factory.mktemp("readable") / "store"), corpus_graph) as store:
        yield store


def measure(loaded: LoadedPage) -> dict[str, Any]:
    """Every label box of the picture, drawn at scale 1 with all of it in view."""
    page = loaded.page
    extent = page.evaluate(EXTENT)
    width = min(8000, int(extent["maxX"] - extent["minX"]) + 800)
    height = min(8000, int(extent["maxY"] - extent["minY"]) + 800)
    page.set_viewport_size({"width": max(width, 1280), "height": max(height, 800) + 200})
    page.evaluate(
        """(e) => {
        const net = window.kgNetwork;
        net.setSize(window.innerWidth + 'px', (window.innerHeight - 200) + 'px');
        net.moveTo({position: {x: (e.minX + e.maxX) / 2, y: (e.minY + e.maxY) / 2}, scale: 1, animation: false});
        net.redraw();
    }""",
        extent,
    )
    result: dict[str, Any] = page.evaluate(MEASURE)
    return result


def _overlap(a: dict[str, float], b: dict[str, float]) -> bool:
    return (
        a["l"] < b["r"] - TOLERANCE
        and b["l"] < a["r"] - TOLERANCE
        and a["t"] < b["b"] - TOLERANCE
        and b["t"] < a["b"] - TOLERANCE
    )


def collisions(boxes: dict[str, Any]) -> list[str]:
    """Every pair of labels that overlap, and every label over another node's shape."""
    labels = [(f"node {n['id']} {n['label']!r}", n["labelBox"]) for n in boxes["nodes"] if n["labelBox"]]
    labels += [(f"edge label {e['text']!r}", e["box"]) for e in boxes["edgeLabels"]]
    labels += [(f"axis date {a['text']!r}", a["box"]) for a in boxes["axis"]]
    found = [
        f"{name_a} overlaps {name_b}"
        for i, (name_a, a) in enumerate(labels)
        for name_b, b in labels[i + 1 :]
        if _overlap(a, b)
    ]
    for node in boxes["nodes"]:
        for name, box in labels:
            if not name.startswith(f"node {node['id']} ") and _overlap(node["shapeBox"], box):
                found.append(f"{name} lies on node {node['id']}")
    return found


def check_readable(loaded: LoadedPage, shot: str) -> dict[str, Any]:
    assert loaded.console_errors == [] and loaded.page_errors == [] and loaded.external_requests == []
    loaded.screenshot(shot)
    # as first opened (fitted to 1280×800), the names of a picture of up to 60 nodes are drawn at
    # 6 px or more (vis-network leaves out labels under 5 px)
    scale, count = loaded.page.evaluate("[window.kgNetwork.getScale(), window.kgNetwork.body.nodeIndices.length]")
    if count <= FITS_READABLY:
        assert FONT_PX * scale >= 6, f"names drawn at {FONT_PX * scale:.1f} px"
    boxes = measure(loaded)
    assert collisions(boxes) == []
    not_drawn = [n["label"] for n in boxes["nodes"] if n["label"] and not n["drawn"]]
    assert not_drawn == [], "every node keeps its label"
    return boxes


@pytest.mark.parametrize("initiative", ["KL Play", "Sociolancen"])
def test_diffusion_labels_axis_and_marks(
    tmp_path: Path, load_page: Loader, corpus_store: GraphStore, initiative: str
) -> None:
    report = render_diffusion(corpus_store, initiative, tmp_path / "diffusion.html")
    loaded = load_page(report.path)
    page = loaded.page
    first: dict[str, str] = {}  # each municipality's earliest adoption, as the pack orders them
    for row in run_pack(corpus_store, "adopters", {"initiative": initiative}).records():
        first.setdefault(row["municipality"], row["date_is"])
    by_then = {name for name, date_is in first.items() if date_is == "on or before"}
    hollow = page.evaluate(
        """() => Object.values(window.kgNetwork.body.nodes)
            .filter(n => n.options.shapeProperties && Array.isArray(n.options.shapeProperties.borderDashes))
            .map(n => n.options.label.split('\\n')[0])"""
    )
    assert set(hollow) == by_then
    marks = page.inner_text("#kg-marks")
    assert ("on or before" in marks) == bool(by_then) and page.is_visible("#kg-marks")
    boxes = check_readable(loaded, f"readable-diffusion-{initiative.replace(' ', '-')}.png")
    axis = [a["text"] for a in boxes["axis"]]
    dates = sorted(n["label"].split("\n")[1].removeprefix("by ") for n in boxes["nodes"] if "\n" in (n["label"] or ""))
    assert axis[0] == dates[0] and axis[-1] == dates[-1], "the first and last dates are always on the axis"


def test_kl_play_axis_dates_close_together_are_thinned(
    tmp_path: Path, load_page: Loader, corpus_store: GraphStore
) -> None:
    report = render_diffusion(corpus_store, "KL Play", tmp_path / "diffusion.html")
    loaded = load_page(report.path)
    ticks = loaded.page.evaluate("window.kgAxisBoxes.length")
    dates = len({row["date"] for row in run_pack(corpus_store, "adopters", {"initiative": "KL Play"}).records()})
    # four adoptions within four months of 2021 sit closer than a date is wide
    assert 2 <= ticks < dates


@pytest.mark.parametrize(
    ("entity", "depth"),
    [
        ("Kalundborg", 1),
        ("KD-Net", 1),
        ("KD-Net", 2),
        ("KL Play", 1),
        ("Birgitte Lauridsen", 1),
        ("Serviceloven § 85", 1),
    ],
)
def test_ego_labels_never_overlap_and_edges_are_named(
    tmp_path: Path, load_page: Loader, corpus_store: GraphStore, entity: str, depth: int
) -> None:
    centre = resolve_name(corpus_store, entity, ENTITY_TYPES).candidate.id
    around = corpus_store.read_neighbourhood(centre, depth)
    report = render_ego(around, centre, tmp_path / "ego.html", depth=depth)
    loaded = load_page(report.path)
    boxes = check_readable(loaded, f"readable-ego-{entity.replace(' ', '-')}-{depth}.png")
    edge_labels = {frozenset(e["ends"]): e["text"] for e in boxes["edgeLabels"]}
    pairs = {frozenset((r.source, r.target)) for r in around.rels.values() if r.source != r.target}
    assert len(edge_labels) >= 0.6 * len(pairs), f"only {len(edge_labels)} of {len(pairs)} linked pairs are named"
    own = [r for r in around.rels.values() if centre in (r.source, r.target) and r.source != r.target]
    unnamed = [
        f"{rel_words(r)} {r.source}->{r.target}"
        for r in own
        if rel_words(r) not in edge_labels.get(frozenset((r.source, r.target)), "").split(" · ")
    ]
    assert len(unnamed) <= 0.1 * len(own), f"the centre's own relationships unnamed: {unnamed}"


def test_membership_labels_never_overlap(tmp_path: Path, load_page: Loader, corpus_store: GraphStore) -> None:
    report = render_membership(read_membership(corpus_store), tmp_path / "membership.html")
    assert report.node_count > 20
    check_readable(load_page(report.path), "readable-membership.png")


@pytest.mark.parametrize(
    ("pack", "params"),
    [("adopters", {"initiative": "KL Play"}), ("network-members", {"network": "KD-Net"}), ("moves", {})],
)
def test_query_pictures_read_at_a_glance(
    tmp_path: Path, load_page: Loader, corpus_store: GraphStore, pack: str, params: dict[str, str]
) -> None:
    picture = render_query(corpus_store, pack, params, tmp_path / "query.html")
    assert picture.report.node_count >= 2
    loaded = load_page(picture.report.path)
    boxes = check_readable(loaded, f"readable-query-{pack}.png")
    linked = loaded.page.evaluate(
        """() => { const net = window.kgNetwork, ends = new Set();
            for (const id of net.body.edgeIndices) {
                const e = net.body.edges[id];
                ends.add(e.fromId);
                ends.add(e.toId);
            }
            return [...ends]; }"""
    )
    assert {n["id"] for n in boxes["nodes"]} == set(linked), "no unlinked node"
    assert "[" not in loaded.page.inner_text("#kg-title")


def test_hovering_an_edge_names_its_relationship_and_role(
    tmp_path: Path, load_page: Loader, corpus_store: GraphStore
) -> None:
    centre = resolve_name(corpus_store, "Kalundborg", ["Municipality"]).candidate.id
    around = corpus_store.read_neighbourhood(centre, 1)
    role = next(r for r in around.rels.values() if r.type == "HOLDS_ROLE" and r.properties.get("role"))
    loaded = load_page(render_ego(around, centre, tmp_path / "ego.html").path)
    page = loaded.page
    point = page.evaluate(
        """(id) => {
        const net = window.kgNetwork, e = net.body.edges[id];
        const p = {x: e.from.x + (e.to.x - e.from.x) * 0.3, y: e.from.y + (e.to.y - e.from.y) * 0.3};
        const d = net.canvasToDOM(p), r = document.getElementById('kg-network').getBoundingClientRect();
        return {x: r.left + d.x, y: r.top + d.y};
    }""",
        role.id,
    )
    page.mouse.move(point["x"], point["y"])
    page.wait_for_selector("#kg-tip:not([hidden])", timeout=5000)
    assert f"HOLDS_ROLE ({role.properties['role']})" in page.inner_text("#kg-tip")


def _headline_overlaps(headlines: list[dict[str, Any]]) -> list[str]:
    return [
        f"{a['text']!r} overlaps {b['text']!r}"
        for i, a in enumerate(headlines)
        for b in headlines[i + 1 :]
        if _overlap(a["box"], b["box"])
    ]


def test_overview_names_its_most_central_entities(tmp_path: Path, load_page: Loader, corpus_graph: Graph) -> None:
    report = render_overview(corpus_graph, tmp_path / "overview.html")
    loaded = load_page(report.path)
    assert loaded.console_errors == [] and loaded.page_errors == [] and loaded.external_requests == []
    loaded.screenshot("readable-overview.png")
    page = loaded.page
    types = set(page.evaluate("window.kgNodes.get().map(n => n.t)"))
    assert types and not types & {"Document", "Meeting", "AgendaItem"}
    headlines = page.evaluate("window.kgHeadlines")
    assert len(headlines) >= 20 and _headline_overlaps(headlines) == []
    central = page.evaluate("JSON.parse(document.getElementById('kg-data').textContent).headlines[0]")
    assert headlines[0]["id"] == central, "the most central entity is named first"


@pytest.mark.slow
def test_overview_of_5000_nodes_still_names_central_nodes(tmp_path: Path, load_page: Loader) -> None:
    report = render_overview(synthetic_graph(5000), tmp_path / "large.html", documents=True)
    assert report.node_count == 5000
    loaded = load_page(report.path)
    loaded.screenshot("readable-overview-5000.png")
    headlines = loaded.page.evaluate("window.kgHeadlines")
    assert len(headlines) >= 10 and _headline_overlaps(headlines) == []

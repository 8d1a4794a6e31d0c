"""The pages in a real headless Chromium: they load offline, draw every node, stay safe."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from fixtures_browser import LoadedPage
from test_packs_sample_graph import build_sample_graph
from test_viz import EVIL_ALIAS, EVIL_NAME, EVIL_QUOTE, evil_graph

from graphbuild.store.base import GraphStore
from kommunegraf_viz import render_diffusion, render_overview
from kommunegraf_viz.synthetic import synthetic_graph

pytestmark = pytest.mark.browser
Loader = Callable[[Path], LoadedPage]


def assert_clean(loaded: LoadedPage) -> None:
    assert loaded.console_errors == []
    assert loaded.page_errors == []
    assert loaded.external_requests == []
    assert loaded.dialogs == []


def dataset_size(loaded: LoadedPage) -> Any:
    return loaded.page.evaluate("window.kgNetwork.body.data.nodes.length")


def test_overview_loads_offline_and_draws_every_node(tmp_path: Path, load_page: Loader) -> None:
    report = render_overview(build_sample_graph(), tmp_path / "overview.html")
    loaded = load_page(report.path)
    assert_clean(loaded)
    assert dataset_size(loaded) == report.node_count
    assert loaded.page.evaluate("window.kgNetwork.body.data.edges.length") == report.edge_count
    shot = loaded.screenshot("viz-overview.png")
    assert shot.stat().st_size > 10_000


def test_document_text_renders_as_text(tmp_path: Path, load_page: Loader) -> None:
    report = render_overview(evil_graph(), tmp_path / "evil.html")
    loaded = load_page(report.path)
    page = loaded.page
    # hover the node with the hostile name, as a reader would
    point = page.evaluate(
        """() => {
        const p = window.kgNetwork.getPositions(['municipality:0326'])['municipality:0326'];
        const d = window.kgNetwork.canvasToDOM(p);
        const r = document.getElementById('kg-network').getBoundingClientRect();
        return {x: r.left + d.x, y: r.top + d.y};
    }"""
    )
    page.mouse.move(point["x"], point["y"])
    page.wait_for_selector("#kg-tip:not([hidden])", timeout=5000)
    shown = page.inner_text("#kg-tip")
    assert EVIL_NAME in shown and EVIL_ALIAS in shown and EVIL_QUOTE in shown
    assert page.evaluate("document.querySelectorAll('script').length") == 3
    assert page.evaluate("document.querySelectorAll('img, [onmouseover], [onerror]').length") == 0
    assert page.evaluate("document.querySelectorAll('#kg-tip script, #kg-tip img').length") == 0
    loaded.screenshot("viz-escaped-tooltip.png")
    assert_clean(loaded)


@pytest.mark.slow
def test_large_graph_is_reduced_searchable_and_filterable(tmp_path: Path, load_page: Loader) -> None:
    report = render_overview(synthetic_graph(6000), tmp_path / "large.html", max_nodes=5000, documents=True)
    assert report.reduced
    loaded = load_page(report.path)
    assert_clean(loaded)
    page = loaded.page
    assert dataset_size(loaded) == 5000
    assert "Reduced" in page.inner_text("#kg-note") and page.is_visible("#kg-note")
    selected = page.evaluate("window.kgSearch('kommune 1')")
    assert selected and all(isinstance(s, str) for s in selected)
    page.uncheck("input[data-type='AgendaItem']")
    hidden = page.evaluate("window.kgNodes.get({filter: n => n.hidden}).length")
    agenda_items = page.evaluate("window.kgNodes.get({filter: n => n.t === 'AgendaItem'}).length")
    assert hidden == agenda_items > 0
    assert f"{5000 - hidden} of 5000" in page.inner_text("#kg-counts")
    loaded.screenshot("viz-large.png")


def test_diffusion_page_draws_its_axis(tmp_path: Path, load_page: Loader, ladybug_store: GraphStore) -> None:
    report = render_diffusion(ladybug_store, "KL Play", tmp_path / "diffusion.html")
    loaded = load_page(report.path)
    assert_clean(loaded)
    assert dataset_size(loaded) == report.node_count == 3
    loaded.screenshot("viz-diffusion.png")

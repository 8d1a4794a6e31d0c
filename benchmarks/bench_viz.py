"""How long a visualization takes to write, and to become usable in a browser.

    python benchmarks/bench_viz.py [--sizes 500 5000 20000] [--repeats 3] [--entities]

For each size a synthetic graph (kommunegraf_viz.synthetic) is drawn with ``render_overview``
(every node, as ``--documents`` does; ``--entities`` adds the default entity overview's rows):
generation time is the Python side (reduction, layout, payload, writing the file); page-ready time
is measured inside headless Chromium as performance.now() when vis-network has drawn the first
frame (navigation start to first drawing, physics off). Every size runs at the CLI's default
max_nodes (5,000); sizes above it are also drawn unreduced to show what the reduction saves.
Readability at the fitted view: how many of the most central nodes the page names on screen, and
how many pairs of those names overlap (the page places none over another, so 0 is expected).
``run_viz_benchmark`` is what benchmarks/run.py calls.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from kommunegraf_viz import render_overview
from kommunegraf_viz.browser import chromium_path, launch_chromium
from kommunegraf_viz.synthetic import synthetic_graph

DEFAULT_MAX_NODES = 5000


@dataclass(frozen=True)
class VizBench:
    graph_nodes: int
    graph_edges: int
    documents: bool  # every node drawn (True) or the entity overview (False)
    max_nodes: int
    shown_nodes: int
    shown_edges: int
    reduced: bool
    generation_s: float  # median
    page_ready_s: float | None  # median; None when no browser was available
    redraw_ms: float | None  # median full redraw after load
    html_mb: float
    named_at_fit: int | None  # central nodes named on screen at the fitted view
    name_overlaps: int | None  # pairs of those names that overlap


def measure_generation(graph: Any, out: Path, *, max_nodes: int, documents: bool = True) -> tuple[float, Any]:
    """Seconds for render_overview to write ``out``, and its report."""
    started = time.perf_counter()
    report = render_overview(graph, out, max_nodes=max_nodes, documents=documents)
    return time.perf_counter() - started, report


REDRAW_JS = """() => {
    const times = [];
    for (let i = 0; i < 5; i++) {
        const t = performance.now();
        window.kgNetwork.redraw();
        times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    return times[2];
}"""

NAMES_JS = """() => {
    const boxes = window.kgHeadlines.map(h => h.box);
    let overlaps = 0;
    for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
            const a = boxes[i], b = boxes[j];
            if (a.l < b.r && b.l < a.r && a.t < b.b && b.t < a.b) { overlaps++; }
        }
    }
    return [boxes.length, overlaps];
}"""


def measure_page_ready(browser: Any, page_file: Path, *, timeout_ms: int = 120_000) -> tuple[float, float, int, int]:
    """Seconds from navigation start to vis-network's first drawn frame, in a fresh page, the
    median milliseconds of a full redraw afterwards (what every pan or zoom costs), and the names
    on screen at the fitted view with how many of them overlap."""
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    try:
        page.goto(page_file.resolve().as_uri())
        # the page's CSP forbids eval, which wait_for_function needs while it polls
        page.wait_for_selector("body[data-ready='1']", state="attached", timeout=timeout_ms)
        ready = float(page.evaluate("window.kgReadyMs")) / 1000.0
        redraw = float(page.evaluate(REDRAW_JS))
        named, overlaps = page.evaluate(NAMES_JS)
        return ready, redraw, int(named), int(overlaps)
    finally:
        page.close()


def _bench_one(
    graph: Any, max_nodes: int, repeats: int, browser: Any | None, workdir: Path, *, documents: bool = True
) -> VizBench:
    out = workdir / f"overview-{len(graph.nodes)}-{max_nodes}-{documents}.html"
    generation: list[float] = []
    report: Any = None
    for _ in range(repeats):
        seconds, report = measure_generation(graph, out, max_nodes=max_nodes, documents=documents)
        generation.append(seconds)
    timings = [measure_page_ready(browser, out) for _ in range(repeats)] if browser else []
    ready = [t[0] for t in timings]
    redraw = [t[1] for t in timings]
    return VizBench(
        graph_nodes=len(graph.nodes),
        graph_edges=len(graph.rels),
        documents=documents,
        max_nodes=max_nodes,
        shown_nodes=report.node_count,
        shown_edges=report.edge_count,
        reduced=report.reduced,
        generation_s=round(statistics.median(generation), 3),
        page_ready_s=round(statistics.median(ready), 3) if ready else None,
        redraw_ms=round(statistics.median(redraw), 1) if redraw else None,
        html_mb=round(out.stat().st_size / 1e6, 2),
        named_at_fit=timings[-1][2] if timings else None,
        name_overlaps=timings[-1][3] if timings else None,
    )


def run_viz_benchmark(
    sizes: tuple[int, ...] = (500, 5000, 20000), *, repeats: int = 3, with_browser: bool = True, entities: bool = False
) -> list[VizBench]:
    results: list[VizBench] = []
    with tempfile.TemporaryDirectory() as tmp, _maybe_browser(with_browser) as browser:
        for size in sizes:
            graph = synthetic_graph(size)
            results.append(_bench_one(graph, DEFAULT_MAX_NODES, repeats, browser, Path(tmp)))
            if size > DEFAULT_MAX_NODES:
                results.append(_bench_one(graph, size, repeats, browser, Path(tmp)))
            if entities:
                results.append(_bench_one(graph, DEFAULT_MAX_NODES, repeats, browser, Path(tmp), documents=False))
    return results


class _maybe_browser:
    """Headless Chromium when asked for and installed; None otherwise."""

    def __init__(self, wanted: bool) -> None:
        self.executable = chromium_path() if wanted else None
        self._pw: Any = None
        self._browser: Any = None

    def __enter__(self) -> Any:
        if self.executable is None:
            return None
        from playwright.sync_api import sync_playwright

        self._pw = sync_playwright().start()
        self._browser = launch_chromium(self._pw, self.executable)
        return self._browser

    def __exit__(self, *exc: object) -> None:
        if self._browser is not None:
            self._browser.close()
        if self._pw is not None:
            self._pw.stop()


def markdown_table(results: list[VizBench]) -> str:
    lines = [
        "| graph nodes | graph edges | drawn | max_nodes | drawn nodes | drawn edges | reduced | generation (s) "
        "| page ready (s) | redraw (ms) | HTML (MB) | named at fit | name overlaps |",
        "|---:|---:|:---|---:|---:|---:|:---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in results:
        ready = f"{r.page_ready_s:.2f}" if r.page_ready_s is not None else "n/a"
        redraw = f"{r.redraw_ms:.0f}" if r.redraw_ms is not None else "n/a"
        named = str(r.named_at_fit) if r.named_at_fit is not None else "n/a"
        overlaps = str(r.name_overlaps) if r.name_overlaps is not None else "n/a"
        lines.append(
            f"| {r.graph_nodes:,} | {r.graph_edges:,} | {'every node' if r.documents else 'entities'} | "
            f"{r.max_nodes:,} | {r.shown_nodes:,} | {r.shown_edges:,} | {'yes' if r.reduced else 'no'} | "
            f"{r.generation_s:.2f} | {ready} | {redraw} | {r.html_mb:.1f} | {named} | {overlaps} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--sizes", type=int, nargs="+", default=[500, 5000, 20000])
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--no-browser", action="store_true")
    parser.add_argument("--entities", action="store_true", help="also draw the default entity overview")
    args = parser.parse_args(argv)
    results = run_viz_benchmark(
        tuple(args.sizes), repeats=args.repeats, with_browser=not args.no_browser, entities=args.entities
    )
    print(markdown_table(results))
    for r in results:
        print(asdict(r), file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""How long a visualization takes to write, and to become usable in a browser.

    python benchmarks/bench_viz.py [--sizes 500 5000 20000] [--repeats 3] [--markdown docs/benchmarks-viz.md]

For each size a synthetic graph (kommunegraf_viz.synthetic) is drawn with ``render_overview``:
generation time is the Python side (reduction, layout, payload, writing the file); page-ready time
is measured inside headless Chromium as performance.now() when vis-network has drawn the first
frame (navigation start to first drawing, physics off). Every size runs at the CLI's default
max_nodes (5,000); sizes above it are also drawn unreduced to show what the reduction saves.
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
    max_nodes: int
    shown_nodes: int
    shown_edges: int
    reduced: bool
    generation_s: float  # median
    page_ready_s: float | None  # median; None when no browser was available
    redraw_ms: float | None  # median full redraw after load
    html_mb: float


def measure_generation(graph: Any, out: Path, *, max_nodes: int) -> tuple[float, Any]:
    """Seconds for render_overview to write ``out``, and its report."""
    started = time.perf_counter()
    report = render_overview(graph, out, max_nodes=max_nodes)
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


def measure_page_ready(browser: Any, page_file: Path, *, timeout_ms: int = 120_000) -> tuple[float, float]:
    """Seconds from navigation start to vis-network's first drawn frame, in a fresh page, and the
    median milliseconds of a full redraw afterwards (what every pan or zoom costs)."""
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    try:
        page.goto(page_file.resolve().as_uri())
        page.wait_for_function("window.kgReady === true", timeout=timeout_ms)
        ready = float(page.evaluate("window.kgReadyMs")) / 1000.0
        return ready, float(page.evaluate(REDRAW_JS))
    finally:
        page.close()


def _bench_one(graph: Any, max_nodes: int, repeats: int, browser: Any | None, workdir: Path) -> VizBench:
    out = workdir / f"overview-{len(graph.nodes)}-{max_nodes}.html"
    generation: list[float] = []
    report: Any = None
    for _ in range(repeats):
        seconds, report = measure_generation(graph, out, max_nodes=max_nodes)
        generation.append(seconds)
    timings = [measure_page_ready(browser, out) for _ in range(repeats)] if browser else []
    ready = [t[0] for t in timings]
    redraw = [t[1] for t in timings]
    return VizBench(
        graph_nodes=len(graph.nodes),
        graph_edges=len(graph.rels),
        max_nodes=max_nodes,
        shown_nodes=report.node_count,
        shown_edges=report.edge_count,
        reduced=report.reduced,
        generation_s=round(statistics.median(generation), 3),
        page_ready_s=round(statistics.median(ready), 3) if ready else None,
        redraw_ms=round(statistics.median(redraw), 1) if redraw else None,
        html_mb=round(out.stat().st_size / 1e6, 2),
    )


def run_viz_benchmark(
    sizes: tuple[int, ...] = (500, 5000, 20000), *, repeats: int = 3, with_browser: bool = True
) -> list[VizBench]:
    results: list[VizBench] = []
    with tempfile.TemporaryDirectory() as tmp, _maybe_browser(with_browser) as browser:
        for size in sizes:
            graph = synthetic_graph(size)
            results.append(_bench_one(graph, DEFAULT_MAX_NODES, repeats, browser, Path(tmp)))
            if size > DEFAULT_MAX_NODES:
                results.append(_bench_one(graph, size, repeats, browser, Path(tmp)))
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
        "| graph nodes | graph edges | max_nodes | drawn nodes | drawn edges | reduced | generation (s) "
        "| page ready (s) | redraw (ms) | HTML (MB) |",
        "|---:|---:|---:|---:|---:|:---:|---:|---:|---:|---:|",
    ]
    for r in results:
        ready = f"{r.page_ready_s:.2f}" if r.page_ready_s is not None else "n/a"
        redraw = f"{r.redraw_ms:.0f}" if r.redraw_ms is not None else "n/a"
        lines.append(
            f"| {r.graph_nodes:,} | {r.graph_edges:,} | {r.max_nodes:,} | {r.shown_nodes:,} | "
            f"{r.shown_edges:,} | {'yes' if r.reduced else 'no'} | {r.generation_s:.2f} | {ready} | {redraw} | "
            f"{r.html_mb:.1f} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--sizes", type=int, nargs="+", default=[500, 5000, 20000])
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--no-browser", action="store_true")
    args = parser.parse_args(argv)
    results = run_viz_benchmark(tuple(args.sizes), repeats=args.repeats, with_browser=not args.no_browser)
    print(markdown_table(results))
    for r in results:
        print(asdict(r), file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

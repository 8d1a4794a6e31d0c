"""All benchmarks in one run on this machine; writes docs/benchmarks.md.

    python -m benchmarks.run [--quick] [--sizes 1000,10000,50000] [--out docs/benchmarks.md]

Measures, on corpora from benchmarks.generate (fixed seed): parse+extract MB/s on one core;
end-to-end `kommunegraf build DIR --store TMP` (the real CLI in a subprocess) wall time and peak
RSS of its whole process tree for each size; query-pack latency on the embedded store of the
10k build, every pack over parameter sets drawn from the generated truth (benchmarks.packs);
visualization generation (benchmarks.bench_viz); the Neo4j first (bulk) and incremental (batched
MERGE) loads against the naive one-MERGE-per-row baseline, then the 10k build's whole graph loaded
into Neo4j and the packs timed there (benchmarks.bench_store, on the test harness's Neo4j);
extraction accuracy against the generated truth (benchmarks.quality). Each row is compared with
its target and marked met / missed; where a target is missed, the slow stage is profiled with
pyinstrument and its top frames go into the report. ``--quick`` runs a reduced version of all of
it (100 and 300 documents, one build each, 3 parameter sets per pack, small store graphs), to be
run regularly; it should take under 5 minutes.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.metadata
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from benchmarks.generate import Truth, generate_corpus
from graphbuild.vocab import ids

REPO = Path(__file__).resolve().parent.parent
SEED = 7
TARGET_MB_S = 5.0  # issue 13 item 7: parse+extract at least 5 MB/s per core
TARGET_10K_SECONDS = 60.0  # issue 17 item 2: 10k documents end to end under 60 s on this 2-core machine
TARGET_10K_RSS_MB = 2048.0
TARGET_NEO4J_SPEEDUP = 20.0
TARGET_PACK_P95_MS = 20.0  # embedded, every pack, at 10k documents
TARGET_NEO4J_PACK_P95_MS = 50.0


# --- the machine and the versions ----------------------------------------------------------------


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _version(distribution: str) -> str:
    try:
        return importlib.metadata.version(distribution)
    except importlib.metadata.PackageNotFoundError:
        return "not installed"


def _git_commit() -> str:
    def git(*args: str) -> str:
        result = subprocess.run(["git", *args], cwd=REPO, capture_output=True, text=True, check=False)
        return result.stdout.strip()

    commit = git("rev-parse", "--short", "HEAD") or "unknown"
    return commit + (" (with uncommitted changes)" if git("status", "--porcelain", "--untracked-files=no") else "")


def machine() -> dict[str, str]:
    import psutil

    memory = psutil.virtual_memory().total / 2**30
    return {
        "CPU": _cpu_model(),
        "cores": f"{os.cpu_count()} logical, {psutil.cpu_count(logical=False)} physical",
        "RAM": f"{memory:.1f} GiB",
        "OS": f"{platform.system()} {platform.release()} ({platform.platform()})",
        "Python": platform.python_version(),
        "ladybug": _version("ladybug"),
        "neo4j (driver)": _version("neo4j"),
        "kommunegraf": _version("kommunegraf"),
        "git commit": _git_commit(),
        "load average at start": " ".join(f"{x:.2f}" for x in os.getloadavg()),
    }


# --- rows of the report ----------------------------------------------------------------------------


@dataclass
class Row:
    measure: str
    value: str
    target: str = ""
    met: bool | None = None  # None: no target, or not measured

    @property
    def verdict(self) -> str:
        return "" if self.met is None else ("met" if self.met else "**missed**")


@dataclass
class Report:
    rows: list[Row] = field(default_factory=list)
    sections: list[str] = field(default_factory=list)
    profiles: list[str] = field(default_factory=list)

    def add(self, row: Row) -> None:
        self.rows.append(row)
        print(f"  {row.measure}: {row.value} {row.verdict}", file=sys.stderr, flush=True)


def spread(samples: Sequence[float], digits: int = 2) -> str:
    """The median and, with more than one sample, the range: '2.31 (2.20–2.45, n=3)'."""
    median = statistics.median(samples)
    if len(samples) == 1:
        return f"{median:.{digits}f} (n=1)"
    return f"{median:.{digits}f} ({min(samples):.{digits}f}–{max(samples):.{digits}f}, n={len(samples)})"


# --- parse + extract per core, and accuracy ----------------------------------------------------------


@dataclass
class ExtractRun:
    megabytes: float
    read_s: float
    parse_extract_s: float
    facts: list[Any]


def run_extract(folder: Path, truth: Truth) -> ExtractRun:
    """sources, then parse + extract, every document in this one process (one core)."""
    from graphbuild.extract import extract_facts
    from graphbuild.parse import parse_meeting
    from graphbuild.sources import read_source

    started = time.perf_counter()
    sources = [read_source(folder / doc["file"]) for doc in truth.documents]
    read_s = time.perf_counter() - started
    started = time.perf_counter()
    facts = [extract_facts(parse_meeting(source)) for source in sources]
    parse_extract_s = time.perf_counter() - started
    megabytes = sum(len(s.text.encode("utf-8")) for s in sources) / 1e6
    return ExtractRun(megabytes, read_s, parse_extract_s, facts)


def measure_extract(folder: Path, truth: Truth, repeats: int, report: Report) -> ExtractRun:
    run_extract(folder, Truth(truth.seed, truth.documents[:20]))  # warm-up: regexes, gazetteers, imports
    runs = [run_extract(folder, truth) for _ in range(repeats)]
    rates = [r.megabytes / r.parse_extract_s for r in runs]
    reads = [r.megabytes / r.read_s for r in runs]
    docs = len(truth.documents)
    report.add(Row(f"read (sources), MB of text/s, one core, {docs} docs", spread(reads)))
    met = statistics.median(rates) >= TARGET_MB_S
    report.add(
        Row(
            f"parse+extract, MB/s per core, {docs} docs ({runs[0].megabytes:.1f} MB)",
            spread(rates),
            f"≥ {TARGET_MB_S:g}",
            met,
        )
    )
    if not met:
        report.profiles.append(profile_extract(folder, truth))
    return runs[-1]


def profile_extract(folder: Path, truth: Truth, limit: int = 300) -> str:
    from pyinstrument import Profiler

    from graphbuild.extract import extract_facts
    from graphbuild.parse import parse_meeting
    from graphbuild.sources import read_source

    sources = [read_source(folder / doc["file"]) for doc in truth.documents[:limit]]
    profiler = Profiler(interval=0.001)
    profiler.start()
    for source in sources:
        extract_facts(parse_meeting(source))
    profiler.stop()
    return f"### parse+extract ({len(sources)} documents, one process)\n\n```\n{_top(profiler.output_text())}\n```"


def _top(text: str, lines: int = 45) -> str:
    return "\n".join(line.rstrip() for line in text.splitlines()[:lines])


def measure_accuracy(truth: Truth, facts: list[Any], report: Report) -> None:
    from benchmarks.quality import expected_from_annotation, score_documents, table

    pairs = [(expected_from_annotation(doc), f) for doc, f in zip(truth.documents, facts, strict=True)]
    scores = score_documents(pairs, sample_outcomes=False)
    for name in ("ADOPTED", "HOLDS_ROLE", "ATTENDED", "MEMBER_OF", "CITES", "outcome"):
        score = scores[name]
        if score.recall is not None and score.precision is not None:
            report.add(Row(f"accuracy {name}: recall / precision", f"{score.recall:.1%} / {score.precision:.1%}"))
    report.sections.append(
        f"## Extraction accuracy against the generated truth ({len(truth.documents)} documents)\n\n"
        "sources → parse → extract on every generated document, scored with benchmarks.quality against "
        "truth.json (what the generator wrote into each text). A found fact the truth does not list counts "
        "against precision.\n\n" + table(scores)
    )


# --- end to end: the real CLI in a subprocess ---------------------------------------------------------


@dataclass
class BuildRun:
    seconds: float
    peak_rss_mb: float
    exit_code: int
    summary: dict[str, Any]


def _tree_rss(root: Any) -> int:
    import psutil

    total = 0
    for proc in [root, *root.children(recursive=True)]:
        with contextlib.suppress(psutil.NoSuchProcess, psutil.AccessDenied):
            total += proc.memory_info().rss
    return total


def run_build(corpus: Path, store: Path, *, extra: Sequence[str] = ()) -> BuildRun:
    """`kommunegraf build` as a user runs it; peak RSS is the largest sum over its process tree."""
    import psutil

    command = [sys.executable, "-m", "graphbuild.cli", "build", str(corpus), "--store", str(store), "--json"]
    command += ["--no-cache", *extra]
    started = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=REPO)
    handle = psutil.Process(proc.pid)
    peak = 0
    while proc.poll() is None:
        try:
            peak = max(peak, _tree_rss(handle))
        except psutil.NoSuchProcess:
            break
        time.sleep(0.05)
    stdout, stderr = proc.communicate()
    seconds = time.perf_counter() - started
    try:
        summary = json.loads(stdout)
    except json.JSONDecodeError:
        summary = {"error": (stderr or stdout).strip()[-500:]}
    return BuildRun(seconds, peak / 2**20, proc.returncode, summary)


def pack_size(sizes: Sequence[int]) -> int:
    """The packs run on the 10k build, or the largest build below it."""
    below = [s for s in sizes if s <= 10_000]
    return max(below) if below else min(sizes)


def measure_builds(
    corpora: dict[int, Path], repeats: dict[int, int], keep: int, work: Path, report: Report
) -> Path | None:
    """Build every corpus; returns the store of the ``keep``-document build (for the packs)."""
    kept: Path | None = None
    for size, corpus in sorted(corpora.items()):
        runs = []
        for attempt in range(repeats.get(size, 1)):
            store = work / f"store-{size}-{attempt}"
            runs.append(run_build(corpus, store))
            if size == keep and attempt == 0 and runs[-1].exit_code in (0, 2):
                kept = store
            else:
                shutil.rmtree(store, ignore_errors=True)
        failed = [r for r in runs if r.exit_code not in (0, 2)]
        if failed:
            report.add(Row(f"end to end, {size:,} docs", f"build failed: {failed[0].summary}", met=False))
            continue
        seconds = [r.seconds for r in runs]
        rss = [r.peak_rss_mb for r in runs]
        rate = [size / s for s in seconds]
        is_10k = size == 10_000
        report.add(
            Row(
                f"end to end (kommunegraf build), {size:,} docs: seconds",
                spread(seconds, 1),
                f"< {TARGET_10K_SECONDS:.0f} s" if is_10k else "",
                statistics.median(seconds) < TARGET_10K_SECONDS if is_10k else None,
            )
        )
        report.add(Row(f"end to end, {size:,} docs: documents/s", spread(rate, 1)))
        report.add(
            Row(
                f"end to end, {size:,} docs: peak RSS of the process tree, MB",
                spread(rss, 0),
                "< 2048 MB" if is_10k else "",
                statistics.median(rss) < TARGET_10K_RSS_MB if is_10k else None,
            )
        )
        counts = runs[0].summary.get("counts", {})
        report.sections.append(
            f"Build of {size:,} documents: {runs[0].summary.get('documents')} read, "
            f"{len(runs[0].summary.get('failures', []))} failed; "
            f"{sum(v for k, v in counts.items() if not k.isupper()):,} nodes, "
            f"{sum(v for k, v in counts.items() if k.isupper()):,} relationships."
        )
        if is_10k and statistics.median(seconds) >= TARGET_10K_SECONDS:
            report.profiles.append(profile_build(corpora[min(corpora)], work))
    return kept


def profile_build(corpus: Path, work: Path) -> str:
    """The CLI build under pyinstrument on one worker, so the extraction is profiled too."""
    target = work / "profile.txt"
    command = [sys.executable, "-m", "pyinstrument", "-r", "text", "-o", str(target), "-m", "graphbuild.cli", "build"]
    command += [str(corpus), "--store", str(work / "store-profile"), "--json", "--no-cache", "--workers", "1"]
    subprocess.run(command, cwd=REPO, capture_output=True, text=True, check=False)
    text = target.read_text(encoding="utf-8") if target.is_file() else "pyinstrument wrote no profile"
    documents = sum(1 for p in corpus.iterdir() if p.suffix != ".json")
    return f"### kommunegraf build, {documents} documents, one worker\n\n```\n{_top(text, 90)}\n```"


# --- packs, viz, Neo4j ------------------------------------------------------------------------------------


def pack_params(truth: Truth) -> dict[str, dict[str, str]]:
    """Parameters that hit data in a generated corpus, taken from its truth (not written here)."""
    docs = truth.documents
    adoption = next(a for a in truth.adoptions if a["date_is"] == "on")
    role = next((r for d in docs for r in d["roles"] if r["role"] == "formand"), None)
    attended = next((d for d in docs if d["attendance"] and d["municipality"] is None), docs[0])
    member = next((m for d in docs for m in d["members"]), {"network": "KD-Net", "member": "Silkeborg"})
    case = next((n for d in docs for i in d["items"] for n in i["case_numbers"]), "")
    named_in = Counter(p for d in docs for p in set(d["persons"]))
    person = next((p for d in docs for p in d["persons"] if named_in[p] == 1), "")  # one person, not namesakes
    municipal = next(d for d in docs if d["municipality"])
    # a committee's name ("Økonomiudvalget") is every municipality's: name the one meant by its id
    municipal_body = ids.organization_id(municipal["body"], municipal["municipality"])  # truth keeps the code
    return {
        "adopters": {"initiative": "KL Play"},
        "initiative-timeline": {"initiative": adoption["initiative"]},
        "person": {"name": person},
        "role-holders": {"role": "formand", "organization": role["target"] if role else "KD-Net"},
        "moves": {"since": "2020-01-01"},
        "network-members": {"network": member["network"]},
        "attendance": {"body": attended["body"], "date": attended["date"]},
        "decisions": {"municipality": adoption["adopter"], "outcome": "approved"},
        "case": {"number": case},
        "connection": {"a": adoption["adopter"], "b": adoption["initiative"]},
        "search": {"text": "Sundhed"},
        "co-occurrence": {"name": municipal_body},
    }


def measure_packs(store: Any, truth: Truth, size: int, sets: int, repeats: int, report: Report, engine: str) -> None:
    """Every pack over ``sets`` parameter sets drawn from the generated truth (benchmarks.packs),
    ``repeats`` timed runs each; the worst p95 against the target."""
    from benchmarks.packs import markdown, measure

    target = TARGET_PACK_P95_MS if engine == "ladybug" else TARGET_NEO4J_PACK_P95_MS
    is_10k = size == 10_000
    results = measure(store, sets, repeats, truth)
    timed = [r for r in results if r["p95_ms"] is not None]
    worst = max(timed, key=lambda r: r["p95_ms"])
    if is_10k and worst["p95_ms"] >= target:
        report.profiles.append(profile_pack(store, worst["pack"], pack_params(truth).get(worst["pack"], {})))
    where = "embedded" if engine == "ladybug" else "Neo4j"
    report.add(
        Row(
            f"packs, {where}, {size:,} docs: worst p95 ms ({worst['pack']})",
            f"{worst['p95_ms']:.1f}",
            f"< {target:.0f} ms (every pack)" if is_10k else "",
            worst["p95_ms"] < target if is_10k else None,
        )
    )
    slow = [r["pack"] for r in timed if r["p95_ms"] >= target]
    note = f"\n\nPacks at or over {target:.0f} ms at p95: {', '.join(slow)}." if slow else ""
    report.sections.append(
        f"## Query packs on the {where} store of the {size:,}-document build\n\n"
        f"Up to {sets} parameter sets per pack drawn from the generated truth (benchmarks.packs), each run "
        f"{repeats} times after one warm-up; p50 and p95 over all timed runs.\n\n"
        + markdown(results, f"{engine}, {size:,} documents", "the generated truth")
        + note
    )


def profile_pack(store: Any, pack: str, params: dict[str, str], runs: int = 5) -> str:
    """Where a slow pack's time goes: inside the engine's query, or turning rows into Python."""
    from pyinstrument import Profiler

    from graphbuild.querypacks import run_pack

    profiler = Profiler(interval=0.001)
    with profiler:
        for _ in range(runs):
            run_pack(store, pack, params)
    return f"### pack {pack} {params}, {runs} runs\n\n```\n{_top(profiler.output_text(), 40)}\n```"


def measure_viz(quick: bool, report: Report) -> None:
    try:
        from benchmarks.bench_viz import markdown_table, run_viz_benchmark
    except ImportError as error:
        report.add(Row("visualization", f"not measured ({error})"))
        return
    sizes = (500,) if quick else (500, 5000, 20000)
    results = run_viz_benchmark(sizes, repeats=1 if quick else 3, with_browser=not quick)
    for r in results:
        ready = f", page ready {r.page_ready_s:.2f} s" if r.page_ready_s is not None else ""
        report.add(
            Row(
                f"viz overview, {r.graph_nodes:,}-node graph (max_nodes {r.max_nodes:,}): generation s",
                f"{r.generation_s:.2f}{ready}",
            )
        )
    report.sections.append("## Visualization (benchmarks.bench_viz)\n\n" + markdown_table(results))


def measure_store(
    quick: bool, neo4j_uri: str | None, report: Report, with_packs: tuple[Path, Truth, int, int, int] | None = None
) -> None:
    """benchmarks.bench_store: the embedded rebuild, and Neo4j's first (bulk) and incremental
    (batched MERGE) loads against the naive one-MERGE-per-row baseline (on the test harness's Neo4j
    5.26 unless a URI is given); then, given a built store, its whole graph loaded into Neo4j and
    the packs timed there."""
    try:
        from benchmarks import bench_store
    except ImportError as error:
        report.add(Row("Neo4j batched load vs naive MERGE", f"not measured ({error})", "≥ 20×"))
        return
    nodes, rels = (20_000, 60_000) if quick else (200_000, 600_000)
    embedded = bench_store.measure_embedded_rebuild(nodes, rels)
    report.add(
        Row(f"embedded rebuild, {nodes:,} nodes + {rels:,} rels: relationships/s", f"{embedded.rels_per_s:,.0f}")
    )
    neo4j = None
    n_nodes, n_rels = (1_000, 3_000) if quick else (5_000, 15_000)
    from pyinstrument import Profiler

    profiler = Profiler(interval=0.01)  # kept only if the target is missed
    try:
        with contextlib.ExitStack() as stack:
            if neo4j_uri:
                uri = neo4j_uri
            else:
                os.environ.setdefault("NEO4J_PASSWORD", "benchmark-harness")  # the harness runs without auth
                uri = stack.enter_context(bench_store.harness_server())
            with profiler:
                neo4j = bench_store.measure_neo4j_load(uri, n_nodes, n_rels, 1 if quick else 5)
            if with_packs is not None:
                measure_neo4j_packs(bench_store, uri, *with_packs, report)
    except Exception as error:  # no java, no harness jars, no server: say so and go on
        report.add(Row("Neo4j batched load vs naive MERGE", f"not measured ({type(error).__name__}: {error})", "≥ 20×"))
    if neo4j is not None:
        for label, speedup, rate in (
            ("first load (bulk CREATE)", neo4j.bulk_speedup, neo4j.bulk_rels_per_s),
            ("incremental load (batched upsert by id)", neo4j.speedup, neo4j.unwind_rels_per_s),
        ):
            report.add(
                Row(
                    f"Neo4j {label} vs naive MERGE ({n_nodes:,} nodes, {n_rels:,} rels): speed-up",
                    f"{speedup:.1f}× ({rate:,.0f} vs {neo4j.naive_rels_per_s:,.0f} rels/s)",
                    "≥ 20×",
                    speedup >= TARGET_NEO4J_SPEEDUP,
                )
            )
        if min(neo4j.speedup, neo4j.bulk_speedup) < TARGET_NEO4J_SPEEDUP:
            report.profiles.append(
                f"### Neo4j load, bulk, batched then naive ({n_nodes:,} nodes, {n_rels:,} rels), client side\n\n"
                f"```\n{_top(profiler.output_text(), 45)}\n```"
            )
    text = bench_store.report_markdown(embedded, neo4j).replace(
        "# Store benchmarks", "## Store (benchmarks.bench_store)"
    )
    report.sections.append(text)


def measure_neo4j_packs(
    bench_store: Any, uri: str, store_dir: Path, truth: Truth, size: int, sets: int, repeats: int, report: Report
) -> None:
    """The built store's whole graph loaded into Neo4j (the server must still answer after), then
    the packs timed on it."""
    from graphbuild.store.credentials import neo4j_credentials
    from graphbuild.store.neo4j import Neo4jStore

    loaded = bench_store.load_built_store(uri, store_dir)
    report.add(
        Row(
            f"Neo4j first load of the {size:,}-document graph ({loaded.nodes:,} nodes, {loaded.rels:,} rels): seconds",
            f"{loaded.load_s:.1f} ({loaded.rels_per_s:,.0f} rels/s); server answers after: {loaded.answers_after}",
            "loads, server stays available",
            loaded.answers_after,
        )
    )
    store = Neo4jStore(uri, neo4j_credentials())
    try:
        measure_packs(store, truth, size, sets, repeats, report, "neo4j")
    finally:
        store.close()


# --- the page ---------------------------------------------------------------------------------------------


def render(report: Report, info: dict[str, str], args: argparse.Namespace, seconds: float) -> str:
    lines = [
        "# Benchmarks",
        "",
        f"Written by `{' '.join(['python -m benchmarks.run', *args.given])}` in {seconds / 60:.1f} minutes "
        f"({time.strftime('%Y-%m-%d %H:%M %Z')}). Corpora from `benchmarks.generate` (seed {SEED}, every layout, "
        "formats txt/md/html with a minority of pdf/docx). Values are medians; the range and the number of "
        "runs follow in brackets. Targets are compared, never asserted in tests.",
        "",
        "Hand-measured sections (each a paired measurement against its reference in the same run, dated, oldest "
        "first: speed by design, packs, loads, memory, the build at 10k and 50k, each session's end against its "
        "start) are in [benchmarks-log.md](benchmarks-log.md).",
        "",
        "## Machine",
        "",
        "| | |",
        "|---|---|",
        *[f"| {k} | {v} |" for k, v in info.items()],
        "",
        "## Results",
        "",
        "| measure | value | target | |",
        "|---|---|---|---|",
        *[f"| {r.measure} | {r.value} | {r.target} | {r.verdict} |" for r in report.rows],
        "",
    ]
    missed = [r for r in report.rows if r.met is False]
    if missed:
        lines += [
            "## Targets missed",
            "",
            *[f"- {r.measure}: {r.value} (target {r.target})" for r in missed],
            "",
            "Profiles of the slow stage (pyinstrument, top frames) follow.",
            "",
            *report.profiles,
            "",
        ]
    for section in report.sections:
        lines += [section, ""]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--quick", action="store_true", help="small sizes: a smoke test of every piece")
    parser.add_argument("--sizes", help="comma-separated corpus sizes for the end-to-end builds")
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "benchmarks.md")
    parser.add_argument("--skip", default="", help="comma-separated: packs, viz, store")
    parser.add_argument("--neo4j", help="Bolt URI of a Neo4j to load into; default: the test harness's")
    args = parser.parse_args(argv)
    args.given = list(sys.argv[1:] if argv is None else argv)
    sizes = (
        [int(s) for s in args.sizes.split(",")] if args.sizes else ([100, 300] if args.quick else [1000, 10000, 50000])
    )
    skip = set(filter(None, args.skip.split(",")))
    started = time.perf_counter()
    info = machine()
    report = Report()
    with tempfile.TemporaryDirectory(prefix="kommunegraf-bench-") as tmp:
        work = Path(tmp)
        corpora: dict[int, Path] = {}
        truths: dict[int, Truth] = {}
        for size in sizes:
            print(f"generating {size:,} documents", file=sys.stderr, flush=True)
            corpora[size] = work / f"corpus-{size}"
            truths[size] = generate_corpus(size, SEED, corpora[size])
        smallest = min(sizes)
        print("parse+extract and accuracy", file=sys.stderr, flush=True)
        run = measure_extract(corpora[smallest], truths[smallest], 1 if args.quick else 3, report)
        measure_accuracy(truths[smallest], run.facts, report)
        print("end-to-end builds", file=sys.stderr, flush=True)
        repeats = {size: 3 if size <= 1000 and not args.quick else 1 for size in sizes}
        size = pack_size(sizes)
        store = measure_builds(corpora, repeats, size, work, report)
        sets, pack_repeats = (3, 2) if args.quick else (10, 5)
        if store is not None and "packs" not in skip:
            print("packs", file=sys.stderr, flush=True)
            from graphbuild.store.base import StoreTarget
            from graphbuild.store.opening import open_store

            embedded = open_store(StoreTarget(store_dir=store), read_only=True)
            try:
                measure_packs(embedded, truths[size], size, sets, pack_repeats, report, "ladybug")
            finally:
                embedded.close()
        if "viz" not in skip:
            print("viz", file=sys.stderr, flush=True)
            measure_viz(args.quick, report)
        if "store" not in skip:
            print("store and neo4j", file=sys.stderr, flush=True)
            with_packs = (store, truths[size], size, sets, pack_repeats) if store and "packs" not in skip else None
            measure_store(args.quick, args.neo4j, report, with_packs)
    text = render(report, info, args, time.perf_counter() - started)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

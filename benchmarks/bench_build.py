"""The build at scale, against a baseline checkout, in one run (issue 17 items 1, 2 and 4).

    python -m benchmarks.bench_build --corpus 5000=/tmp/c5k --corpus 50000=/tmp/c50k \\
        [--baseline /tmp/basewt [--baseline-sizes 5000]] [--pairs 1] \\
        [--speedup-corpus /tmp/c2k --speedup-pairs 3] [--load-nodes 1000000 --load-rels 3000000] [--json]

- **builds**: `kommunegraf build DIR --store TMP --no-cache --json` (the real CLI in a subprocess, through
  the console entry's module when the code has one: `python -m graphbuild.console`), this
  tree's code and, with ``--baseline``, the code of another checkout (PYTHONPATH set to it), alternating
  which goes first; wall seconds, peak RSS of the whole process tree (sampled every 50 ms) and of the
  main process, the stages the build reports with the main process's peak RSS at the end of each (this
  tree's), the load average before each run, and the ``MALLOC_ARENA_MAX`` the build's process ran with
  (read from its /proc environ: this tree's `kommunegraf build` restarts itself with 1, the same process
  id, so the tree measured is the same process and its workers). The variable is removed from the
  environment the builds are started with, so each code runs with its own choice; the peak at the
  largest corpus over the peak at the smallest is printed per code (issue 17 item 1: ≤ 1.3×).
- **extraction speed-up**: the build's `extract` stage with `--workers 1` and `--workers 2`, paired
  runs alternating which goes first; the speed-up is the ratio of the medians.
- **embedded load**: a synthetic graph of ``--load-nodes`` nodes and ``--load-rels`` relationships
  streamed into table files (never whole in memory), then loaded twice by ``LadybugStore.replace_tables``
  (the second a rebuild replacing the first) and by a raw LadybugDB COPY of the same Parquet files into
  a fresh database (the engine's own speed: DDL, COPY per table, nothing else), alternating; the wall
  seconds of each phase of both (``LadybugStore.phases``), so the store's own steps show beside the
  engine's.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from benchmarks.run import _tree_rss

REPO = Path(__file__).resolve().parent.parent


def load_average() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


@dataclass
class BuildRun:
    code: str  # "new" | "baseline"
    documents: int
    seconds: float
    peak_rss_mb: float
    exit_code: int
    load_before: str
    main_peak_rss_mb: float = 0.0  # the build's own process, without its workers
    stages: dict[str, float] = field(default_factory=dict)
    stage_peak_rss_mb: dict[str, float] = field(default_factory=dict)  # main process, at each stage's end
    counts: dict[str, int] = field(default_factory=dict)
    error: str = ""
    malloc_arena_max: str | None = None  # as the build's process ran (None: malloc's default)
    cpu_s: float = 0.0  # CPU seconds of the whole process tree (the build and its workers)
    stage_cpu_s: dict[str, dict[str, float]] = field(default_factory=dict)  # per stage: main and workers' CPU


def _children_cpu() -> float:
    """CPU seconds of this process's reaped children and theirs (a build's workers are reaped by the build)."""
    import resource

    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def entry_module(tree: Path) -> str:
    """The module the `kommunegraf` command runs in the code of ``tree``: its light console entry when it
    has one (it restarts a build before the command line is imported), else the command line itself."""
    return "graphbuild.console" if (tree / "graphbuild" / "console.py").is_file() else "graphbuild.cli"


def run_build(tree: Path, corpus: Path, store: Path, documents: int, extra: Sequence[str] = ()) -> BuildRun:
    """`kommunegraf build` of the code in ``tree``; peak RSS is the largest sum over its process tree."""
    import psutil

    command = [sys.executable, "-m", entry_module(tree), "build", str(corpus), "--store", str(store), "--json"]
    command += ["--no-cache", *extra]
    env = {key: value for key, value in os.environ.items() if key != "MALLOC_ARENA_MAX"}
    env["PYTHONPATH"] = str(tree)
    load = load_average()
    cpu_before = _children_cpu()
    started = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=tree, env=env)
    handle = psutil.Process(proc.pid)
    peak = main_peak = 0
    arena_max: str | None = None
    while proc.poll() is None:
        try:
            peak = max(peak, _tree_rss(handle))
            main_peak = max(main_peak, handle.memory_info().rss)
        except psutil.NoSuchProcess:
            break
        with contextlib.suppress(psutil.Error):  # the environment it runs with now (a restart keeps its id)
            arena_max = handle.environ().get("MALLOC_ARENA_MAX")
        time.sleep(0.05)
    stdout, stderr = proc.communicate()
    seconds = time.perf_counter() - started
    cpu = _children_cpu() - cpu_before
    code = "new" if tree.resolve() == REPO else "baseline"
    try:
        summary = json.loads(stdout)
    except json.JSONDecodeError:
        failed = (stderr or stdout)[-500:]
        return BuildRun(code, documents, seconds, peak / 2**20, proc.returncode, load, error=failed)
    return BuildRun(
        code,
        documents,
        seconds,
        peak / 2**20,
        proc.returncode,
        load,
        main_peak / 2**20,
        summary.get("stages", {}),
        summary.get("peak_rss_mb", {}),
        summary.get("counts", {}),
        malloc_arena_max=arena_max,
        cpu_s=round(cpu, 3),
        stage_cpu_s=summary.get("cpu_seconds", {}),
    )


def measure_builds(
    corpora: dict[int, Path], baseline: Path | None, pairs: int, work: Path, baseline_sizes: set[int] | None = None
) -> list[BuildRun]:
    """Each corpus built by this tree and, where ``baseline_sizes`` allows (all sizes when None), by the
    baseline, alternating which goes first."""
    runs: list[BuildRun] = []
    for size, corpus in sorted(corpora.items()):
        with_baseline = baseline is not None and (baseline_sizes is None or size in baseline_sizes)
        for pair in range(pairs):
            trees = [REPO]
            if with_baseline and baseline is not None:
                trees = [REPO, baseline] if pair % 2 == 0 else [baseline, REPO]
            for tree in trees:
                store = work / f"store-{size}"
                run = run_build(tree, corpus, store, size)
                shutil.rmtree(store, ignore_errors=True)
                print(json.dumps(asdict(run)), file=sys.stderr, flush=True)
                runs.append(run)
    return runs


@dataclass
class Speedup:
    documents: int
    one_worker_s: list[float]
    two_workers_s: list[float]
    loads: list[str]

    @property
    def ratio(self) -> float:
        return statistics.median(self.one_worker_s) / statistics.median(self.two_workers_s)


def measure_speedup(corpus: Path, pairs: int, work: Path) -> Speedup:
    documents = sum(1 for p in corpus.iterdir() if p.suffix != ".json")
    result = Speedup(documents, [], [], [])
    for pair in range(pairs):
        order = ["1", "2"] if pair % 2 == 0 else ["2", "1"]
        for workers in order:
            run = run_build(REPO, corpus, work / "store-speedup", documents, ["--workers", workers])
            shutil.rmtree(work / "store-speedup", ignore_errors=True)
            result.loads.append(run.load_before)
            (result.one_worker_s if workers == "1" else result.two_workers_s).append(run.stages["extract"])
            print(f"extract, {workers} worker(s): {run.stages['extract']:.1f} s", file=sys.stderr, flush=True)
    return result


# --- the embedded load against a raw COPY -------------------------------------------------------------


def synthetic_tables(directory: Path, nodes: int, rels: int) -> None:
    """Persons, meetings and organisations; ATTENDED and HOLDS_ROLE (as benchmarks.bench_store's
    graph), streamed into table files."""
    from graphbuild.store.bulk import TableWriter
    from graphbuild.vocab.schema import load_schema

    schema = load_schema()
    writer = TableWriter(directory, schema)
    blank = {label: dict.fromkeys(t.properties) for label, t in schema.nodes.items()}
    meetings = max(1, nodes // 7)
    organizations = max(1, nodes // 20)
    people = max(1, nodes - meetings - organizations)
    for label, prefix, count, word in (
        ("Person", "person", people, "Person"),
        ("Meeting", "meeting", meetings, "Møde"),
        ("Organization", "organization", organizations, "Organisation"),
    ):
        for i in range(count):
            name = f"{word} {i}"
            writer.node(f"{prefix}:{i}", label, {**blank[label], "name": name, "aliases": [name.upper()]})
    roles = rels // 5
    for r in range(rels):
        props: dict[str, Any] = {"doc": f"doc{r % 1000:06d}", "item": "1", "span_start": r, "span_end": r + 20}
        props["quote"] = "til stede"
        if r < roles:
            props.update(role="formand", valid_from="2020-01-01")
            target, labels, rel_type = f"organization:{r % organizations}", ("Person", "Organization"), "HOLDS_ROLE"
        else:
            props.update(status="present")
            target, labels, rel_type = f"meeting:{(r * 7919) % meetings}", ("Person", "Meeting"), "ATTENDED"
        writer.rel(f"rel:{r:010d}", rel_type, f"person:{r % people}", target, labels, props)
    writer.close()


def raw_copy(tables_dir: Path, database: Path, phases: dict[str, float] | None = None) -> float:
    """LadybugDB's own speed on the same files: a fresh database, the DDL, one COPY per table."""
    import ladybug

    from graphbuild.store.bulk import TableFiles
    from graphbuild.vocab.schema import load_schema

    schema = load_schema()
    tables = TableFiles(tables_dir)
    started = time.perf_counter()
    db = ladybug.Database(str(database))
    connection = ladybug.Connection(db)
    for statement in schema.ladybug_ddl():
        connection.execute(statement)
    marks = [("open and DDL", time.perf_counter())]
    for label in schema.nodes:
        files = tables.node_files(label)
        if files:
            connection.execute(f"COPY `{label}` FROM [{', '.join(repr(str(f)) for f in files)}]")
    marks.append(("COPY nodes", time.perf_counter()))
    for rel_type in schema.relationships:
        for (source, target), files in tables.rel_files(rel_type).items():
            listed = ", ".join(repr(str(f)) for f in files)
            connection.execute(f"COPY `{rel_type}` FROM [{listed}] (from='{source}', to='{target}')")
    marks.append(("COPY relationships", time.perf_counter()))
    connection.close()
    db.close()
    marks.append(("close", time.perf_counter()))
    if phases is not None:
        last = started
        for name, at in marks:
            phases[name] = at - last
            last = at
    return time.perf_counter() - started


@dataclass
class LoadResult:
    nodes: int
    rels: int
    write_tables_s: float
    store_s: list[float]  # LadybugStore.replace_tables, a rebuild (a graph was there)
    raw_copy_s: list[float]
    loads: list[str]
    store_phases: list[dict[str, float]] = field(default_factory=list)  # LadybugStore.phases of each run
    raw_phases: list[dict[str, float]] = field(default_factory=list)

    @property
    def ratio(self) -> float:
        return statistics.median(self.store_s) / statistics.median(self.raw_copy_s)


def measure_load(nodes: int, rels: int, repeats: int, work: Path, tables_dir: Path | None = None) -> LoadResult:
    from graphbuild.store.bulk import TableFiles
    from graphbuild.store.ladybug import LadybugStore

    tables_dir = tables_dir or work / "load-tables"
    started = time.perf_counter()
    if not TableFiles(tables_dir).parts():
        synthetic_tables(tables_dir, nodes, rels)
    result = LoadResult(nodes, rels, time.perf_counter() - started, [], [], [])
    store = LadybugStore(work / "load-store", read_only=False)
    store.replace_tables(TableFiles(tables_dir))  # so every timed load below is a rebuild
    for attempt in range(repeats):
        for which in ("store", "raw") if attempt % 2 == 0 else ("raw", "store"):
            result.loads.append(load_average())
            if which == "store":
                started = time.perf_counter()
                store.replace_tables(TableFiles(tables_dir))
                result.store_s.append(time.perf_counter() - started)
                result.store_phases.append({k: round(v, 3) for k, v in store.phases.items()})
            else:
                raw = work / "raw.lbdb"
                phases: dict[str, float] = {}
                result.raw_copy_s.append(raw_copy(tables_dir, raw, phases))
                result.raw_phases.append({k: round(v, 3) for k, v in phases.items()})
                for leftover in work.glob("raw.lbdb*"):
                    (shutil.rmtree if leftover.is_dir() else Path.unlink)(leftover)
            print(
                f"load {which}: {(result.store_s if which == 'store' else result.raw_copy_s)[-1]:.1f} s",
                (result.store_phases if which == "store" else result.raw_phases)[-1],
                file=sys.stderr,
                flush=True,
            )
    store.close()
    return result


# --- the report ------------------------------------------------------------------------------------------


def _median(values: Sequence[float]) -> float:
    return statistics.median(values) if values else float("nan")


def peak_ratios(runs: Sequence[BuildRun]) -> dict[str, dict[str, float]]:
    """Per code, the median peak RSS of the tree at the largest corpus over that at the smallest (only
    for a code that built at least two sizes)."""
    ratios: dict[str, dict[str, float]] = {}
    for code in ("baseline", "new"):
        built = [r for r in runs if r.code == code and r.exit_code in (0, 2)]
        sizes = sorted({r.documents for r in built})
        if len(sizes) < 2:
            continue
        small, large = (
            _median([r.peak_rss_mb for r in built if r.documents == size]) for size in (sizes[0], sizes[-1])
        )
        ratios[code] = {"smallest": sizes[0], "largest": sizes[-1], "ratio": round(large / small, 3)}
    return ratios


def markdown(runs: list[BuildRun], speedup: Speedup | None, load: LoadResult | None) -> str:
    lines = [
        "| documents | code | runs | seconds (median) | peak RSS of the tree, MB | main process, MB "
        + "| load avg before | longest main-process stage | MALLOC_ARENA_MAX |"
    ]
    lines.append("|---:|---|---:|---:|---:|---:|---|---|---|")
    for size in sorted({r.documents for r in runs}):
        for code in ("baseline", "new"):
            mine = [r for r in runs if r.documents == size and r.code == code and r.exit_code in (0, 2)]
            if not mine:
                continue
            stages = {k: v for k, v in mine[0].stages.items() if k not in ("extract", "resolve")}
            longest = max(stages.items(), key=lambda kv: kv[1]) if stages else None
            share = f"{longest[0]} {longest[1]:.1f} s ({longest[1] / mine[0].seconds:.0%})" if longest else "–"
            seconds, rss = _median([r.seconds for r in mine]), _median([r.peak_rss_mb for r in mine])
            main_rss = _median([r.main_peak_rss_mb for r in mine])
            loads = " / ".join(r.load_before for r in mine)
            arenas = " / ".join(sorted({r.malloc_arena_max or "default" for r in mine}))
            lines.append(
                f"| {size:,} | {code} | {len(mine)} | {seconds:.1f} | {rss:.0f} | {main_rss:.0f} | {loads} | {share} "
                f"| {arenas} |"
            )
    for code, ratio in peak_ratios(runs).items():
        lines.append(
            f"\n{code}: peak at {ratio['largest']:,.0f} ÷ peak at {ratio['smallest']:,.0f} documents = "
            f"**{ratio['ratio']:.2f}×**"
        )
    if speedup:
        lines += [
            "",
            f"Extraction speed-up, {speedup.documents:,} documents: 1 worker "
            f"{' '.join(f'{s:.1f}' for s in speedup.one_worker_s)} s, 2 workers "
            f"{' '.join(f'{s:.1f}' for s in speedup.two_workers_s)} s: **{speedup.ratio:.2f}×** "
            f"(load averages before each run: {'; '.join(speedup.loads)}).",
        ]
    if load:
        lines += [
            "",
            f"Embedded load of {load.nodes:,} nodes and {load.rels:,} relationships (tables written in "
            f"{load.write_tables_s:.1f} s): `LadybugStore.replace_tables` (a rebuild) "
            f"{' '.join(f'{s:.1f}' for s in load.store_s)} s, raw COPY "
            f"{' '.join(f'{s:.1f}' for s in load.raw_copy_s)} s: "
            f"**{load.ratio:.2f}×** (load averages: {'; '.join(load.loads)}).",
        ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--corpus", action="append", default=[], help="SIZE=DIR, repeatable")
    parser.add_argument("--baseline", type=Path, help="a checkout of the code to compare with")
    parser.add_argument("--pairs", type=int, default=1)
    parser.add_argument("--baseline-sizes", help="comma-separated corpus sizes the baseline builds too (default: all)")
    parser.add_argument("--speedup-corpus", type=Path)
    parser.add_argument("--speedup-pairs", type=int, default=3)
    parser.add_argument("--load-nodes", type=int, default=0)
    parser.add_argument("--load-rels", type=int, default=0)
    parser.add_argument("--load-repeats", type=int, default=2)
    parser.add_argument("--load-tables", type=Path, help="keep (or reuse) the load's table files here")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    corpora = {int(size): Path(folder) for size, folder in (entry.split("=", 1) for entry in args.corpus)}
    with tempfile.TemporaryDirectory(prefix="bench-build-") as scratch:
        work = Path(scratch)
        sizes = {int(size) for size in args.baseline_sizes.split(",")} if args.baseline_sizes else None
        runs = measure_builds(corpora, args.baseline, args.pairs, work, sizes)
        speedup = measure_speedup(args.speedup_corpus, args.speedup_pairs, work) if args.speedup_corpus else None
        load = (
            measure_load(args.load_nodes, args.load_rels, args.load_repeats, work, args.load_tables)
            if args.load_nodes
            else None
        )
    if args.json:
        print(json.dumps({
            "builds": [asdict(r) for r in runs],
            "peak_ratio": peak_ratios(runs),
            "speedup": {**asdict(speedup), "ratio": speedup.ratio} if speedup else None,
            "load": {**asdict(load), "ratio": load.ratio} if load else None,
        }, indent=1))  # fmt: skip
    else:
        print(markdown(runs, speedup, load))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

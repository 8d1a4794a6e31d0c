"""parse+extract speed: MB of document text per second of CPU time on one core.

    python -m benchmarks.bench_extract DIR [DIR ...]                       # this tree
    python -m benchmarks.bench_extract DIR ... --against OLD --pairs 5     # paired with an older tree

Documents are read first (sources is not timed), a few are run as a warm-up, then every document is
parsed and extracted in one process; the rate is text bytes over the process's CPU time, so other
processes on a shared machine slow it less than wall time would (they still share caches and cores).

``--against OLD`` names a folder holding an older ``graphbuild`` package (for instance
``git archive <commit> graphbuild | tar -x -C OLD``): runs alternate between it and this tree, each
in a fresh subprocess, the first of each pair alternating, and the medians are reported with every run
and the load average at its end.

``--tree NEW`` names the newer folder the same way (default: this checkout), so two archived commits can be
compared while the checkout changes.

``--functions MODULE:NAME,...`` (this tree only) times the named functions or methods (``Class.method``) instead:
CPU seconds, share of parse+extract, calls and calls per document, each function wrapped wherever a
module of graphbuild holds it (so a name imported elsewhere is timed too) and its nested calls counted once.
It is how a hot spot found under cProfile (which weighs many small calls more than they cost) is
measured without the profiler in the loop.

``--stages`` reports CPU seconds per stage instead (parse and its four parts, the extraction's working
state ``Context``, each step of ``extract.core.STEPS``, the facts' assembly, and extract in all), timed
around each stage with no profiler in the loop; with ``--against`` the stages of both trees side by side, medians of the
alternating runs. A change of a few per cent of the whole is lost in the spread of whole runs on a
shared machine; the stage it changed shows it.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent


def measure(folders: list[Path]) -> dict[str, float]:
    """MB/s per core of parse+extract for each folder, in this process."""
    from graphbuild.extract import extract_facts
    from graphbuild.parse import parse_meeting
    from graphbuild.sources import collect_paths, read_source

    out = {}
    for folder in folders:
        paths, _ = collect_paths([folder])
        docs = [read_source(path) for path in sorted(paths)]
        for doc in docs[:20]:  # warm-up: regexes, gazetteer, automaton, imports
            extract_facts(parse_meeting(doc))
        megabytes = sum(len(doc.text.encode("utf-8")) for doc in docs) / 1e6
        started = time.process_time()
        for doc in docs:
            extract_facts(parse_meeting(doc))
        out[str(folder)] = round(megabytes / (time.process_time() - started), 3)
    return out


def _timed(seconds: dict[str, float], name: str, function: Callable[..., Any]) -> Callable[..., Any]:
    """``function``, adding the CPU time of each call to ``seconds[name]``."""

    def run(*args: Any, **kwargs: Any) -> Any:
        started = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            seconds[name] = seconds.get(name, 0.0) + time.process_time() - started

    return run


# parse's parts, as parse_meeting calls them (timed where graphbuild.parse names them)
PARSE_PARTS = ("split_lines", "find_items", "parse_header", "find_attendance")


def measure_stages(folders: list[Path]) -> dict[str, dict[str, float]]:
    """CPU seconds of reading (``read``, every file read as a build worker reads it) and of each stage of
    parse+extract for each folder, in this process: parse (and its parts, ``parse.find_items`` …), ``Context``,
    every step, the facts' assembly (``_facts``) and extract in all (Context, steps and assembly)."""
    import graphbuild.parse as parse
    from graphbuild.extract import core
    from graphbuild.parse import parse_meeting
    from graphbuild.sources import collect_paths, read_source

    out: dict[str, dict[str, float]] = {}
    for folder in folders:
        paths, _ = collect_paths([folder])
        paths = sorted(paths)
        for path in paths[:20]:  # warm-up of the readers (pypdf, lxml, selectolax)
            read_source(path)
        started = time.process_time()
        docs = [read_source(path) for path in paths]
        seconds: dict[str, float] = {"read": time.process_time() - started}  # as a build worker reads them
        for doc in docs[:20]:  # warm-up, as measure's
            core.extract_facts(parse_meeting(doc))
        saved = {name: getattr(core, name) for name in ("STEPS", "Context", "_facts")}
        core.STEPS = tuple((name, _timed(seconds, name, step)) for name, step in saved["STEPS"])
        setattr(core, "Context", _timed(seconds, "Context", saved["Context"]))  # noqa: B010 - patched for the run
        setattr(core, "_facts", _timed(seconds, "_facts", saved["_facts"]))  # noqa: B010
        saved_parse = {name: getattr(parse, name) for name in PARSE_PARTS if hasattr(parse, name)}
        for name, function in saved_parse.items():
            setattr(parse, name, _timed(seconds, f"parse.{name}", function))
        try:
            for doc in docs:
                started = time.process_time()
                meeting = parse_meeting(doc)
                middle = time.process_time()
                core.extract_facts(meeting)
                ended = time.process_time()
                seconds["parse"] = seconds.get("parse", 0.0) + middle - started
                seconds["extract"] = seconds.get("extract", 0.0) + ended - middle
        finally:
            for name, value in saved.items():
                setattr(core, name, value)
            for name, function in saved_parse.items():
                setattr(parse, name, function)
        out[str(folder)] = {name: round(value, 4) for name, value in seconds.items()}
    return out


def _resolve(name: str) -> tuple[Any, str, Any]:
    """(holder, attribute, function) of ``module:function`` or ``module:Class.method``."""
    import importlib

    module_name, _, qualified = name.partition(":")
    holder: Any = importlib.import_module(module_name)
    *outer, attribute = qualified.split(".")
    for part in outer:
        holder = getattr(holder, part)
    return holder, attribute, getattr(holder, attribute)


def _counting(totals: dict[str, list[float]], name: str, function: Callable[..., Any]) -> Callable[..., Any]:
    """``function``, adding each outermost call's CPU time and every call to ``totals[name]``."""
    depth = [0]

    def run(*args: Any, **kwargs: Any) -> Any:
        entry = totals.setdefault(name, [0.0, 0])
        entry[1] += 1
        if depth[0]:
            return function(*args, **kwargs)
        depth[0] += 1
        started = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            entry[0] += time.process_time() - started
            depth[0] -= 1

    return run


def measure_functions(folders: list[Path], names: list[str]) -> dict[str, dict[str, Any]]:
    """For each folder: parse+extract CPU seconds in all, and per named function its CPU seconds, share
    of the whole, calls and calls per document (``--functions``)."""
    from graphbuild.extract import extract_facts
    from graphbuild.parse import parse_meeting
    from graphbuild.sources import collect_paths, read_source

    totals: dict[str, list[float]] = {}
    patched: list[tuple[Any, str, Any]] = []
    for name in names:
        holder, _attribute, function = _resolve(name)
        wrapper = _counting(totals, name, function)
        holders: list[Any] = [holder] if isinstance(holder, type) else []
        holders += [m for key, m in list(sys.modules.items()) if key.startswith("graphbuild") and m is not None]
        for module in holders:
            for key, value in list(vars(module).items()):
                if value is function:
                    patched.append((module, key, value))
                    setattr(module, key, wrapper)
    out: dict[str, dict[str, Any]] = {}
    try:
        for folder in folders:
            paths, _ = collect_paths([folder])
            docs = [read_source(path) for path in sorted(paths)]
            for doc in docs[:20]:  # warm-up, as measure's
                extract_facts(parse_meeting(doc))
            totals.clear()
            started = time.process_time()
            for doc in docs:
                extract_facts(parse_meeting(doc))
            whole = time.process_time() - started
            out[str(folder)] = {"parse+extract": round(whole, 4), "documents": len(docs)} | {
                name: {
                    "seconds": round(seconds, 4),
                    "share": f"{100 * seconds / whole:.1f} %",
                    "calls": int(calls),
                    "calls per document": round(calls / len(docs), 1),
                }
                for name, (seconds, calls) in totals.items()
            }
    finally:
        for module, key, value in reversed(patched):
            setattr(module, key, value)
    return out


def _run(tree: Path, folders: list[Path], stages: bool = False) -> dict[str, Any]:
    """One measurement in a fresh interpreter that imports graphbuild from ``tree``."""
    function = "measure_stages" if stages else "measure"
    code = (
        "import sys, json; sys.path.insert(0, sys.argv[1]); import graphbuild; "
        "assert graphbuild.__file__.startswith(sys.argv[1]), graphbuild.__file__; "
        f"from benchmarks.bench_extract import {function}; "
        f"print(json.dumps({function}([__import__('pathlib').Path(a) for a in sys.argv[2:]])))"
    )
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    done = subprocess.run(
        [sys.executable, "-c", code, str(tree), *map(str, folders)], env=env, capture_output=True, text=True, check=True
    )
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--against", type=Path, help="a folder holding an older graphbuild package")
    parser.add_argument("--tree", type=Path, default=REPO, help="the newer graphbuild's folder (default: this one)")
    parser.add_argument("--pairs", type=int, default=5)
    parser.add_argument("--stages", action="store_true", help="CPU seconds per stage instead of MB/s")
    parser.add_argument("--functions", help="module:function,... timed in this tree (CPU seconds, share, calls)")
    args = parser.parse_args(argv)
    if args.functions:
        if args.against is not None:
            parser.error("--functions measures this tree only")
        print(json.dumps(measure_functions(args.folders, args.functions.split(",")), indent=2))
        return
    if args.against is None:
        print(json.dumps(measure_stages(args.folders) if args.stages else measure(args.folders), indent=2))
        return
    runs: dict[str, list[dict[str, Any]]] = {"old": [], "new": []}
    trees = (("old", args.against.resolve()), ("new", args.tree.resolve()))
    for pair in range(args.pairs):
        # which goes first alternates: a load that rises or falls through the runs favours the second of
        # each pair (measured: unchanged stages x1.07 with the old tree always first, x0.94 with it second)
        for name, tree in trees if pair % 2 == 0 else trees[::-1]:
            result = _run(tree, args.folders, args.stages)
            runs[name].append(result)
            print(name, json.dumps(result), "load", os.getloadavg()[0], flush=True)
    if args.stages:
        for line in stage_table(runs, [str(folder) for folder in args.folders]):
            print(line)
        return
    for folder in map(str, args.folders):
        old = statistics.median(r[folder] for r in runs["old"])
        new = statistics.median(r[folder] for r in runs["new"])
        print(f"{folder}: old {old:.3f} MB/s, new {new:.3f} MB/s per core (medians of {args.pairs}), x{new / old:.2f}")


def stage_table(runs: dict[str, list[dict[str, Any]]], folders: list[str]) -> list[str]:
    """Per folder and stage: the medians of the old and the new runs, and new over old."""
    lines = []
    for folder in folders:
        lines.append(f"{folder}: CPU seconds per stage, medians of {len(runs['new'])} runs (old -> new, x new/old)")
        names = sorted({name for run in runs["old"] + runs["new"] for name in run[folder]})
        for name in names:
            old = statistics.median(run[folder].get(name, 0.0) for run in runs["old"])
            new = statistics.median(run[folder].get(name, 0.0) for run in runs["new"])
            ratio = f"x{new / old:.2f}" if old else "-"
            lines.append(f"  {name:12s} {old:8.3f} -> {new:8.3f}  {ratio}")
    return lines


if __name__ == "__main__":
    main(sys.argv[1:])

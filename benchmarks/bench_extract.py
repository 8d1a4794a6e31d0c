"""parse+extract speed: MB of document text per second of CPU time on one core.

    python -m benchmarks.bench_extract DIR [DIR ...]                       # this tree
    python -m benchmarks.bench_extract DIR ... --against OLD --pairs 5     # paired with an older tree

Documents are read first (sources is not timed), a few are run as a warm-up, then every document is
parsed and extracted in one process; the rate is text bytes over the process's CPU time, so other
processes on a shared machine slow it less than wall time would (they still share caches and cores).

``--against OLD`` names a folder holding an older ``graphbuild`` package (for instance
``git archive <commit> graphbuild | tar -x -C OLD``): runs alternate between it and this tree, each
in a fresh subprocess, and the medians are reported with every run and the load average at its end.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

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


def _run(tree: Path, folders: list[Path]) -> dict[str, float]:
    """One measurement in a fresh interpreter that imports graphbuild from ``tree``."""
    code = (
        "import sys, json; sys.path.insert(0, sys.argv[1]); import graphbuild; "
        "assert graphbuild.__file__.startswith(sys.argv[1]), graphbuild.__file__; "
        "from benchmarks.bench_extract import measure; "
        "print(json.dumps(measure([__import__('pathlib').Path(a) for a in sys.argv[2:]])))"
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
    parser.add_argument("--pairs", type=int, default=5)
    args = parser.parse_args(argv)
    if args.against is None:
        print(json.dumps(measure(args.folders), indent=2))
        return
    runs: dict[str, list[dict[str, float]]] = {"old": [], "new": []}
    for _ in range(args.pairs):
        for name, tree in (("old", args.against.resolve()), ("new", REPO)):
            result = _run(tree, args.folders)
            runs[name].append(result)
            print(name, json.dumps(result), "load", os.getloadavg()[0], flush=True)
    for folder in map(str, args.folders):
        old = statistics.median(r[folder] for r in runs["old"])
        new = statistics.median(r[folder] for r in runs["new"])
        print(f"{folder}: old {old:.3f} MB/s, new {new:.3f} MB/s per core (medians of {args.pairs}), x{new / old:.2f}")


if __name__ == "__main__":
    main(sys.argv[1:])

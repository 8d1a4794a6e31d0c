"""Pack latency on a built store, over many parameter sets drawn from the store itself.

    python -m benchmarks.packs --store DIR [--sets 10] [--repeats 5] [--json]
    python -m benchmarks.packs --neo4j bolt://localhost:7687 --json   (credentials from NEO4J_USER/NEO4J_PASSWORD)

For every pack, up to ``--sets`` parameter sets are drawn (fixed seed) from what the store holds: a
named parameter takes the id of a node of the label the pack resolves it to (ids name exactly one
node, so no set is refused as ambiguous), a role is a role some HOLDS_ROLE carries, a date is a
meeting's date (with the meeting's body where the pack asks for both), a case number is a stored
case's number, a text is a word of a stored name. Each set runs ``--repeats`` times after one
warm-up; p50 and p95 are over every timed run of the pack. Not a unit test: nothing is asserted.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from benchmarks.bench_packs import percentile
from graphbuild.config import resolve_target
from graphbuild.errors import KommunegrafError
from graphbuild.querypacks import Pack, QueryStore, list_packs, run_pack
from graphbuild.store.opening import open_store

SEED = 7


def _column(store: QueryStore, cypher: str) -> list[Any]:
    return [next(iter(row.values())) for row in store.query(cypher) if next(iter(row.values())) is not None]


def _linked_ids(store: QueryStore, label: str) -> list[str]:
    return sorted(set(_column(store, f"MATCH (n:`{label}`)-[]-() RETURN DISTINCT n.id AS id")))


def parameter_sets(store: QueryStore, pack: Pack, sets: int, rnd: random.Random) -> list[dict[str, str]]:
    """Up to ``sets`` parameter sets for ``pack`` that name things the store holds."""
    names = {p.name for p in pack.params}
    resolved = {r.param: r.labels for r in pack.resolves}
    if {"body", "date"} <= names:  # a meeting: its body and its date together
        rows = store.query(
            "MATCH (m:Meeting)-[:OF]->(o:Organization) RETURN o.id AS body, left(m.starts_at, 10) AS date"
        )
        pairs = sorted({(r["body"], r["date"]) for r in rows if r["date"]})
        return [{"body": b, "date": d} for b, d in rnd.sample(pairs, min(sets, len(pairs)))]
    pools: dict[str, list[str]] = {}
    for name in names:
        if name in resolved:
            pools[name] = sorted({i for label in resolved[name] for i in _linked_ids(store, label)})
        elif name == "role":
            pools[name] = sorted(set(_column(store, "MATCH ()-[r:HOLDS_ROLE]->() RETURN DISTINCT r.role AS v")))
        elif name == "number":
            pools[name] = sorted(set(_column(store, "MATCH (c:`Case`) RETURN c.number AS v")))
        elif name == "text":
            words = {w for n in _column(store, "MATCH (n:Organization) RETURN n.name AS v") for w in str(n).split()}
            pools[name] = sorted(w for w in words if len(w) >= 4)
        elif name in ("since", "until"):
            pools[name] = sorted({str(d)[:4] for d in _column(store, "MATCH (m:Meeting) RETURN m.starts_at AS v")})
    required = [p.name for p in pack.params if p.required]
    one_of = list(pack.one_of)[:1]  # a pack that wants one of several names gets the first
    wanted = [n for n in [*required, *one_of] if n in pools] or [n for n in sorted(pools) if n not in ("until",)][:1]
    if any(not pools.get(n) for n in wanted):
        return [{}] if not required else []
    out = []
    for _ in range(sets):
        out.append({name: str(rnd.choice(pools[name])) for name in wanted})
    unique = [dict(items) for items in sorted({tuple(sorted(s.items())) for s in out})]
    return unique or [{}]


def measure(store: QueryStore, sets: int, repeats: int) -> list[dict[str, Any]]:
    rnd = random.Random(SEED)
    results = []
    for pack in list_packs():
        samples: list[float] = []
        rows: list[int] = []
        refused = 0
        chosen = parameter_sets(store, pack, sets, rnd)
        for params in chosen:
            try:
                run_pack(store, pack.name, params)
            except KommunegrafError:
                refused += 1
                continue
            for _ in range(repeats):
                started = time.perf_counter()
                rows.append(len(run_pack(store, pack.name, params).rows))
                samples.append((time.perf_counter() - started) * 1000)
        results.append(
            {
                "pack": pack.name,
                "parameter_sets": len(chosen) - refused,
                "refused_sets": refused,
                "runs": len(samples),
                "median_rows": percentile([float(r) for r in rows], 0.5) if rows else 0,
                "p50_ms": round(percentile(samples, 0.5), 2) if samples else None,
                "p95_ms": round(percentile(samples, 0.95), 2) if samples else None,
            }
        )
    return results


def markdown(results: Sequence[dict[str, Any]], engine: str) -> str:
    lines = [
        f"pack latency on {engine}, parameter sets drawn from the store",
        "",
        "| pack | sets | runs | median rows | p50 ms | p95 ms |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for r in results:
        cells = [r["pack"], r["parameter_sets"], r["runs"], f"{r['median_rows']:.0f}", r["p50_ms"], r["p95_ms"]]
        lines.append("| " + " | ".join(str(c) for c in cells) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--store", type=Path, help="an embedded store built by `kommunegraf build`")
    parser.add_argument("--neo4j", help="a Bolt URI instead of an embedded store")
    parser.add_argument("--sets", type=int, default=10, help="parameter sets per pack (default 10)")
    parser.add_argument("--repeats", type=int, default=5, help="timed runs per parameter set (default 5)")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a Markdown table")
    args = parser.parse_args(argv)
    try:
        target = resolve_target(args.store, args.neo4j)
        store = open_store(target, read_only=True)
    except KommunegrafError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    try:
        results = measure(store, args.sets, args.repeats)
    finally:
        store.close()
    engine = "neo4j" if args.neo4j else "ladybug"
    if args.json:
        print(json.dumps({"engine": engine, "sets": args.sets, "repeats": args.repeats, "packs": results}, indent=1))
    else:
        print(markdown(results, engine))
    return 0


if __name__ == "__main__":
    sys.exit(main())

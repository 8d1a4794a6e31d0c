"""Pack latency on a built store, over many parameter sets per pack.

    python -m benchmarks.packs --store DIR [--truth CORPUS/truth.json] [--sets 10] [--repeats 5] [--json]
    python -m benchmarks.packs --neo4j bolt://localhost:7687 --json   (credentials from NEO4J_USER/NEO4J_PASSWORD)

With ``--truth`` (a generated corpus's truth.json, benchmarks.generate) the parameter sets are drawn
from what the generator wrote into the documents (``truth_parameter_sets``): initiatives,
adopters, people, roles, networks and members, meetings' bodies and dates, case numbers, laws.
Sets the store refuses (a person's name shared by two people) are skipped and replaced, so each
pack gets ``--sets`` sets it answers when the truth has that many.

Without it, up to ``--sets`` parameter sets are drawn (fixed seed) from what the store holds: a
named parameter takes the id of a node of the label the pack resolves it to (ids name exactly one
node, so no set is refused as ambiguous), a role is a role some HOLDS_ROLE carries, a date is a
meeting's date (with the meeting's body where the pack asks for both), a case number is a stored
case's number, a text is a word of a stored name. Each set runs ``--repeats`` times after one
warm-up; p50 and p95 are over every timed run of the pack, of the wall time and of the process CPU
time (an embedded engine's threads included; on Neo4j the client's share only), which a loaded
machine moves far less. Not a unit test: nothing is asserted.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import random
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from benchmarks.bench_packs import percentile, timed_runs
from benchmarks.generate import Truth
from graphbuild.config import resolve_target
from graphbuild.errors import KommunegrafError
from graphbuild.pack_files import list_packs
from graphbuild.pack_model import Pack, QueryStore
from graphbuild.querypacks import run_pack
from graphbuild.store.opening import open_store
from graphbuild.vocab import ids

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


def truth_candidates(truth: Truth, pack: Pack, rnd: random.Random) -> list[dict[str, str]]:
    """Parameter sets for ``pack`` made of what the generated truth says the documents state,
    distinct and shuffled (fixed seed); the caller takes the first ones the store answers."""
    docs = truth.documents
    adoptions = truth.adoptions
    initiatives = sorted({i for d in docs for i in d["initiatives"]} | {a["initiative"] for a in adoptions})
    members = sorted({(m["network"], m["member"]) for d in docs for m in d["members"]})
    roles = sorted({(r["role"], r["target"]) for d in docs for r in d["roles"]})
    people = sorted({p for d in docs for p in d["persons"]})
    years = sorted({d["date"][:4] for d in docs if d.get("date")})
    cases = sorted({n for d in docs for i in d["items"] for n in i["case_numbers"]})
    laws = sorted({law for d in docs for law in d["laws"]})

    def body(doc: dict[str, Any]) -> str:  # a committee's name is every municipality's: name it by its id
        return ids.organization_id(doc["body"], doc["municipality"]) if doc["municipality"] else str(doc["body"])

    municipalities = sorted({ids.municipality_id(d["municipality"]) for d in docs if d["municipality"]})
    limits = ["", "50"]  # the pack's default limit, and a small one
    sets: list[dict[str, str]] = []
    if pack.name in ("adopters", "initiative-timeline"):  # few initiatives: each with two limits
        sets = [{"initiative": i} | ({"limit": lim} if lim else {}) for i in initiatives for lim in limits]
    elif pack.name == "person":
        sets = [{"name": p} for p in people]
    elif pack.name == "role-holders":
        sets = [{"role": r, "organization": t} for r, t in roles] + [{"organization": t} for _, t in roles]
    elif pack.name == "moves":
        sets = [{"since": y} for y in years] + [{"since": a, "until": b} for a, b in itertools.pairwise(years)]
    elif pack.name == "network-members":
        sets = [{"network": n} for n in sorted({n for n, _ in members})]
        sets += [{"municipality": m} for m in sorted({m for _, m in members})]
    elif pack.name == "attendance":
        sets = [{"body": body(d), "date": d["date"]} for d in docs if d["attendance"] and d.get("date")]
    elif pack.name == "decisions":
        outcomes = sorted({i["outcome"] for d in docs for i in d["items"] if i["outcome"] != "none"})
        sets = [{"municipality": m} for m in municipalities]
        sets += [{"municipality": m, "outcome": o} for m in municipalities for o in outcomes]
        sets += [{"body": body(d), "since": d["date"][:4]} for d in docs if d.get("date")]
    elif pack.name == "case":
        sets = [{"number": n} for n in cases] + [{"number": n.split("-")[0]} for n in cases if n[:1].isdigit()]
    elif pack.name == "connection":
        sets = [{"a": a["adopter"], "b": a["initiative"]} for a in adoptions]
        sets += [{"a": m, "b": n} for n, m in members]  # a municipality and its network
        by_network: dict[str, list[str]] = {}
        for network, member in members:
            by_network.setdefault(network, []).append(member)
        sets += [{"a": a, "b": b} for ms in by_network.values() for a, b in itertools.pairwise(ms)]  # two steps
    elif pack.name == "search":
        sets = [{"text": w} for w in sorted({w for p in people for w in p.split()} | set(initiatives))]
    elif pack.name == "co-occurrence":
        names = [*initiatives, *laws, *municipalities, *(body(d) for d in docs)]
        sets = [{"name": n} for n in names]
    unique = [dict(items) for items in sorted({tuple(sorted(s.items())) for s in sets})]
    rnd.shuffle(unique)
    return unique


def measure(
    store: QueryStore, sets: int, repeats: int, truth: Truth | None = None, packs: Sequence[str] = ()
) -> list[dict[str, Any]]:
    rnd = random.Random(SEED)
    results = []
    for pack in list_packs():
        if packs and pack.name not in packs:
            continue
        samples: list[float] = []
        cpu: list[float] = []
        rows: list[int] = []
        refused = 0
        chosen = truth_candidates(truth, pack, rnd) if truth else parameter_sets(store, pack, sets, rnd)
        answered = 0
        for params in chosen:
            if answered >= sets:
                break
            try:
                run_pack(store, pack.name, params)
            except KommunegrafError:
                refused += 1
                continue
            answered += 1
            run_samples, run_rows = timed_runs(store, pack.name, params, repeats, cpu)
            samples += run_samples
            rows += run_rows
        results.append(
            {
                "pack": pack.name,
                "parameter_sets": answered,
                "refused_sets": refused,
                "runs": len(samples),
                "median_rows": percentile([float(r) for r in rows], 0.5) if rows else 0,
                "max_rows": max(rows, default=0),
                "p50_ms": round(percentile(samples, 0.5), 2) if samples else None,
                "p95_ms": round(percentile(samples, 0.95), 2) if samples else None,
                "max_ms": round(max(samples), 2) if samples else None,
                "cpu_p50_ms": round(percentile(cpu, 0.5), 2) if cpu else None,
                "cpu_p95_ms": round(percentile(cpu, 0.95), 2) if cpu else None,
            }
        )
    return results


def markdown(results: Sequence[dict[str, Any]], engine: str, source: str = "the store") -> str:
    lines = [
        f"pack latency on {engine}, parameter sets drawn from {source}",
        "",
        "| pack | sets | runs | median rows | max rows | p50 ms | p95 ms | max ms | CPU p50 ms | CPU p95 ms |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in results:
        cells = [r["pack"], r["parameter_sets"], r["runs"], f"{r['median_rows']:.0f}", r["max_rows"]]
        cells += [r["p50_ms"], r["p95_ms"], r["max_ms"], r.get("cpu_p50_ms"), r.get("cpu_p95_ms")]
        lines.append("| " + " | ".join(str(c) for c in cells) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--store", type=Path, help="an embedded store built by `kommunegraf build`")
    parser.add_argument("--neo4j", help="a Bolt URI instead of an embedded store")
    parser.add_argument("--truth", type=Path, help="a generated corpus's truth.json: draw the parameters from it")
    parser.add_argument("--pack", action="append", default=[], help="only this pack (repeatable)")
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
        truth = Truth.load(args.truth) if args.truth else None
        results = measure(store, args.sets, args.repeats, truth, args.pack)
    finally:
        store.close()
    engine = "neo4j" if args.neo4j else "ladybug"
    if args.json:
        print(
            json.dumps(
                {
                    "engine": engine,
                    "sets": args.sets,
                    "repeats": args.repeats,
                    "parameters_from": "truth" if args.truth else "store",
                    "load_average": [round(x, 2) for x in os.getloadavg()],
                    "packs": results,
                },
                indent=1,
            )
        )
    else:
        print(markdown(results, engine, "the generated truth" if args.truth else "the store"))
    return 0


if __name__ == "__main__":
    sys.exit(main())

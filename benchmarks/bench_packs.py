"""Latency of every query pack on a large graph: p50 and p95 per pack, for one store.

    python benchmarks/bench_packs.py --documents 10000 [--neo4j bolt://localhost:7687] [--repeats 30]

Without a generated corpus this module makes its own synthetic ``models.Graph`` (a meeting per
document, with items, cases, mentions, attendance, roles, memberships and adoptions, shaped like
the seeds). ``measure_packs(store, params)`` is what benchmarks/run.py calls for a store it has
built. Neo4j credentials come from NEO4J_USER / NEO4J_PASSWORD, as for the CLI.
"""

from __future__ import annotations

import argparse
import gc
import json
import random
import sys
import tempfile
import time
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, get_args

from graphbuild.graph_builder import GraphBuilder
from graphbuild.models import Graph, Outcome
from graphbuild.pack_files import list_packs
from graphbuild.pack_model import QueryStore
from graphbuild.querypacks import run_pack


@dataclass(frozen=True)
class Latency:
    pack: str
    runs: int
    rows: int
    p50_ms: float
    p95_ms: float
    max_ms: float


def percentile(samples: list[float], fraction: float) -> float:
    """Nearest-rank percentile: the smallest sample with at least ``fraction`` of samples at or below it."""
    ordered = sorted(samples)
    rank = max(1, int(-(-fraction * len(ordered) // 1)))
    return ordered[rank - 1]


def timed_runs(
    store: QueryStore, pack: str, params: Mapping[str, str], repeats: int, cpu: list[float] | None = None
) -> tuple[list[float], list[int]]:
    """``repeats`` timed runs of one pack with one parameter set: milliseconds and rows of each run.
    ``cpu``, if given, gets each run's process CPU time in milliseconds (an embedded engine's threads
    included; for a server, the client's share only): on a loaded machine it moves far less than
    the wall time, so it tells a change in the work from a change in the load."""
    samples: list[float] = []
    rows: list[int] = []
    for _ in range(repeats):
        started, cpu_started = time.perf_counter(), time.process_time()
        rows.append(len(run_pack(store, pack, params).rows))
        samples.append((time.perf_counter() - started) * 1000)
        if cpu is not None:
            cpu.append((time.process_time() - cpu_started) * 1000)
    return samples, rows


def measure_packs(
    store: QueryStore,
    params_by_pack: Mapping[str, Mapping[str, str]],
    *,
    repeats: int = 30,
    warmup: int = 3,
) -> dict[str, Latency]:
    """Run every pack ``warmup + repeats`` times with its parameters; time the last ``repeats``."""
    results: dict[str, Latency] = {}
    for pack in list_packs():
        params = params_by_pack.get(pack.name, {})
        rows = 0
        for _ in range(warmup):
            rows = len(run_pack(store, pack.name, params).rows)
        samples, _ = timed_runs(store, pack.name, params, repeats)
        results[pack.name] = Latency(
            pack.name, repeats, rows, percentile(samples, 0.5), percentile(samples, 0.95), max(samples)
        )
    return results


# --- a synthetic graph ---------------------------------------------------------------------

FIRST = ["Anne", "Lars", "Mette", "Peter", "Hanne", "Jesper", "Lone", "Søren", "Kate", "Niels", "Pia", "Ole"]
LAST = [
    "Møller",
    "Jensen",
    "Nielsen",
    "Hansen",
    "Pedersen",
    "Rasmussen",
    "Bak",
    "Lorentsen",
    "Brandt",
    "Højberg",
]
BODIES = ["Direktionen", "Chefforum", "Økonomiudvalget", "Social- og Sundhedsudvalget"]
NETWORKS = [
    "KD-Net",
    "DSD",
    "DASSOS",
    "KOSU",
    "Sundhedsdirektørkredsen",
    "KKR Midtjylland",
    "KKR Hovedstaden",
]
ROLES = ["formand", "næstformand", "kommunaldirektør", "direktør", "afdelingschef"]
OUTCOMES = [o for o in get_args(Outcome) if o != "none"]


def synthetic_graph(documents: int, *, seed: int = 7, items_per_meeting: int = 8) -> Graph:
    """A graph the size of ``documents`` minutes, shaped like the seeds, reproducible from ``seed``."""
    rnd = random.Random(seed)
    m = GraphBuilder()
    setup = "5e7a000000000000"  # the evidence of facts no meeting states
    m.document(setup, "setup", path="setup")
    municipalities = [
        m.municipality(f"{code:04d}", f"Kommune {code:03d}", [f"Kommune {code:03d} Kommune"])
        for code in range(101, 199)
    ]
    bodies: list[tuple[str, str]] = []
    for muni in municipalities:
        code = str(m.graph.nodes[muni].properties["code"])
        for body in BODIES:
            body_id = m.organization(body, code, kind="municipality body")
            m.rel("PART_OF", body_id, muni, setup, None, body)
            bodies.append((body_id, muni))
    networks = [m.organization(n, kind="network") for n in NETWORKS]
    kl = m.organization("KL", None, ["Kommunernes Landsforening"], kind="association")
    for index, network in enumerate(networks):
        for muni in rnd.sample(municipalities, 12 + index):
            m.rel("MEMBER_OF", muni, network, setup, None, "medlem")
        m.rel("MEMBER_OF", network, kl, setup, None, "under KL")
    bodies.extend((n, "") for n in networks)
    initiatives = [m.initiative(f"Initiativ {i}", [f"INI{i}"], kind="program") for i in range(300)]
    initiatives.append(m.initiative("KL Play: Sundhed og Social", ["KL Play"]))
    laws = [m.law(f"Lov {i} §{i % 50}", paragraph=f"§{i % 50}") for i in range(200)]
    people = [
        m.person(f"{rnd.choice(FIRST)} {rnd.choice(LAST)} {i}", affiliation=None)
        for i in range(max(200, documents // 2))
    ]
    for index, person in enumerate(people):
        a, b = rnd.sample(municipalities, 2)
        year = 2015 + index % 9
        m.rel("HOLDS_ROLE", person, a, setup, None, "rolle", role=rnd.choice(ROLES), valid_to=f"{year}-06-30")
        if index % 3 != 1:
            m.rel(
                "HOLDS_ROLE",
                person,
                b,
                setup,
                None,
                "rolle",
                role=rnd.choice(ROLES),
                valid_from=f"{year}-07-01",
            )
        if index % 5 == 0:
            m.rel("HOLDS_ROLE", person, rnd.choice(networks), setup, None, "formand", role="formand")
    for d in range(documents):
        doc = f"{d:016x}"
        body_id, muni = bodies[d % len(bodies)]
        day = f"{2015 + d % 9}-{1 + d % 12:02d}-{1 + d % 28:02d}"
        meeting = m.meeting(
            doc, body_id, f"{day}T10:00", file=f"doc_{d:05d}.txt", name=f"møde {d}", path=f"corpus/doc_{d:05d}.txt"
        )
        attendees = rnd.sample(people, 9)
        for index, person in enumerate(attendees[:8]):
            status = "absent" if index == 0 else "present"
            m.rel("ATTENDED", person, meeting, doc, None, "deltager", status=status)
        absent_name = m.graph.nodes[attendees[0]].properties["name"]
        m.rel("ATTENDED", attendees[8], meeting, doc, None, "i stedet", status="substitute", stands_in_for=absent_name)
        for number in range(1, items_per_meeting + 1):
            outcome = rnd.choice(OUTCOMES)
            item = m.item(
                doc,
                str(number),
                f"Punkt {number} om emne {rnd.randrange(500)}",
                name=f"Punkt {number}",
                outcome=outcome,
                decision="Godkendt." if outcome == "approved" else None,
                case_numbers=[],
            )
            kle = f"{rnd.randrange(100):02d}.{rnd.randrange(20):02d}.{rnd.randrange(20):02d}"
            case_number = f"{kle}-A{rnd.randrange(100):02d}-{d}-{number}"
            case_code = m.graph.nodes[muni].properties["code"] if muni else None
            case = m.case(case_number, scheme="kle", kle=kle, municipality_code=case_code)
            m.rel("CONCERNS", item, case, doc, str(number), case_number)
            initiative = rnd.choice(initiatives)
            m.rel("MENTIONS", item, initiative, doc, str(number), m.graph.nodes[initiative].properties["name"])
            m.rel("MENTIONS", item, rnd.choice(people), doc, str(number), "person")
            m.rel("MENTIONS", item, kl if number % 2 else rnd.choice(networks), doc, str(number), "KL")
            if number % 4 == 0:
                m.rel("CITES", item, rnd.choice(laws), doc, str(number), "lov")
            if outcome == "adopted" and muni:
                m.rel(
                    "ADOPTED",
                    muni,
                    initiative,
                    doc,
                    str(number),
                    "besluttede at tilmelde sig",
                    date=day,
                    date_is="on",
                )
    return m.graph


def synthetic_params(store: QueryStore) -> dict[str, dict[str, str]]:
    """Parameters that hit real data in ``synthetic_graph``; the person is one the store holds
    (people's names there carry a number, so a name written here would name none or several)."""
    [person] = store.query("MATCH (p:Person)-[:HOLDS_ROLE]->() RETURN p.name AS name ORDER BY name LIMIT 1")
    return {
        "adopters": {"initiative": "KL Play"},
        "initiative-timeline": {"initiative": "Initiativ 42"},
        "person": {"name": str(person["name"])},
        "role-holders": {"role": "formand", "organization": "DASSOS"},
        "moves": {"since": "2020-01-01", "until": "2020-12-31"},
        "network-members": {"network": "KD-Net"},
        "attendance": {"body": "KD-Net", "date": "2020"},
        "decisions": {"municipality": "Kommune 120", "outcome": "approved", "since": "2020"},
        "case": {"number": "12.05"},
        "connection": {"a": "Kommune 120", "b": "Lov 17 §17"},
        "search": {"text": "Sundhed"},
        "co-occurrence": {"name": "Initiativ 42"},
    }


# --- command line --------------------------------------------------------------------------


def _generate_and_load(documents: int, neo4j: str | None, store_dir: Path) -> Any:
    """Generate, load, and let the graph go before timing: a live graph of a million Python
    objects would put the garbage collector's pauses into the query latencies."""
    from graphbuild.store.base import StoreTarget
    from graphbuild.store.opening import open_store

    started = time.perf_counter()
    graph = synthetic_graph(documents)
    print(
        f"generated {len(graph.nodes)} nodes, {len(graph.rels)} relationships in {time.perf_counter() - started:.1f} s",
        file=sys.stderr,
    )
    target = StoreTarget(neo4j_uri=neo4j) if neo4j else StoreTarget(store_dir=store_dir)
    writer = open_store(target, read_only=False)
    started = time.perf_counter()
    try:
        writer.replace_graph(graph)
    finally:
        writer.close()
    print(
        f"loaded into {'neo4j' if neo4j else 'ladybug'} in {time.perf_counter() - started:.1f} s",
        file=sys.stderr,
    )
    del graph
    gc.collect()
    return open_store(target, read_only=True)


def report_markdown(engine: str, documents: int, results: Mapping[str, Latency]) -> str:
    lines = [
        f"pack latency, {engine}, {documents} synthetic documents",
        "",
        "| pack | rows | p50 ms | p95 ms | max ms |",
        "|---|---:|---:|---:|---:|",
    ]
    for latency in results.values():
        lines.append(
            f"| {latency.pack} | {latency.rows} | {latency.p50_ms:.1f} | {latency.p95_ms:.1f} | {latency.max_ms:.1f} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--documents", type=int, default=10_000)
    parser.add_argument("--repeats", type=int, default=30)
    parser.add_argument("--neo4j", help="Bolt URI; default: an embedded store in a temporary directory")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a Markdown table")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="bench-packs-") as tmp:
        store = _generate_and_load(args.documents, args.neo4j, Path(tmp) / "store")
        try:
            results = measure_packs(store, synthetic_params(store), repeats=args.repeats)
        finally:
            store.close()
    engine = "neo4j" if args.neo4j else "ladybug"
    if args.json:
        print(
            json.dumps(
                {
                    "engine": engine,
                    "documents": args.documents,
                    "packs": [asdict(r) for r in results.values()],
                },
                indent=2,
            )
        )
    else:
        print(report_markdown(engine, args.documents, results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Store benchmarks: embedded rebuild of a large generated graph, and Neo4j load rates.

    python benchmarks/bench_store.py [--nodes 1000000 --rels 3000000] [--neo4j-nodes 5000 --neo4j-rels 15000]
        [--neo4j bolt://localhost:7687] [--markdown docs/benchmarks-store.md]

``measure_embedded_rebuild`` times LadybugStore.replace_graph (Parquet + COPY into a fresh
generation + atomic swap) of a generated graph. ``measure_neo4j_load`` loads the same generated
graph into Neo4j in rounds (``--runs``, default 5), four loads a round, alternating: the store's
first load into an empty database (batched ``UNWIND ... CREATE``), the same graph again over
itself, the store's incremental load (into a database that holds another graph, which it removes),
and one MERGE statement per row (the naive baseline), after untimed warm-up rounds of the same
four; it reports relationships per second for each, and each ratio to the naive load as the median
of the ratios within a round.
``--from-store DIR`` loads the graph of a built embedded store (e.g. the 10,000-document build)
into Neo4j and checks the server still answers.
Without --neo4j the Neo4j test harness in tests/neo4j_server is started (needs java and cp.txt);
the credentials then come from NEO4J_USER / NEO4J_PASSWORD as for the CLI.
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from graphbuild.models import Graph, NodeRecord, RelRecord
from graphbuild.store.base import StoreTarget
from graphbuild.store.bulk import write_graph
from graphbuild.store.credentials import neo4j_credentials
from graphbuild.store.neo4j import Neo4jStore, merge_nodes_cypher, merge_rels_cypher
from graphbuild.store.opening import open_store
from graphbuild.vocab.schema import load_schema

SERVER_DIR = Path(__file__).resolve().parent.parent / "tests" / "neo4j_server"


def generated_graph(nodes: int, rels: int, *, documents: int = 1000, prefix: str = "") -> Graph:
    """Persons, meetings and organisations; ATTENDED and HOLDS_ROLE spread over ``documents``;
    every id starts with ``prefix``."""
    schema = load_schema()
    graph = Graph()
    meetings = max(1, nodes // 7)
    organizations = max(1, nodes // 20)
    people = max(1, nodes - meetings - organizations)
    blank_node = {label: dict.fromkeys(t.properties) for label, t in schema.nodes.items()}

    def add(label: str, node_id: str, name: str) -> None:
        props = {**blank_node[label], "id": node_id, "name": name, "aliases": [name.upper()]}
        graph.nodes[node_id] = NodeRecord.model_construct(id=node_id, label=label, properties=props)

    for i in range(people):
        add("Person", f"{prefix}person:{i}", f"Person {i}")
    for i in range(meetings):
        add("Meeting", f"{prefix}meeting:{i}", f"Møde {i}")
    for i in range(organizations):
        add("Organization", f"{prefix}organization:{i}", f"Organisation {i}")
    roles = rels // 5
    for r in range(rels):
        person = r % people
        doc = f"doc{r % documents:06d}"
        if r < roles:
            rel_type, target, target_label = "HOLDS_ROLE", f"{prefix}organization:{r % organizations}", "Organization"
            extra: dict[str, Any] = {"role": "formand", "valid_from": "2020-01-01", "valid_to": None}
        else:
            rel_type, target, target_label = "ATTENDED", f"{prefix}meeting:{(r * 7919) % meetings}", "Meeting"
            extra = {"status": "present", "stands_in_for": None}
        rel_id = f"{prefix}rel:{r:010d}"
        props = {"id": rel_id, "doc": doc, "item": "1", "span_start": r, "span_end": r + 20, "quote": "til stede"}
        graph.rels[rel_id] = RelRecord.model_construct(
            id=rel_id,
            type=rel_type,
            source=f"{prefix}person:{person}",
            target=target,
            source_label="Person",
            target_label=target_label,
            properties={**props, **extra},
        )
    return graph


@dataclass
class EmbeddedResult:
    nodes: int
    rels: int
    generate_s: float
    first_build_s: float
    rebuild_s: float
    rels_per_s: float
    peak_rss_mb: float


def measure_embedded_rebuild(nodes: int, rels: int) -> EmbeddedResult:
    started = time.perf_counter()
    graph = generated_graph(nodes, rels)
    generate_s = time.perf_counter() - started
    with tempfile.TemporaryDirectory(prefix="bench-store-") as tmp:
        target = StoreTarget(store_dir=Path(tmp) / "store")
        timings = []
        for _ in range(2):  # the second build replaces the first: the rebuild a user waits for
            store = open_store(target, read_only=False)
            started = time.perf_counter()
            store.replace_graph(graph)
            timings.append(time.perf_counter() - started)
            store.close()
        reader = open_store(target)
        counts = reader.counts()
        reader.close()
    assert sum(counts.values()) == nodes + rels, counts
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return EmbeddedResult(nodes, rels, generate_s, timings[0], timings[1], rels / timings[1], peak)


@dataclass
class Neo4jResult:
    nodes: int
    rels: int
    runs: int  # rounds: each load (the naive one too) timed once per round, the methods alternating
    bulk_s: float
    bulk_rels_per_s: float
    unwind_s: float
    unwind_rels_per_s: float
    reload_s: float  # the same graph loaded again over itself (nothing changed: the usual rebuild)
    naive_s: float
    naive_rels_per_s: float
    speedup: float  # median over the rounds of naive / incremental load over another graph (same round)
    bulk_speedup: float  # median over the rounds of naive / first load (same round)
    bulk_runs: list[float]
    unwind_runs: list[float]
    reload_runs: list[float]
    naive_runs: list[float]
    speedup_runs: list[float]  # naive / incremental load, each round


def _naive_load(store: Neo4jStore, graph: Graph) -> None:
    """One MERGE statement per node and per relationship, each its own auto-commit transaction."""
    with store.driver.session(database=store.database) as session:
        for node in graph.nodes.values():
            props = {k: v for k, v in node.properties.items() if v is not None}
            session.run(merge_nodes_cypher(node.label), rows=[{**props, "id": node.id}]).consume()
        for rel in graph.rels.values():
            props = {k: v for k, v in rel.properties.items() if v is not None}
            row = {"from": rel.source, "to": rel.target, "props": {**props, "id": rel.id}}
            cypher = merge_rels_cypher(rel.type, rel.source_label, rel.target_label)
            session.run(cypher, rows=[row]).consume()


def _other_graph() -> Graph:
    """A small graph with ids of its own: what the database holds before an incremental load."""
    return generated_graph(200, 600, documents=4, prefix="old-")


# Full rounds of all four loads before the timed ones: the server (its JVM's compiler) is warm only
# after several loads of real size. With one warm-up load of a 200-node graph, the first two timed
# rounds' incremental loads took 6.1 and 3.3 s (then 1.0-1.5 s); after one full round, the first
# timed round's still took 6.2 and 7.3 s in two runs (then 1.2-3.3 s at load 5-8).
WARM_UP_ROUNDS = 2


def _round(store: Neo4jStore, graph: Graph) -> None:
    """One untimed round: the four loads the timed rounds make, in their order."""
    store.clear()
    store.replace_graph(graph)
    store.replace_graph(graph)
    store.clear()
    store.replace_graph(_other_graph())
    store.replace_graph(graph)
    store.clear()
    _naive_load(store, graph)


def measure_neo4j_load(uri: str, nodes: int, rels: int, runs: int = 5) -> Neo4jResult:
    """``runs`` rounds of four loads of the same graph, alternating, so a change in the machine's
    load hits each method: the first load, the same graph again, the incremental load over another
    graph, and the naive one-MERGE-per-row load; before them ``WARM_UP_ROUNDS`` untimed rounds of the
    same four, so no method is timed while the server still compiles its plans. A ratio to the
    naive load is taken within each round (the two loads minutes apart at most), and its median over
    the rounds is reported."""
    graph = generated_graph(nodes, rels, documents=max(1, rels // 150))
    store = Neo4jStore(uri, neo4j_credentials())
    bulk: list[float] = []
    unwind: list[float] = []
    reload: list[float] = []
    naive: list[float] = []
    try:
        store.ensure_schema()
        for _ in range(WARM_UP_ROUNDS):  # untimed: plans cached and the server's JIT warm for every method
            _round(store, graph)
        for _ in range(runs):  # the methods alternate, so a change in the machine's load hits each
            store.clear()
            started = time.perf_counter()
            store.replace_graph(graph)  # an empty database: the first load
            bulk.append(time.perf_counter() - started)
            assert sum(store.counts().values()) == nodes + rels
            started = time.perf_counter()
            store.replace_graph(graph)  # the same graph again: every row already stored
            reload.append(time.perf_counter() - started)
            assert sum(store.counts().values()) == nodes + rels
            store.clear()
            store.replace_graph(_other_graph())
            started = time.perf_counter()
            store.replace_graph(graph)  # a database holding another graph: the incremental load
            unwind.append(time.perf_counter() - started)
            assert sum(store.counts().values()) == nodes + rels
            store.clear()
            started = time.perf_counter()
            _naive_load(store, graph)
            naive.append(time.perf_counter() - started)
            assert sum(store.counts().values()) == nodes + rels
        store.clear()
    finally:
        store.close()
    bulk_s, unwind_s, reload_s = statistics.median(bulk), statistics.median(unwind), statistics.median(reload)
    naive_s = statistics.median(naive)
    speedups = [n / u for n, u in zip(naive, unwind, strict=True)]
    return Neo4jResult(
        nodes,
        rels,
        runs,
        bulk_s,
        rels / bulk_s,
        unwind_s,
        rels / unwind_s,
        reload_s,
        naive_s,
        rels / naive_s,
        statistics.median(speedups),
        statistics.median(n / b for n, b in zip(naive, bulk, strict=True)),
        [round(t, 2) for t in bulk],
        [round(t, 2) for t in unwind],
        [round(t, 2) for t in reload],
        [round(t, 2) for t in naive],
        [round(x, 1) for x in speedups],
    )


@dataclass
class StoreLoadResult:
    nodes: int
    rels: int
    read_s: float
    load_s: float
    rels_per_s: float
    reload_s: float  # the same tables loaded again: the incremental path over an unchanged graph
    answers_after: bool


def load_built_store(uri: str, store_dir: Path) -> StoreLoadResult:
    """The graph of a built embedded store loaded into an empty Neo4j (the first-load path), then
    the server asked for its counts: it must still answer, with every node and relationship. The
    graph is read back from the store and written as table files (as a build leaves them), so the
    timed load streams from those files like a build's."""
    started = time.perf_counter()
    reader = open_store(StoreTarget(store_dir=store_dir))
    try:
        graph = reader.read_graph()
    finally:
        reader.close()
    nodes, rels = len(graph.nodes), len(graph.rels)
    with tempfile.TemporaryDirectory(prefix="bench-neo4j-tables-") as tmp:
        tables = write_graph(graph, Path(tmp))
        del graph
        read_s = time.perf_counter() - started
        store = Neo4jStore(uri, neo4j_credentials())
        try:
            store.clear()
            started = time.perf_counter()
            store.replace_tables(tables)
            load_s = time.perf_counter() - started
            started = time.perf_counter()
            store.replace_tables(tables)
            reload_s = time.perf_counter() - started
            counts = store.counts()
        finally:
            store.close()
    answers = sum(counts.values()) == nodes + rels
    return StoreLoadResult(nodes, rels, read_s, load_s, rels / load_s, reload_s, answers)


@contextmanager
def harness_server() -> Iterator[str]:
    """The test suite's in-process Neo4j 5.26 (tests/neo4j_server), stopped afterwards. Its classpath is resolved
    by the test command (scripts/test); without it the benchmark stops with a message, not a traceback."""
    classpath_file = SERVER_DIR / "cp.txt"
    if not classpath_file.is_file():
        raise SystemExit(
            f"bench_store: {classpath_file} is missing: the Neo4j test harness is not set up. Run the test command "
            "once (./scripts/test), or pass --neo4j bolt://… for a running server, or --skip-neo4j."
        )
    classpath = classpath_file.read_text().strip()
    process = subprocess.Popen(
        ["java", "-cp", classpath, "Main.java"],
        cwd=SERVER_DIR,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert process.stdout is not None and process.stdin is not None
    try:
        yield process.stdout.readline().strip().rstrip("/")
    finally:
        process.stdin.close()
        process.wait(timeout=120)


def machine() -> str:
    return f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, {platform.system()}"


def report_markdown(embedded: EmbeddedResult | None, neo4j: Neo4jResult | None) -> str:
    lines = ["# Store benchmarks", "", f"One run on one machine ({machine()}); `python benchmarks/bench_store.py`.", ""]
    if embedded:
        e = embedded
        lines += [
            "## Embedded (LadybugDB) rebuild",
            "",
            f"Generated graph: {e.nodes:,} nodes, {e.rels:,} relationships "
            f"(generating the in-memory graph: {e.generate_s:.1f} s).",
            "",
            "| build | seconds | relationships/s |",
            "|---|---|---|",
            f"| first build (empty store) | {e.first_build_s:.1f} | {e.rels / e.first_build_s:,.0f} |",
            f"| rebuild (replaces the previous graph) | {e.rebuild_s:.1f} | {e.rels_per_s:,.0f} |",
            "",
            f"Peak resident memory of the benchmark process: {e.peak_rss_mb:,.0f} MB.",
            "",
        ]
    if neo4j:
        n = neo4j
        lines += [
            "## Neo4j 5.26 load rate",
            "",
            f"Same generated graph for each ({n.nodes:,} nodes, {n.rels:,} relationships).",
            "",
            f"{n.runs} rounds after {WARM_UP_ROUNDS} untimed warm-up rounds (the same four loads), the four methods "
            "alternating in each; seconds: the median (every run in "
            "brackets); × naive: the median over the rounds of the naive load's time over the method's, both "
            f"of the same round (incremental, each round: {', '.join(map(str, n.speedup_runs))}).",
            "",
            "| method | seconds | relationships/s | × naive |",
            "|---|---|---|---|",
            f"| first load, empty database: batched `UNWIND ... CREATE` (Neo4jStore.replace_graph) | {n.bulk_s:.1f} "
            f"({', '.join(map(str, n.bulk_runs))}) | {n.bulk_rels_per_s:,.0f} | {n.bulk_speedup:.1f} |",
            f"| incremental load over another graph (Neo4jStore.replace_graph) "
            f"| {n.unwind_s:.1f} ({', '.join(map(str, n.unwind_runs))}) | {n.unwind_rels_per_s:,.0f} "
            f"| {n.speedup:.1f} |",
            f"| the same graph loaded again over itself | {n.reload_s:.1f} ({', '.join(map(str, n.reload_runs))}) "
            f"| {n.rels / n.reload_s:,.0f} | {n.naive_s / n.reload_s:.1f} |",
            f"| one MERGE statement per row (naive) | {n.naive_s:.1f} ({', '.join(map(str, n.naive_runs))}) "
            f"| {n.naive_rels_per_s:,.0f} | 1 |",
            "",
        ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--nodes", type=int, default=1_000_000)
    parser.add_argument("--rels", type=int, default=3_000_000)
    parser.add_argument("--neo4j-nodes", type=int, default=5_000)
    parser.add_argument("--neo4j-rels", type=int, default=15_000)
    parser.add_argument("--neo4j", help="Bolt URI; default: start the test harness")
    parser.add_argument("--runs", type=int, default=5, help="rounds of the Neo4j loads, alternating (median)")
    parser.add_argument("--skip-embedded", action="store_true")
    parser.add_argument("--skip-neo4j", action="store_true")
    parser.add_argument("--markdown", type=Path)
    parser.add_argument("--from-store", type=Path, help="load this built embedded store's graph into Neo4j")
    args = parser.parse_args(argv)
    embedded = None if args.skip_embedded else measure_embedded_rebuild(args.nodes, args.rels)
    if embedded:
        print(asdict(embedded), flush=True)
    if args.from_store:
        if args.neo4j:
            loaded = load_built_store(args.neo4j, args.from_store)
        else:
            os.environ.setdefault("NEO4J_PASSWORD", "benchmark-harness")  # the harness runs without auth
            with harness_server() as uri:
                loaded = load_built_store(uri, args.from_store)
        print(asdict(loaded), flush=True)
    neo4j = None
    if not args.skip_neo4j:
        if args.neo4j:
            neo4j = measure_neo4j_load(args.neo4j, args.neo4j_nodes, args.neo4j_rels, args.runs)
        else:
            os.environ.setdefault("NEO4J_PASSWORD", "benchmark-harness")  # the harness runs without auth
            with harness_server() as uri:
                neo4j = measure_neo4j_load(uri, args.neo4j_nodes, args.neo4j_rels, args.runs)
        print(asdict(neo4j), flush=True)
    text = report_markdown(embedded, neo4j)
    if args.markdown:
        args.markdown.write_text(text, encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())

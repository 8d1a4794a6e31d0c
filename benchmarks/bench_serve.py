"""Page times of `kommunegraf serve` on a built store: p50 and p95 per page type.

    python -m benchmarks.bench_serve --store /tmp/kg10k/store [--per-type 40] [--seed 7] [--clients N] [--json]

Without --clients, requests go one at a time through Starlette's TestClient, in process: routing,
the store's queries, the search index and the templates are timed; the network and the browser
are not. With --clients N, the app is served by uvicorn on 127.0.0.1 and N client threads send
the same requests, shuffled, N at a time over HTTP: each page's time then includes waiting for
the others (what a team sharing one server sees), and the requests per second are reported.
Entities are drawn at random (seeded) from every label the pages serve; search words are drawn
from entity names and from the documents' text. The first request of each kind is a warm-up and
is not counted.
"""

from __future__ import annotations

import argparse
import http.client
import json
import random
import re
import socket
import sqlite3
import sys
import threading
import time
from collections import defaultdict
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import quote

from starlette.testclient import TestClient

from benchmarks.bench_packs import percentile
from graphbuild.publish import index_dir
from graphbuild.serve.app import create_app
from graphbuild.store.base import StoreTarget
from graphbuild.store.opening import open_store
from graphbuild.textindex import INDEX_FILE

LABELS = ("Municipality", "Person", "Initiative", "Organization", "Case", "Law", "Meeting")


def sample_urls(target: StoreTarget, per_type: int, seed: int) -> dict[str, list[str]]:
    """URLs to time, by page type."""
    chooser = random.Random(seed)
    store = open_store(target, read_only=True)
    try:
        urls: dict[str, list[str]] = {}
        for label in LABELS:
            ids = [r["id"] for r in store.query(f"MATCH (n:`{label}`) RETURN n.id AS id ORDER BY id")]
            picked = chooser.sample(ids, min(per_type, len(ids)))
            urls[f"entity {label}"] = ["/entity/" + node_id for node_id in picked]
    finally:
        store.close()
    live = index_dir(target)
    assert live is not None, "no index: build the store with this kommunegraf first"
    with closing(sqlite3.connect(f"file:{live / INDEX_FILE}?mode=ro", uri=True)) as connection:
        names = [row[0] for row in connection.execute("SELECT name FROM entities")]
        docs = [row[0] for row in connection.execute("SELECT doc FROM documents")]
        texts = [
            row[0] or ""
            for row in connection.execute(
                "SELECT text FROM documents WHERE rowid IN (SELECT rowid FROM documents ORDER BY random() LIMIT 50)"
            )
        ]
    words = sorted({w for text in texts for w in re.findall(r"\w{6,}", text)})
    urls["search (a name)"] = ["/search?q=" + chooser.choice(names) for _ in range(per_type)]
    urls["search (a word)"] = ["/search?q=" + chooser.choice(words) for _ in range(per_type)]
    urls["document"] = ["/document/" + chooser.choice(docs) for _ in range(per_type)]
    urls["home"] = ["/"] * min(per_type, 10)
    return urls


def measure(target: StoreTarget, per_type: int, seed: int) -> list[dict[str, Any]]:
    results = []
    with TestClient(create_app(target), base_url="http://127.0.0.1") as client:
        for kind, urls in sample_urls(target, per_type, seed).items():
            client.get(urls[0])  # warm-up
            times: list[float] = []
            for url in urls:
                started = time.perf_counter()
                response = client.get(url)
                times.append((time.perf_counter() - started) * 1000)
                assert response.status_code == 200, (url, response.status_code)
            results.append(summary(kind, times))
    return results


def summary(kind: str, times: list[float]) -> dict[str, Any]:
    return {
        "page": kind,
        "runs": len(times),
        "p50_ms": round(percentile(times, 0.5), 1),
        "p95_ms": round(percentile(times, 0.95), 1),
        "max_ms": round(max(times), 1),
    }


@contextmanager
def serving(target: StoreTarget) -> Iterator[int]:
    """The app under uvicorn on a free port of 127.0.0.1, for as long as the block runs."""
    import uvicorn

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = int(probe.getsockname()[1])
    server = uvicorn.Server(
        uvicorn.Config(create_app(target), host="127.0.0.1", port=port, log_level="warning", access_log=False)
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        if not thread.is_alive():
            raise RuntimeError("the server did not start")
        time.sleep(0.05)
    try:
        yield port
    finally:
        server.should_exit = True
        thread.join(timeout=30)


def measure_concurrent(target: StoreTarget, per_type: int, seed: int, clients: int) -> list[dict[str, Any]]:
    """The same requests sent by ``clients`` threads at once to a served app; the last row is the
    whole run: every request, and requests per second."""
    urls = sample_urls(target, per_type, seed)
    jobs = [(kind, quote(url, safe="/?=&:%")) for kind, kind_urls in urls.items() for url in kind_urls]
    random.Random(seed).shuffle(jobs)
    local = threading.local()
    with serving(target) as port:

        def fetch(job: tuple[str, str]) -> tuple[str, float]:
            if not hasattr(local, "connection"):
                local.connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
            started = time.perf_counter()
            local.connection.request("GET", job[1])
            response = local.connection.getresponse()
            response.read()
            took = (time.perf_counter() - started) * 1000
            assert response.status == 200, (job, response.status)
            return job[0], took

        for kind_urls in urls.values():  # warm-up: one of each kind, alone
            fetch(("warm-up", quote(kind_urls[0], safe="/?=&:%")))
        started = time.perf_counter()
        with ThreadPoolExecutor(clients) as pool:
            timed = list(pool.map(fetch, jobs))
        elapsed = time.perf_counter() - started
    by_kind: dict[str, list[float]] = defaultdict(list)
    for kind, took in timed:
        by_kind[kind].append(took)
    results = [summary(kind, by_kind[kind]) for kind in urls]
    results.append(
        {**summary(f"all, {clients} clients", [t for _, t in timed]), "per_s": round(len(jobs) / elapsed, 1)}
    )
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--store", type=Path, required=True)
    parser.add_argument("--per-type", type=int, default=40)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--clients", type=int, default=0, help="send requests this many at a time over HTTP")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    target = StoreTarget(store_dir=args.store)
    if args.clients > 0:
        results = measure_concurrent(target, args.per_type, args.seed, args.clients)
    else:
        results = measure(target, args.per_type, args.seed)
    if args.json:
        json.dump(results, sys.stdout, indent=2)
        sys.stdout.write("\n")
    else:
        print(f"{'page':<24} {'runs':>5} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}")
        for row in results:
            rate = f" {row['per_s']:>6} requests/s" if "per_s" in row else ""
            print(f"{row['page']:<24} {row['runs']:>5} {row['p50_ms']:>8} {row['p95_ms']:>8} {row['max_ms']:>8}{rate}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

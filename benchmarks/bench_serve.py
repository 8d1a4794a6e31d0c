"""Page times of `kommunegraf serve` on a built store: p50 and p95 per page type.

    python -m benchmarks.bench_serve --store /tmp/kg10k/store [--per-type 40] [--seed 7] [--json]

Requests go through Starlette's TestClient, in process: routing, the store's queries, the search
index and the templates are timed; the network and the browser are not. Entities are drawn at
random (seeded) from every label the pages serve; search words are drawn from entity names and
from the documents' text. The first request of each kind is a warm-up and is not counted.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sqlite3
import sys
import time
from contextlib import closing
from pathlib import Path
from typing import Any

from starlette.testclient import TestClient

from benchmarks.bench_packs import percentile
from graphbuild.serve.app import create_app
from graphbuild.store.base import StoreTarget
from graphbuild.store.opening import open_store
from graphbuild.textindex import INDEX_FILE, index_dir

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
            results.append(
                {
                    "page": kind,
                    "runs": len(times),
                    "p50_ms": round(percentile(times, 0.5), 1),
                    "p95_ms": round(percentile(times, 0.95), 1),
                    "max_ms": round(max(times), 1),
                }
            )
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--store", type=Path, required=True)
    parser.add_argument("--per-type", type=int, default=40)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    results = measure(StoreTarget(store_dir=args.store), args.per_type, args.seed)
    if args.json:
        json.dump(results, sys.stdout, indent=2)
        sys.stdout.write("\n")
    else:
        print(f"{'page':<24} {'runs':>5} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}")
        for row in results:
            print(f"{row['page']:<24} {row['runs']:>5} {row['p50_ms']:>8} {row['p95_ms']:>8} {row['max_ms']:>8}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

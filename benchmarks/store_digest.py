"""Row counts and a SHA-256 of every table of a built embedded store, to show that a change to the
build or the load left the graph the same:

    python -m benchmarks.store_digest STORE [STORE ...]     # one JSON line per store; equal lines, equal graphs

Each node table is read with every property of the schema, each relationship table with both ends'
ids and every property, in id order, so the digest changes with any value, row or end.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

from graphbuild.store.ladybug import LadybugStore


def digest(store_dir: Path) -> dict[str, tuple[int, str]]:
    store = LadybugStore(store_dir)
    try:
        out: dict[str, tuple[int, str]] = {}
        for label, node in store.schema.nodes.items():
            columns = ", ".join(f"n.`{name}` AS `{name}`" for name in node.properties)
            rows = store.query(f"MATCH (n:`{label}`) RETURN {columns} ORDER BY n.id")
            out[label] = (len(rows), _sha256(rows))
        for rel_type, rel in store.schema.relationships.items():
            columns = ", ".join(f"r.`{name}` AS `{name}`" for name in rel.properties)
            rows = store.query(
                f"MATCH (a)-[r:`{rel_type}`]->(b) RETURN a.id AS from_id, b.id AS to_id, {columns} ORDER BY r.id"
            )
            out[rel_type] = (len(rows), _sha256(rows))
    finally:
        store.close()
    return dict(sorted(out.items()))


def _sha256(rows: list[dict[str, object]]) -> str:
    return hashlib.sha256(json.dumps(rows, sort_keys=True, default=str).encode()).hexdigest()[:16]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("stores", nargs="+", metavar="STORE", help="a built embedded store's directory")
    args = parser.parse_args(argv)
    for store_dir in args.stores:
        print(json.dumps({"store": store_dir, "tables": digest(Path(store_dir))}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

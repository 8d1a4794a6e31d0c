"""Writes tests/realworld/sources.csv from the gold files: one row per document with its URL,
publisher, region, portal, form and split (derived from the id, never chosen).

    python -m benchmarks.realworld_sources
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
from pathlib import Path

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "realworld"
COLUMNS = ("id", "file", "url", "publisher", "region", "portal", "form", "kind", "split")


def split_of(doc_id: str) -> str:
    return "test" if int(hashlib.sha256(doc_id.encode()).hexdigest()[:8], 16) % 3 == 0 else "dev"


def group_of(doc_id: str, publisher: str | None) -> str:
    """The rule writers' working groups: a test document stays "test"; a dev document is "dev-check" (a
    check rule writers score by totals and never read) when its publisher hashes to 0 mod 6, whole
    publishers at a time so that a layout read in one group cannot leak into the other, else "dev-write"."""
    if split_of(doc_id) == "test":
        return "test"
    publisher_hash = int(hashlib.sha256((publisher or "").encode()).hexdigest()[:8], 16)
    return "dev-check" if publisher_hash % 6 == 0 else "dev-write"


def main(argv: list[str] | None = None) -> None:
    argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter).parse_args(argv)
    rows = []
    for path in sorted((CORPUS / "gold").glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        rows.append({**{key: gold.get(key) for key in COLUMNS}, "split": split_of(gold["id"])})
    with (CORPUS / "sources.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    print(f"{len(rows)} documents, {len({r['publisher'] for r in rows})} publishers")


if __name__ == "__main__":
    main()

"""Parse speed: MB of document text per second on one core (sources + parse, no extract).

    python -m benchmarks.bench_parse [DIR ...]    # default: a generated corpus of ~20 MB

Without a directory it builds a corpus in a temporary folder by varying the seeds (../shared)
and tests/layouts: numbers, dates and names are shifted so no two files are equal.
``benchmarks/run.py`` imports :func:`measure_parse`.

Measured on the 2-core build machine (2026-11-23, generated 20 MB corpus, 1530 files, one
process): read_source 11.3 MB/s, parse_meeting 2.8 MB/s per core.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from graphbuild.parse import parse_meeting
from graphbuild.sources import collect_paths, read_source

REPO = Path(__file__).resolve().parent.parent
TEMPLATES = [
    *sorted((REPO.parent / "shared" / "seeds").glob("*.txt")),
    *sorted((REPO / "tests" / "layouts").glob("*")),
]


def measure_parse(paths: list[Path]) -> dict[str, Any]:
    """Read and parse every file on one core; report bytes, seconds and MB/s (read and parse)."""
    docs = []
    started = time.perf_counter()
    for path in paths:
        docs.append(read_source(path))
    read_seconds = time.perf_counter() - started
    text_bytes = sum(len(doc.text.encode("utf-8")) for doc in docs)
    started = time.perf_counter()
    items = 0
    for doc in docs:
        items += len(parse_meeting(doc).items)
    parse_seconds = time.perf_counter() - started
    megabytes = text_bytes / 1e6
    return {
        "documents": len(docs),
        "megabytes": round(megabytes, 3),
        "items": items,
        "read_seconds": round(read_seconds, 3),
        "parse_seconds": round(parse_seconds, 3),
        "read_mb_per_s_per_core": round(megabytes / read_seconds, 2) if read_seconds else None,
        "parse_mb_per_s_per_core": round(megabytes / parse_seconds, 2) if parse_seconds else None,
    }


def _vary(text: str, rng: random.Random) -> str:
    year = str(rng.randint(2005, 2025))
    text = re.sub(r"\b20[12]\d\b", year, text)
    text = re.sub(r"\b(\d{3})-(\d{4})-(\d{3,6})\b", lambda m: f"{m[1]}-{year}-{rng.randint(1000, 999999)}", text)
    return text


def generate_corpus(folder: Path, megabytes: float = 20.0, seed: int = 7) -> list[Path]:
    """Write varied copies of the templates (some several meetings long) until ``megabytes``."""
    rng = random.Random(seed)
    templates = [path.read_text(encoding="utf-8") for path in TEMPLATES]
    if not templates:
        raise SystemExit("no templates: ../shared/seeds and tests/layouts are missing")
    written, total, index = [], 0, 0
    while total < megabytes * 1e6:
        body = _vary(rng.choice(templates), rng)
        if rng.random() < 0.2:  # long documents: a big agenda with items repeated
            body = body + "\n\n" + "\n\n".join(_vary(rng.choice(templates), rng) for _ in range(5))
        path = folder / f"doc_{index:05d}.txt"
        path.write_text(body, encoding="utf-8")
        written.append(path)
        total += len(body.encode("utf-8"))
        index += 1
    return written


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folders", nargs="*", type=Path, metavar="DIR", help="documents to parse (default: generated)")
    args = parser.parse_args(argv)
    if args.folders:
        paths, errors = collect_paths(args.folders)
        for error in errors:
            print(error, file=sys.stderr)
        print(json.dumps(measure_parse(paths), indent=2))
        return
    with tempfile.TemporaryDirectory() as folder:
        paths = generate_corpus(Path(folder))
        print(json.dumps(measure_parse(paths), indent=2))


if __name__ == "__main__":
    main(sys.argv[1:])

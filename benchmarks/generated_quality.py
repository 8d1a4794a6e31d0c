"""How hard the synthetic corpus is beside the real one: a generated corpus (benchmarks.generate, fixed
seed) scored per field with the real corpus's field definitions (benchmarks.realworld.score_document),
its truth.json turned into the real corpus's gold shape.

    python -m benchmarks.generated_quality [--n 300] [--seed 7] [--plain]

``--plain`` writes the corpus without the real forms (``real_forms=False``): the four layouts and their
variants only, as the generator wrote them before it learnt the real forms.
"""

from __future__ import annotations

import argparse
import tempfile
from collections import defaultdict
from pathlib import Path
from typing import Any

from benchmarks.generate import Truth, generate_corpus
from benchmarks.generate_world import municipality_names
from benchmarks.realworld import REPORTED_FIELDS, score_document
from graphbuild.extract import extract_facts
from graphbuild.parse import parse_meeting
from graphbuild.sources import read_source

# the fields of benchmarks.realworld a generated truth states (it names no role kinds, takes no steps)
FIELDS = tuple(f for f in REPORTED_FIELDS if not f.startswith("roles: ") and f != "steps failed")

Totals = dict[str, list[int]]  # field -> [right, expected]


def as_gold(doc: dict[str, Any], names: dict[str, str]) -> dict[str, Any]:
    """A generated document's truth in the shape of tests/realworld/gold/*.json."""
    code = doc.get("municipality")
    return {
        "id": doc["file"],
        "file": doc["file"],
        "kind": doc["kind"],
        "date": doc["date"],
        "body": doc["body"],
        "municipality": names[code] if code else None,
        "items": [
            {"number": it["number"], "title": it["title"], "outcome": it["outcome"], "from_contents": False}
            for it in doc["items"]
        ],
        "attendance": doc["attendance"],
        "persons": doc["persons"],
        "roles": [{"person": r["person"], "role": r["role"]} for r in doc["roles"]],
        "memberships": [{"member": m["member"], "network": m["network"]} for m in doc["members"]],
        "adoptions": [{"municipality": a["adopter"], "initiative": a["initiative"]} for a in doc["adoptions"]],
    }


def score_generated(out: Path, truth: Truth) -> Totals:
    """Every generated document of ``out`` scored against its truth; sums per field."""
    names = municipality_names()
    totals: Totals = defaultdict(lambda: [0, 0])
    for doc in truth.documents:
        facts = extract_facts(parse_meeting(read_source(out / doc["file"])))
        for name, (right, expected) in score_document(as_gold(doc, names), facts=facts).items():
            totals[name][0] += right
            totals[name][1] += expected
    return dict(totals)


def measure(n: int = 300, seed: int = 7, real_forms: bool = True) -> Totals:
    with tempfile.TemporaryDirectory(prefix="kg-generated-quality-") as folder:
        out = Path(folder)
        truth = generate_corpus(n, seed, out, real_forms=real_forms)
        return score_generated(out, truth)


def share(pair: list[int] | None) -> str:
    if not pair or not pair[1]:
        return "–"
    return f"{pair[0]}/{pair[1]} ({100 * pair[0] / pair[1]:.0f} %)"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--n", type=int, default=300)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--plain", action="store_true", help="without the real forms")
    args = parser.parse_args(argv)
    totals = measure(args.n, args.seed, real_forms=not args.plain)
    print("| field | generated |\n|---|---|")
    for name in FIELDS:
        print(f"| {name} | {share(totals.get(name))} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Records a blind batch's first run (tests/realworld/README.md: "Record a batch's first run before any rule is
written reading it") into benchmarks/realworld_first_runs.json, and extends benchmarks/realworld_baseline.json to
the batch's documents.

    python -m benchmarks.realworld_first_run tests/realworld/batches/DATE-L.txt \\
        --code /tmp/session-start --commit abc1234 --baseline-code /tmp/base-9ceb855 --note "blind batch ..."

``--code``: a checkout of the code the batch is first scored on (the session's start, before any rule writer read the
batch); ``--baseline-code``: a checkout of 9ceb855 (`git archive 9ceb855 | tar -x -C DIR`). Each checkout reads the
batch's documents in a process of its own and hands back its facts as JSON; this checkout's scorer scores them (old code
cannot import today's scorer, so it is never run there). The dev and test totals are stored; only dev's are printed.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from benchmarks.realworld import score_document, totals_by
from benchmarks.realworld_sources import CORPUS, split_of

REPO = Path(__file__).resolve().parent.parent
FIRST_RUNS = REPO / "benchmarks" / "realworld_first_runs.json"
BASELINE = REPO / "benchmarks" / "realworld_baseline.json"

# run by the other checkout's interpreter with that checkout first on its path: its own reader, parser and extractor
_DUMP = """
import inspect, json, sys
sys.path.insert(0, ".")
from graphbuild.extract import extract_facts
from graphbuild.parse import parse_meeting
from graphbuild.sources import read_source
corpus, ids = sys.argv[1], json.loads(sys.argv[2])
kwargs = {"addresses": True} if "addresses" in inspect.signature(read_source).parameters else {}
for doc_id in ids:
    gold = json.load(open(f"{corpus}/gold/{doc_id}.json", encoding="utf-8"))
    try:
        facts = extract_facts(parse_meeting(read_source(f"{corpus}/{gold['file']}", **kwargs))).model_dump(mode="json")
    except Exception as exc:  # the old code refuses a form it has no reader for: nothing found
        facts = {"__error__": repr(exc)}
    print(json.dumps({"id": doc_id, "facts": facts}, ensure_ascii=False))
"""

_NOTHING_FOUND: dict[str, Any] = {
    "kind": None,
    "start": None,
    "body": None,
    "municipality": None,
    "items": [],
    "attendance": [],
    "entities": [],
    "relations": [],
}


class DumpedFacts:
    """A checkout's dumped facts read as the scorer reads DocumentFacts, every value wrapped once (the scorer tells
    found items apart by their identity)."""

    def __init__(self, fields: dict[str, Any]) -> None:
        for name, value in fields.items():
            if name == "properties":
                value = value or {}
            elif isinstance(value, dict):
                value = DumpedFacts(value)
            elif isinstance(value, list):
                value = [DumpedFacts(entry) if isinstance(entry, dict) else entry for entry in value]
            setattr(self, name, value)


def facts_of(code: Path, ids: list[str]) -> dict[str, DumpedFacts]:
    """Each document's facts as the code in ``code`` extracts them (a document it cannot read: nothing found)."""
    out = subprocess.run(
        [sys.executable, "-c", _DUMP, str(CORPUS), json.dumps(ids)],
        cwd=code,
        capture_output=True,
        text=True,
        check=True,
    )
    facts = {}
    for line in out.stdout.splitlines():
        row = json.loads(line)
        dumped = row["facts"]
        fields = _NOTHING_FOUND if "__error__" in dumped else dumped
        facts[row["id"]] = DumpedFacts({**fields, "errors": []})
    return facts


def scored(ids: list[str], facts: dict[str, DumpedFacts]) -> list[tuple[dict[str, Any], dict[str, tuple[int, int]]]]:
    out = []
    for doc_id in ids:
        gold = json.loads((CORPUS / "gold" / f"{doc_id}.json").read_text(encoding="utf-8"))
        out.append((gold, score_document(gold, [], facts=facts[doc_id])))
    return out


def _write(path: Path, data: dict[str, Any]) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def extend_baseline(baseline: dict[str, Any], scores: list[tuple[dict[str, Any], dict[str, tuple[int, int]]]]) -> None:
    """Adds the batch's baseline scores to the corpus's baseline totals, per split and per split/form."""
    for group in ("split", "split/form"):
        for key, fields in totals_by(scores, group).items():
            totals = baseline[group].setdefault(key, {})
            for field, (right, expected) in fields.items():
                old = totals.get(field, [0, 0])
                totals[field] = [old[0] + right, old[1] + expected]


def main() -> None:
    parser = argparse.ArgumentParser(description="Records a blind batch's first run and extends the baseline to it.")
    parser.add_argument("batch", type=Path, help="the batch file: the ids added, one a line")
    parser.add_argument("--code", type=Path, required=True, help="a checkout of the code of the first run")
    parser.add_argument("--commit", required=True, help="that code's commit, as recorded")
    parser.add_argument("--baseline-code", type=Path, required=True, help="a checkout of 9ceb855")
    parser.add_argument("--note", required=True, help="what the batch holds and how it was scored")
    parser.add_argument("--date", required=True, help="the day the batch was added (YYYY-MM-DD)")
    args = parser.parse_args()
    ids = [line.strip() for line in args.batch.read_text(encoding="utf-8").splitlines() if line.strip()]
    first = scored(ids, facts_of(args.code, ids))
    base = scored(ids, facts_of(args.baseline_code, ids))
    runs = json.loads(FIRST_RUNS.read_text(encoding="utf-8"))
    runs["runs"].append(
        {
            "added": args.date,
            "code_commit": args.commit,
            "note": args.note,
            "documents": ids,
            "counts": {split: sum(split_of(i) == split for i in ids) for split in ("dev", "test")},
            "first_run": {"split": totals_by(first, "split")},
            "baseline": {"split": totals_by(base, "split")},
            "scored_with": "benchmarks/realworld.py; each code's facts scored by this checkout's scorer "
            "(benchmarks.realworld_first_run)",
        }
    )
    _write(FIRST_RUNS, runs)
    baseline = json.loads(BASELINE.read_text(encoding="utf-8"))
    extend_baseline(baseline, base)
    _write(BASELINE, baseline)
    print(json.dumps(totals_by(first, "split").get("dev", {}), ensure_ascii=False))


if __name__ == "__main__":
    main()

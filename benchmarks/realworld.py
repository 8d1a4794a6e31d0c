"""Scores parse + extract on the real-document corpus (tests/realworld/) per split: date, body,
municipality (wrong counted apart from missing), items and attendance recall. Only aggregate
numbers are printed for the test split, so rule writers never read its documents through this.

    python -m benchmarks.realworld
"""

from __future__ import annotations

import json
from collections import defaultdict
from typing import Any

from benchmarks.realworld_sources import CORPUS, split_of
from graphbuild.extract import extract_facts
from graphbuild.parse import parse_meeting
from graphbuild.sources import read_source
from graphbuild.vocab.ids import normalise


def _same_name(expected: str | None, found: str | None) -> bool:
    if not expected or not found:
        return False
    a, b = normalise(expected), normalise(found)
    return a == b or a in b or b in a


def score_document(gold: dict[str, Any]) -> dict[str, tuple[int, int]]:
    """field -> (right, expected); 'municipality wrong' counts a wrong value where one was expected or none."""
    facts = extract_facts(parse_meeting(read_source(CORPUS / gold["file"])))
    out: dict[str, tuple[int, int]] = {}
    if gold["kind"] in ("referat", "dagsorden"):
        if gold.get("date"):
            out["date"] = (int((facts.start or "")[:10] == gold["date"]), 1)
        if gold.get("body"):
            out["body"] = (int(_same_name(gold["body"], facts.body)), 1)
        found = facts.municipality.name if facts.municipality else None
        expected = gold.get("municipality")
        if expected:
            out["municipality"] = (int(_same_name(expected, found)), 1)
        out["municipality wrong"] = (int(found is not None and not _same_name(expected, found)), 1)
        numbers = {i.number for i in facts.items}
        titles = [normalise(i.title) for i in facts.items]
        hits = 0
        for item in gold.get("items", []):
            if item.get("number"):
                hits += item["number"] in numbers
            elif item.get("title"):
                hits += any(
                    normalise(item["title"])[:40] in t or t[:40] in normalise(item["title"]) for t in titles if t
                )
        out["items"] = (hits, len(gold.get("items", [])))
        people = {(normalise(a.name), a.status) for a in facts.attendance}
        attendance = gold.get("attendance", [])
        out["attendance"] = (sum((normalise(a["name"]), a["status"]) in people for a in attendance), len(attendance))
    return out


def main() -> None:
    totals: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    for path in sorted((CORPUS / "gold").glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        for field, (right, expected) in score_document(gold).items():
            totals[split_of(gold["id"])][field][0] += right
            totals[split_of(gold["id"])][field][1] += expected
    print("| split | field | right | of | share |\n|---|---|---|---|---|")
    for split in ("dev", "test"):
        for field, (right, expected) in sorted(totals[split].items()):
            share = f"{right / expected:.0%}" if expected else "-"
            print(f"| {split} | {field} | {right} | {expected} | {share} |")


if __name__ == "__main__":
    main()

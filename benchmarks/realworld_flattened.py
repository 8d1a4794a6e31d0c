"""How well layouts the parser reads survive flattening: every dev document of tests/realworld that is
not already flattened is flattened by script, as a PDF-to-text step that puts a page on one line
would (pages of about 2,500 characters, each on one line after its page number, a web page's "- "
bullets printed as "•"), and its items and outcomes are scored against its gold beside the same
document unflattened. Dev documents only: the test split's documents are never opened here.

    python -m benchmarks.realworld_flattened           # totals
    python -m benchmarks.realworld_flattened --misses  # also each document that reads worse flattened
"""

from __future__ import annotations

import json
import re
import sys
from typing import Any

from benchmarks.realworld import _matching_item, _same_outcome
from benchmarks.realworld_sources import CORPUS, split_of
from graphbuild.extract import extract_facts
from graphbuild.models import SourceDocument
from graphbuild.parse import parse_meeting
from graphbuild.sources import read_source, source_from_text

PAGE = 2500  # characters a flattened page holds


def flatten(text: str, page: int = PAGE) -> str:
    """``text`` with its words run together into pages of about ``page`` characters, one a line."""
    words = re.sub(r"(?m)^\s*-\s+", "• ", text).split()
    pages: list[list[str]] = [[]]
    size = 0
    for word in words:
        pages[-1].append(word)
        size += len(word) + 1
        if size >= page:
            pages.append([])
            size = 0
    pages = [p for p in pages if p]
    return "\n\n".join(f"{k + 1} " + " ".join(words) for k, words in enumerate(pages)) + "\n"


def _score(gold: dict[str, Any], doc: SourceDocument) -> tuple[int, int]:
    """(items found, outcomes right) of one document."""
    facts = extract_facts(parse_meeting(doc))
    items = outcomes = 0
    for gold_item in gold.get("items", []):
        item = _matching_item(gold_item, facts.items)
        items += item is not None
        if not gold_item.get("from_contents") and gold_item.get("outcome"):
            outcomes += item is not None and _same_outcome(item.outcome, gold_item["outcome"])
    return items, outcomes


def main() -> None:
    totals = {"items": [0, 0, 0], "outcomes": [0, 0, 0]}  # flattened, unflattened, expected
    for path in sorted((CORPUS / "gold").glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        if split_of(gold["id"]) != "dev" or gold.get("form") == "pdf-flattened":
            continue
        if gold["kind"] not in ("referat", "dagsorden"):
            continue
        doc = read_source(CORPUS / gold["file"])
        flat = _score(gold, source_from_text(flatten(doc.text)))
        plain = _score(gold, doc)
        expected = (
            len(gold.get("items", [])),
            sum(1 for i in gold.get("items", []) if not i.get("from_contents") and i.get("outcome")),
        )
        for k, field in enumerate(("items", "outcomes")):
            totals[field][0] += flat[k]
            totals[field][1] += plain[k]
            totals[field][2] += expected[k]
        if "--misses" in sys.argv[1:] and flat != plain:
            print(f"{gold['id']}: flattened {flat}, unflattened {plain} (items, outcomes)")
    print("| field | flattened | unflattened | of |\n|---|---|---|---|")
    for field, (flat_right, plain_right, expected_total) in totals.items():
        print(f"| {field} | {flat_right} | {plain_right} | {expected_total} |")


if __name__ == "__main__":
    main()

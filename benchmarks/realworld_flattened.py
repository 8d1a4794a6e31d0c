"""How well layouts the parser reads survive flattening: every dev document of tests/realworld that is
not already flattened is flattened by script, as a PDF-to-text step that puts a page on one line
would (pages of about 2,500 characters, each on one line after its page number, a web page's "- "
bullets printed as "•"), and its items, outcomes, attendance, roles, memberships and header (kind, date,
body, municipality and a municipality read wrong, whose count is of wrong rows) are scored
against its gold beside the same document unflattened. Dev documents only: the test split's
documents are never opened here. Totals are given per working group; the documents that read worse
flattened are listed for dev-write only (dev-check is read by its totals).

    python -m benchmarks.realworld_flattened           # totals per group
    python -m benchmarks.realworld_flattened --misses  # also each dev-write document that reads worse flattened
    python -m benchmarks.realworld_flattened --all-kinds  # every kind of document, not only minutes and agendas
                                                          # (most membership statements are on web pages and news)
"""

from __future__ import annotations

import argparse
import json
import re
from typing import Any

from benchmarks.realworld import score_document
from benchmarks.realworld_sources import CORPUS, group_of
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


FIELDS = (
    "items",
    "outcomes",
    "attendance: present",
    "attendance: absent",
    "attendance: substitute",
    "stands in for",
    "roles",
    "memberships",
    "kind",
    "date",
    "body",
    "municipality",
    "municipality wrong",
)

GROUPS = ("dev-write", "dev-check")


def _score(gold: dict[str, Any], doc: SourceDocument, misses: list[str] | None = None) -> dict[str, int]:
    """The right count of each field of one document."""
    scores = score_document(gold, misses, extract_facts(parse_meeting(doc)))
    return {field: scores.get(field, (0, 0))[0] for field in FIELDS}


def _expected(gold: dict[str, Any]) -> dict[str, int]:
    scores = score_document(gold)
    return {field: scores.get(field, (0, 0))[1] for field in FIELDS}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--misses", action="store_true", help="list the dev-write documents that read worse flattened")
    parser.add_argument(
        "--all-kinds", action="store_true", help="score every kind of document (web pages, news), not only minutes"
    )
    args = parser.parse_args(argv)
    totals = {group: {field: [0, 0, 0] for field in FIELDS} for group in GROUPS}  # flattened, unflattened, expected
    show = args.misses
    for path in sorted((CORPUS / "gold").glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        group = group_of(gold["id"], gold.get("publisher"))
        if group not in GROUPS or gold.get("form") == "pdf-flattened":
            continue
        if not args.all_kinds and gold["kind"] not in ("referat", "dagsorden"):
            continue
        doc = read_source(CORPUS / gold["file"])
        flat_misses: list[str] = []
        plain_misses: list[str] = []
        flat = _score(gold, source_from_text(flatten(doc.text), url=doc.url), flat_misses)
        plain = _score(gold, doc, plain_misses)
        expected = _expected(gold)
        for field in FIELDS:
            totals[group][field][0] += flat[field]
            totals[group][field][1] += plain[field]
            totals[group][field][2] += expected[field]
        if show and group == "dev-write" and flat != plain:
            worse = {f: (flat[f], plain[f]) for f in FIELDS if flat[f] != plain[f]}
            print(f"## {gold['id']}: flattened, unflattened {worse}")
            for line in sorted(set(flat_misses) - set(plain_misses)):
                print(f"  - flattened only: {line}")
    print("| group | field | flattened | unflattened | of |\n|---|---|---|---|---|")
    for group, fields in totals.items():
        for field, (flat_right, plain_right, expected_total) in fields.items():
            print(f"| {group} | {field} | {flat_right} | {plain_right} | {expected_total} |")


if __name__ == "__main__":
    main()

"""Training rows for the learned item model: the led lines of annotated documents, labelled by the gold.

Only the documents whose ids a file lists are read (the caller gives the dev-write ids). A document is read
as the parse stage reads it (mirror chrome blanked, flattened pages re-segmented). A gold item that is in
the text (not ``from_contents``) and has a number is aligned to the led line with its number whose text (or
the next line's, for a number alone) matches its title; of several (a contents entry, a page header, the
heading) the one with the most text between it and the next aligned line is the item's start.

    python -m benchmarks.item_model_data IDS_FILE OUT.json
"""

from __future__ import annotations

import argparse
import json
from bisect import bisect_right
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

from benchmarks.realworld_sources import CORPUS
from graphbuild.parse import item_model
from graphbuild.parse.flatten import resegment
from graphbuild.parse.item_features import LedLine, features, led_lines
from graphbuild.parse.items import find_items
from graphbuild.parse.lines import Line, split_lines
from graphbuild.parse.mirror_chrome import blank_mirror_chrome
from graphbuild.sources import read_source
from graphbuild.vocab.ids import normalise

TITLE_MATCH = 75  # rapidfuzz ratio of a gold title and the start of a line's text for the line to be its heading
SAME_HEADING = 6  # lines apart: two lines of one item's number and title this close are one heading


@dataclass
class DocumentRows:
    doc_id: str
    publisher: str
    vectors: list[dict[str, float]] = field(default_factory=list)
    labels: list[int] = field(default_factory=list)  # 1 an item's start, 0 none, -1 a listed-only item's entry
    numbers: list[int] = field(default_factory=list)
    by_rules: list[int] = field(default_factory=list)  # 1 where the rules' chosen item starts at this line
    gold_numbered: int = 0  # gold items in the text with a number
    aligned: int = 0


def _read_lines(path: Path) -> tuple[str, list[Line]]:
    doc = read_source(path)
    text = blank_mirror_chrome(doc.text)
    lines, _ = resegment(split_lines(text))
    return text, lines


def _line_text(lines: list[Line], entry: LedLine) -> str:
    """The led line's title, or for a number alone on its line the next line with text."""
    if entry.rest:
        return entry.rest
    for line in lines[entry.position + 1 : entry.position + 4]:
        if line.clean:
            return line.clean
    return ""


def _gold_number(raw: str | None) -> int | None:
    digits = (raw or "").lstrip("0") or ("0" if raw else "")
    return int(digits) if digits.isdigit() else None


def _titled(title: str, text: str) -> bool:
    """Whether a line's text opens with the gold title (as printed, give or take a few letters)."""
    return not title or fuzz.ratio(title, text[: len(title)]) >= TITLE_MATCH


def align(
    lines: list[Line], led: list[LedLine], gold_items: list[dict[str, Any]]
) -> tuple[set[int], set[int], int, int]:
    """(indexes into ``led`` of the item starts, of the lines that are entries of items listed only in a
    contents list (neither start nor non-start), gold items in the text wanted, of them aligned)."""
    by_number: dict[int, list[int]] = {}
    for k, entry in enumerate(led):
        by_number.setdefault(entry.number, []).append(k)
    wanted = 0
    matches: list[list[int]] = []
    listed: set[int] = set()
    for item in gold_items:
        number = _gold_number(item.get("number"))
        if number is None:
            continue
        title = normalise(item.get("title") or "")[:60]
        found = [k for k in by_number.get(number, []) if _titled(title, normalise(_line_text(lines, led[k])))]
        if item.get("from_contents"):
            listed.update(found)
            continue
        wanted += 1
        if found:
            matches.append(found)
    every = sorted({led[k].position for found in matches for k in found} | {led[k].position for k in listed})
    starts: set[int] = set()
    for found in matches:

        def stretch(k: int) -> int:
            at = bisect_right(every, led[k].position)
            end = lines[every[at]].start if at < len(every) else lines[-1].end
            return end - lines[led[k].position].end  # the text below the line: a contents page's own line is none

        start = max(found, key=lambda k: (stretch(k), led[k].position))
        starts.add(start)
        # "Pkt. 1 Titel" over "Pkt. 1" a few lines down: one heading, either line may be said to start it
        listed.update(k for k in found if abs(led[k].position - led[start].position) <= SAME_HEADING)
    return starts, listed - starts, wanted, len(matches)


@contextmanager
def rules_only() -> Iterator[None]:
    """The parser without the learned model's additions (what the rules alone choose)."""
    saved = item_model.ADD_AT
    item_model.ADD_AT = 2.0
    try:
        yield
    finally:
        item_model.ADD_AT = saved


def rule_starts(text: str, lines: list[Line], led: list[LedLine]) -> set[int]:
    """Indexes into ``led`` of the lines the rules' items (those in the text) start at, or the led line
    just below a title line the rules took from above ("Titel" over "Sag nr. 130")."""
    with rules_only():
        items, _ = find_items(text, split_lines(text))
    starts = [line.start for line in lines]
    positions = {entry.position: k for k, entry in enumerate(led)}
    chosen: set[int] = set()
    for item in items:
        if item.from_contents:
            continue
        at = bisect_right(starts, item.start) - 1
        for position in range(at, min(at + 3, len(lines))):
            if position in positions:
                chosen.add(positions[position])
                break
    return chosen


def document_rows(gold: dict[str, Any], publisher: str) -> DocumentRows:
    text, lines = _read_lines(CORPUS / gold["file"])
    led = led_lines(lines)
    rows = DocumentRows(gold["id"], publisher)
    items = gold.get("items", []) if gold.get("kind") in ("referat", "dagsorden") else []
    starts, listed, rows.gold_numbered, rows.aligned = align(lines, led, items)
    by_rules = rule_starts(text, lines, led)
    rows.vectors = features(lines, led)
    rows.numbers = [entry.number for entry in led]
    rows.labels = [1 if k in starts else -1 if k in listed else 0 for k in range(len(led))]
    rows.by_rules = [int(k in by_rules) for k in range(len(led))]
    return rows


def read_rows(ids: list[str]) -> list[DocumentRows]:
    out: list[DocumentRows] = []
    for doc_id in ids:
        gold = json.loads((CORPUS / "gold" / f"{doc_id}.json").read_text(encoding="utf-8"))
        out.append(document_rows(gold, gold.get("publisher") or ""))
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("ids_file", type=Path, metavar="IDS_FILE", help="the documents' ids, one a line (dev-write)")
    parser.add_argument("out", type=Path, metavar="OUT.json", help="where the rows are written")
    args = parser.parse_args(argv)
    ids = [line.strip() for line in args.ids_file.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows = read_rows(ids)
    wanted = sum(r.gold_numbered for r in rows)
    aligned = sum(r.aligned for r in rows)
    print(f"{len(rows)} documents, {sum(len(r.labels) for r in rows)} led lines, gold items aligned {aligned}/{wanted}")
    args.out.write_text(json.dumps([r.__dict__ for r in rows], ensure_ascii=False), encoding="utf-8")


if __name__ == "__main__":
    main()

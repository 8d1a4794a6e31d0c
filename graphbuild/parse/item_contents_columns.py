"""Contents columns a PDF text layer read apart from each other: a "Pkt. Tekst Side" table whose cells stand one
a line, a number column read apart from its titles, a page column after the titles."""

from __future__ import annotations

import re
from itertools import pairwise

from graphbuild.parse.item_contents_rows import CONTENTS_GROUP
from graphbuild.parse.item_lines import (
    NOT_ENTRY,
    ONE_TITLE,
    PAGE,
    ContentsEntry,
    is_heading,
    number_key,
    title_from,
)
from graphbuild.parse.lines import Line

# A contents table whose cells a PDF text layer put each on its own line: "Pkt." "Tekst" "Side", then
# per entry its number, its title (wrapped over lines) and its page ("1" / "Høring Sydtrafik budget
# 2016" / "4" / "2" / ...); page furniture (the date, the page number, the body) may stand between rows.
_CELL_LABELS = {"pkt.", "pkt", "punkt", "tekst", "side", "sag nr.", "sag nr", "nr.", "indhold", "titel", "sidetal"}
_CELL_NUMBER = re.compile(r"(\d{1,3})\.?")
_CELL_PAGE = re.compile(r"\d{1,3}")
_DATE_ALONE = re.compile(r"(?i)\d{1,2}\.\s*[a-zæøå]+\.?\s+\d{4}|\d{1,2}[.\-/]\d{1,2}[.\-/]\d{2,4}")
_CELL_REACH = 8  # lines between one row and the next (a page break's footer and header)
_CELL_TITLE_LINES = 4
_TABLE_ROWS = 3
_PART_ROWS = 2


def cell_table(
    lines: list[Line], start: int, *, closed: bool = False, part: bool = False
) -> tuple[list[ContentsEntry], set[int]] | None:
    """The entries of a contents table read cell by cell from line ``start`` (after its heading), and
    the lines it spans: rows whose numbers follow each other and whose pages never go back, three
    rows at least; else None. Reaches count lines that hold text: a text layer may put blank lines
    between the cells. ``closed``: the heading says the table lists the closed items; ``part``: the heading
    names the part of the list the table holds (two rows may be all of a part)."""
    entries: list[ContentsEntry] = []
    used: set[int] = set()
    k, end = start, len(lines)
    for k in [*_texts(lines, start, _CELL_REACH), end]:  # the column labels and the first group heading
        if k == end:
            break
        cleaned = lines[k].clean.strip()
        group = CONTENTS_GROUP.match(cleaned)
        if cleaned.lower() not in _CELL_LABELS and group is None:
            break
        closed = closed or bool(group and group["closed"])
    if k >= end or _CELL_NUMBER.fullmatch(lines[k].clean.strip()) is None:
        return None
    last_number = last_page = 0
    while k < end:
        number_at = None
        for j in _texts(lines, k, 1 if not entries else _CELL_REACH):
            cleaned = lines[j].clean.strip()
            group = CONTENTS_GROUP.match(cleaned)
            if group is not None:
                closed = bool(group["closed"])
                continue
            number = _CELL_NUMBER.fullmatch(cleaned)
            if number is not None and (not entries or int(number[1]) == last_number + 1):
                number_at = j
                break
        if number_at is None:
            break
        title: list[str] = []
        page = None
        title_line = lines[number_at]
        t = number_at
        for t in _texts(lines, number_at + 1, _CELL_TITLE_LINES + 2):
            cleaned = lines[t].clean.strip()
            if _CELL_PAGE.fullmatch(cleaned):
                page = int(cleaned) or last_page  # "0": a page number the text layer lost a digit of
                break
            if not _DATE_ALONE.fullmatch(cleaned):
                title.append(cleaned)
                title_line = lines[t]
        if page is None or not title or len(title) > _CELL_TITLE_LINES or page < last_page:
            break
        last_number, last_page = int(lines[number_at].clean.strip().rstrip(".")), page
        # the entry stands on its title's last line: the item's heading is looked for after it
        entry = ContentsEntry(str(last_number), title_from(" ".join(title)), title_line, public=not closed)
        entries.append(entry)
        used.update(range(start, t + 1))
        k = t + 1
    return (entries, used) if len(entries) >= (_PART_ROWS if part else _TABLE_ROWS) else None


_BLANKS_PER_TEXT = 4  # blank lines a text layer puts between two cells, at most (counted generously)


def _texts(lines: list[Line], start: int, count: int) -> list[int]:
    """The indexes of the next ``count`` lines from ``start`` that hold text."""
    found: list[int] = []
    limit = min(len(lines), start + count * _BLANKS_PER_TEXT)
    for k in range(start, limit):
        if lines[k].clean.strip():
            found.append(k)
            if len(found) == count:
                break
    return found


TRAILING_PAGE = re.compile(r"\s+(\d{1,3})$")  # a page number after a title


def drop_page_column(block: list[ContentsEntry]) -> None:
    """ "1. Godkendelse af dagsorden 2" / "2. Budgetopfølgning 3" / ...: where every title of a list of three or more
    ends in a number and those numbers never fall, they are the page column, no part of the titles."""
    ends = [TRAILING_PAGE.search(e.title) for e in block]
    pages = [int(m[1]) for m in ends if m is not None]
    if len(block) < 3 or len(pages) < len(block) or any(b < a for a, b in pairwise(pages)):
        return
    for entry, end in zip(block, ends, strict=True):
        if end is not None:
            entry.title = entry.title[: end.start()]


COLUMN_NUMBER = re.compile(r"\d{1,3}(?:\.\d{1,2})?\.")
COLUMN_NUMBER_LENGTH = 7  # "123.45." at most
COLUMN_RUN = 3  # numbers alone on their lines, one after another, before a column of titles


def column_title(cleaned: str) -> bool:
    """A line of a contents table's title column: short, not a heading, a label or a page number."""
    return (
        bool(cleaned)
        and len(cleaned) <= ONE_TITLE
        and not is_heading(cleaned)
        and not PAGE.match(cleaned)
        and not cleaned.endswith(":")
        and not NOT_ENTRY.match(cleaned)
    )


def number_column(block: list[ContentsEntry], loose: list[Line]) -> bool:
    """A contents list whose numbers a PDF text layer read as a column apart from its titles ("1.",
    "1.1.", "2.", then the titles with their dotted leaders): the numbers in number order go to the
    unnumbered titles in their order, when there are enough of them for every title. Whether they did."""
    numbers = [line.clean.rstrip(".") for line in loose]
    if len(block) < 3 or len(numbers) < len(block) or len(set(numbers)) < len(numbers):
        return False
    if any(entry.number for entry in block):
        return False
    for entry, number in zip(block, sorted(numbers, key=number_key), strict=False):
        entry.number, entry.printed = number, True
    return True

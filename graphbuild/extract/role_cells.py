"""A title in a row of cells (read by `roles`): a line a table or a PDF's columns printed with a gap between its
cells (a bar, a tab, three spaces or more). A cell that holds a name alone gives the title the cell after it holds
alone ("Jens Hansen | Formand", "Jens Hansen<TAB>Direktør", "Jens Hansen (A)      Næstformand"), else the title
the row's first cell holds alone when the name's is the last ("Formand | Jens Hansen (A)"); a cell that
holds a name and its title ("Jens Hansen, formand", "Jens Hansen (formand)", "Jens Hansen - formand") gives that
title, whatever the cells beside it print ("Jens Hansen, formand      Lise Holm, næstformand": two columns of a
PDF on one line)."""

from __future__ import annotations

import re
from collections.abc import Callable

from graphbuild.extract.mentions import Mention
from graphbuild.extract.people import PersonMention
from graphbuild.extract.role_facts import RoleFact, Target, placed_titles, role_fact
from graphbuild.extract.role_patterns import SEATS, role_of_word
from graphbuild.extract.role_title_lines import held_in_by_title
from graphbuild.parse.lines import next_newline, start_of_line

# the gap between two cells of a row: a bar, a tab, three spaces or more
CELL_GAP = re.compile(r"[ \t]*\|[ \t]*|[ \t]*\t[ \t]*|[ ]{3,}")
# what may stand before the name in its cell: a bullet, a number, a bar that opens the row
CELL_LEAD = re.compile(r"[ \t]*(?:[•*·–|-][ \t]*)?(?:\d{1,2}[.)][ \t]*)?")
# after the name in its cell: a party's or an organisation's bracket
NAME_REST = re.compile(r"[ \t]*(?:\((?P<inside>[^()\n]{1,40})\))?[ \t]*")
# a title alone in a cell ("Formand", "Direktør for Teknik og Miljø", "næstformand:")
TITLE_CELL = re.compile(
    rf"(?P<role>(?:[1-3]\.[ \t]*)?(?:{SEATS}))(?:[ \t]+(?:for|i)[ \t]+(?-i:[A-ZÆØÅ])[^|\t\n]{{0,60}}?)?[ \t]*:?[ \t]*",
    re.IGNORECASE,
)
# a name's title after it in its cell: "Jens Hansen, formand", "Jens Hansen - Formand", "Jens Hansen: referent"
TITLE_AFTER = re.compile(r"[ \t]*(?:,|[-–:])[ \t]*")


def titles_in_cells(
    text: str,
    people: list[PersonMention],
    chair: Callable[[int], Target],
    own: Mention | None,
    found: list[RoleFact],
) -> list[RoleFact]:
    """The title each name's cell, or the cell after it, holds in a row of cells."""
    known = placed_titles(found)
    out: list[RoleFact] = []
    for p in people:
        line_start = start_of_line(text, p.start)
        line_end = next_newline(text, p.end)
        line_end = len(text) if line_end < 0 else line_end
        if line_end - line_start > 400:
            continue  # a paragraph, no row
        line = text[line_start:line_end]
        if "|" not in line and "\t" not in line and "   " not in line:
            continue  # no cells (the cheap test first)
        role = _title_of(text, line_start, line_end, p)
        if role is None or (p.name, role) in known:
            continue
        known.add((p.name, role))
        target = held_in_by_title(role, p, chair, own) or chair(p.start)
        out.append(role_fact(p, role, target, p.start, p.end))
    return out


def _cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of a line's cells, the gaps between them left out."""
    cells: list[tuple[int, int]] = []
    at = start
    for gap in CELL_GAP.finditer(text, start, end):
        if gap.start() > at:
            cells.append((at, gap.start()))
        at = gap.end()
    if end > at:
        cells.append((at, end))
    return cells


def _title_of(text: str, line_start: int, line_end: int, p: PersonMention) -> str | None:
    cells = _cells(text, line_start, line_end)
    if len(cells) < 2:
        return None
    index = next((k for k, (a, b) in enumerate(cells) if a <= p.start and p.end <= b), None)
    if index is None:
        return None
    a, b = cells[index]
    if CELL_LEAD.fullmatch(text, a, p.start) is None:
        return None  # the name is not where its cell begins
    rest = NAME_REST.match(text, p.end, b)
    assert rest is not None  # it matches the empty string
    inside = rest["inside"]
    if inside is not None and (bracketed := TITLE_CELL.fullmatch(inside)) is not None:
        return _role(bracketed)  # "Jens Hansen (formand)"
    if rest.end() == b:  # the name alone: the title is the next cell's, else the row's first ("Formand | NAME")
        if index + 1 < len(cells):
            title = TITLE_CELL.fullmatch(text, *cells[index + 1])
            return _role(title) if title is not None else None
        title = TITLE_CELL.fullmatch(text, *cells[0]) if index == 1 else None
        return _role(title) if title is not None else None
    sep = TITLE_AFTER.match(text, rest.end(), b)
    if sep is None or sep.end() == rest.end():
        return None
    title = TITLE_CELL.fullmatch(text, sep.end(), b)
    return _role(title) if title is not None else None


_ORDINAL = re.compile(r"^([1-3]\.)[ \t]*")  # "1.næstformand" -> "1. næstformand"


def _role(title: re.Match[str]) -> str:
    return role_of_word(_ORDINAL.sub(r"\1 ", title["role"]))

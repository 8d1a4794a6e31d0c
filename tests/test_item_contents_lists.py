"""Contents lists whose entries become items marked from_contents (issue 12 item 2): forms quoted (shortened)
from DEV-write documents of tests/realworld/, named above each; the test split is never read."""

from __future__ import annotations

from graphbuild.models import Meeting
from graphbuild.parse import parse_meeting
from graphbuild.sources import source_from_text


def parse(text: str) -> Meeting:
    return parse_meeting(source_from_text(text))


def contents_items(meeting: Meeting) -> list[tuple[str | None, str]]:
    return [(i.number, i.title) for i in meeting.items if i.from_contents]


# hoeje-taastrup-byraadet-2013-06-18: a "Punkter til dagsorden / Side" table whose cells a PDF text layer put
# one a line, with blank lines (some holding a space) between every two cells.
_CELLS = [
    ("1.", ["Valg af valgbestyrelse til kommunalvalget 2013 - BY"], "2"),
    (
        "2.",
        ["Valg af valgstyrere og tilforordnede vælgere i forbindelse med Kommunal- og", "Regionalvalg 2013 - BY"],
        "4",
    ),
    (
        "3.",
        ["Valg af tilforordnede ved brevstemmeafgivning i forbindelse med kommunalvalg og", "regionalvalg 2013 - BY"],
        "6",
    ),
    ("4.", ["I - 2. budgetopfølgning 2013 for Høje-Taastrup Kommune - ØU"], "9"),
]


def _spaced_cells(pages: list[str]) -> str:
    cells = []
    for (number, title, _), page in zip(_CELLS, pages, strict=True):
        cells += [f"{number} ", " ", *(f"{line} " for line in title), page, " "]
    return "\n\n".join(["Byrådet ", "18. juni 2013 ", "Indholdsfortegnelse ", "Punkter til dagsorden ", "Side ", *cells])


HOEJE_TAASTRUP = "Referat\n\nDato: Tirsdag den 18. juni 2013\n\n" + _spaced_cells([c[2] for c in _CELLS])


def test_a_cell_table_with_blank_lines_between_its_cells() -> None:
    found = contents_items(parse(HOEJE_TAASTRUP))
    assert ("2", "Valg af valgstyrere og tilforordnede vælgere i forbindelse med Kommunal- og Regionalvalg 2013 - BY") in found
    assert [number for number, _ in found] == ["1", "2", "3", "4"]


def test_blank_lines_do_not_make_falling_pages_a_table() -> None:
    # the same cells with pages that go back: no contents table, whatever the blank lines
    text = "Referat\n\nDato: Tirsdag den 18. juni 2013\n\n" + _spaced_cells(["9", "4", "2", "1"])
    assert len(contents_items(parse(text))) < 3

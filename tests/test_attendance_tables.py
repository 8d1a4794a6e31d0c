"""Attendance tables read by their header row (issue 13, item 1): cells a web page's table gave as tabs, a
text table's " | ", a PDF's columns apart by spaces; status by the column holding a mark or by the column a
name stands in; the header row never a person. Cases are variants written for the form; one table,
(text, expected rows)."""

from __future__ import annotations

import pytest

from graphbuild.parse.attendance_lists import find_attendance
from graphbuild.sources.html import html_to_text

P, A, S = "present", "absent", "substitute"
ITEM = "\n\n1. Godkendelse af dagsorden\n"

CASES: list[tuple[str, set[tuple[str, str, str | None]]]] = [
    # an X-mark table from a web page (cells joined by tabs, an empty cell kept between two tabs)
    (
        "Navn\tTil stede\tAfbud\nOle Berg\tX\nLis Holm\t\tX\nPer Bak\tx\nJens Hansen\t\tX" + ITEM,
        {("Ole Berg", P, None), ("Lis Holm", A, None), ("Per Bak", P, None), ("Jens Hansen", A, None)},
    ),
    # with a party column, other marks and header words
    (
        "Medlem\tParti\tMødt\tFraværende\nOle Berg\tA\t✓\nLis Holm\tV\t\t✓\nPer Bak\tC\tja" + ITEM,
        {("Ole Berg", P, None), ("Lis Holm", A, None), ("Per Bak", P, None)},
    ),
    # a status column of words; the header row is no person
    (
        "Navn\tParti\tMødt\nOle Berg\tA\tMødt\nLis Holm\tV\tAfbud" + ITEM,
        {("Ole Berg", P, None), ("Lis Holm", A, None)},
    ),
    (
        "Navn\tFremmøde\nOle Berg (A)\tMødt\nLis Holm (V)\tAfbud" + ITEM,
        {("Ole Berg", P, None), ("Lis Holm", A, None)},
    ),
    # a substitute column names who stood in for the row's member
    (
        "Navn\tTil stede\tAfbud\tStedfortræder\nOle Berg\tX\nLis Holm\t\tX\tAnne Dam" + ITEM,
        {("Ole Berg", P, None), ("Lis Holm", A, None), ("Anne Dam", S, "Lis Holm")},
    ),
    # a text table with pipes, borders included
    (
        "| Navn | Til stede | Afbud |\n| Ole Berg | X | |\n| Lis Holm | | X |\n| Per Bak | X | |" + ITEM,
        {("Ole Berg", P, None), ("Lis Holm", A, None), ("Per Bak", P, None)},
    ),
    # a PDF's columns: the mark's position says its column
    (
        "Navn          Til stede     Afbud\nOle Berg        X\nLis Holm                      X\nPer Bak         X"
        + ITEM,
        {("Ole Berg", P, None), ("Lis Holm", A, None), ("Per Bak", P, None)},
    ),
    # no name column: a name's status is its column's
    (
        "Deltagere\tAfbud\nOle Berg\tLis Holm\nPer Bak\tJens Hansen\nAnne Dam" + ITEM,
        {
            ("Ole Berg", P, None),
            ("Per Bak", P, None),
            ("Anne Dam", P, None),
            ("Lis Holm", A, None),
            ("Jens Hansen", A, None),
        },
    ),
    (
        "Deltagere\tAfbud\tStedfortræder\nOle Berg\tLis Holm\tAnne Dam\nPer Bak" + ITEM,
        {("Ole Berg", P, None), ("Per Bak", P, None), ("Lis Holm", A, None), ("Anne Dam", S, "Lis Holm")},
    ),
    (
        "Til stede:\tAfbud:\nOle Berg\tLis Holm\n\tJens Hansen" + ITEM,
        {("Ole Berg", P, None), ("Lis Holm", A, None), ("Jens Hansen", A, None)},
    ),
    # a PDF's two columns with a comma list in a cell
    (
        "Deltagere:      Afbud:\nOle Berg, Lis Holm og Per Bak      Jens Hansen" + ITEM,
        {("Ole Berg", P, None), ("Lis Holm", P, None), ("Per Bak", P, None), ("Jens Hansen", A, None)},
    ),
    # a PDF's plain text layer ran the cells together with one space: a status word says the status, a mark only
    # when one column takes marks (otherwise its column is lost and the row says nothing, not "present")
    (
        "Navn Til stede Afbud\nOle Berg X\nLis Holm X\nPer Bak X" + ITEM,
        set(),
    ),
    (
        "Navn Parti Fremmøde\nOle Berg A Mødt\nLis Holm V Afbud\nAnne Marie Hansen Mødt" + ITEM,
        {("Ole Berg", P, None), ("Lis Holm", A, None), ("Anne Marie Hansen", P, None)},
    ),
    (
        "Navn Mødt\nOle Berg X\nLis Holm\nAnne Marie Hansen X" + ITEM,
        {("Ole Berg", P, None), ("Anne Marie Hansen", P, None)},
    ),
    # a header row in a list is no person
    (
        "Deltagere:\nNavn Parti Mødt\nOle Berg (A)\nLis Holm (V)" + ITEM,
        {("Ole Berg", P, None), ("Lis Holm", P, None)},
    ),
    # a row of other cells is no table: a status line as before, a heading with a tab no header
    (
        "Jens Hansen (A)\tMødt\nLise Jensen (V)\tAfbud" + ITEM,
        {("Jens Hansen", P, None), ("Lise Jensen", A, None)},
    ),
    (
        "Punkt\tTitel\tAfbud\n1\tGodkendelse\t\nDeltagere: Ole Berg, Lis Holm" + ITEM,
        {("Ole Berg", P, None), ("Lis Holm", P, None)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_attendance_tables(text: str, expected: set[tuple[str, str, str | None]]) -> None:
    found = {(row.name, row.status, row.for_) for row in find_attendance(text)}
    assert found == expected


def test_a_web_page_table_reaches_the_table_reader_as_tab_separated_cells() -> None:
    page = (
        "<html><body><h1>Referat</h1><table><tr><th>Navn</th><th>Parti</th><th>Til stede</th><th>Afbud</th></tr>"
        "<tr><td>Ole Berg</td><td>A</td><td>X</td><td></td></tr><tr><td>Lis Holm</td><td>V</td><td></td>"
        "<td>X</td></tr></table><h2>1. Godkendelse af dagsorden</h2><p>Godkendt.</p></body></html>"
    )
    found = {(row.name, row.status) for row in find_attendance(html_to_text(page))}
    assert found == {("Ole Berg", "present"), ("Lis Holm", "absent")}

"""Attendance tables of two columns as other publishers print them (issue 13, item 1): one bar between the two
cells of a row ("Deltagere | Fraværende"), and a cell whose entry says whom the member stood in for. Variants of a
dev document's lists (aabenraa-teknik-miljoe-2021-09-01: "Medlemmer: Arne Leyh Petersen, Kurt Andresen, …" with
"Afbud: Thomas Juhl")."""

from __future__ import annotations

from graphbuild.parse.attendance_lists import find_attendance

P, A, S = "present", "absent", "substitute"


def _rows(text: str) -> set[tuple[str, str, str | None]]:
    return {(row.name, row.status, row.for_) for row in find_attendance(text)}


def test_two_columns_with_one_bar_between_them_are_a_table() -> None:
    text = (
        "Deltagere | Fraværende\nArne Leyh Petersen | Thomas Juhl\nKurt Andresen | \nEgon Madsen | \n\n"
        "1. Godkendelse af dagsorden\n"
    )
    rows = _rows(text)
    assert rows == {("Arne Leyh Petersen", P, None), ("Kurt Andresen", P, None), ("Egon Madsen", P, None),
                    ("Thomas Juhl", A, None)}  # fmt: skip


def test_one_bar_between_words_that_name_no_columns_is_no_table() -> None:
    # a site's navigation line ("Forsiden | Kontakt") above a list heads no table
    text = "Forsiden | Kontakt\nDeltagere: Arne Leyh Petersen, Kurt Andresen\nAfbud: Thomas Juhl\n"
    assert _rows(text) == {("Arne Leyh Petersen", P, None), ("Kurt Andresen", P, None), ("Thomas Juhl", A, None)}


def test_a_cell_that_names_whom_the_member_stood_in_for_gives_the_stand_in() -> None:
    text = (
        "Deltagere:                    Fraværende:\nArne Leyh Petersen            Thomas Juhl\nKurt Andresen\n"
        "Bent Larsen (stedfortræder for Thomas Juhl)\n\n1. Godkendelse af dagsorden\n"
    )
    rows = _rows(text)
    assert ("Bent Larsen", S, "Thomas Juhl") in rows
    assert ("Thomas Juhl", A, None) in rows
    assert ("Kurt Andresen", P, None) in rows


def test_a_cell_with_a_party_after_the_name_keeps_the_columns_status() -> None:
    text = "Deltagere | Afbud\nArne Leyh Petersen (V) | Thomas Juhl (A)\nKurt Andresen (A) | \n\n1. Godkendelse\n"
    assert _rows(text) == {("Arne Leyh Petersen", P, None), ("Kurt Andresen", P, None), ("Thomas Juhl", A, None)}

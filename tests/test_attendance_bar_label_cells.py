"""A table in bars whose rows are a label and its list (issue 13, item 1): "| Deltagere | Jens Hansen, Mette Larsen |"
reads as "Deltagere<tab>Jens Hansen, Mette Larsen" does, the label's list on its row. Made-up minutes (a converted
DOCX or web page prints such rows; no dev-write publisher does, a held-out probe found them unread); a header row of
labels ("| Deltagere | Afbud |") still heads its columns."""

from __future__ import annotations

from graphbuild.parse.attendance_lists import find_attendance
from graphbuild.parse.attendance_text import label_cell_rows_opened

_HEAD = "Referat af bestyrelsesmøde den 3. marts 2022\n\n"
_TAIL = "\n\n1. Godkendelse af dagsorden\nGodkendt.\n"


def _rows(block: str) -> set[tuple[str, str]]:
    return {(row.name, row.status) for row in find_attendance(_HEAD + block + _TAIL)}


def test_label_rows_in_bars_give_their_lists() -> None:
    assert _rows("| Deltagere | Jens Hansen, Mette Larsen |\n| Afbud | Karen Juul |") == {
        ("Jens Hansen", "present"),
        ("Mette Larsen", "present"),
        ("Karen Juul", "absent"),
    }


def test_header_row_of_labels_stays_a_header() -> None:
    row = "| Deltagere | Afbud |\n| Jens Hansen | Karen Juul |"
    assert label_cell_rows_opened(row) == row
    assert _rows(row) == {("Jens Hansen", "present"), ("Karen Juul", "absent")}


def test_row_of_another_field_is_left_alone() -> None:
    row = "| Referent | Jens Hansen |"
    assert label_cell_rows_opened(row) == row


def test_offsets_are_kept() -> None:
    row = "| Deltagere | Jens Hansen |"
    assert len(label_cell_rows_opened(row)) == len(row)

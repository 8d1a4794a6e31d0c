"""A list of the absent that names its people on its label's line ends at a group's heading opening a later line
(issue 13, item 1): "Afbud: Karen Juul" then "Medarbejdere: D, E" heads others, not more of the away. Under "Afbud:"
alone, or "Afbud: Forældre: A", the groups below are the absent's own. A school board's minutes in the common Danish
form (made up: no dev-write publisher prints the form, a held-out probe found it)."""

from __future__ import annotations

from graphbuild.parse.attendance_lists import find_attendance

_HEAD = "Referat af skolebestyrelsesmøde den 3. marts 2022\n\n"
_TAIL = "\n\n1. Godkendelse af dagsorden\nGodkendt.\n"


def _rows(block: str) -> set[tuple[str, str]]:
    return {(row.name, row.status) for row in find_attendance(_HEAD + block + _TAIL)}


def test_group_heading_after_an_absence_line_heads_no_more_absent() -> None:
    rows = _rows("Deltagere: Jens Hansen, Mette Larsen\nAfbud: Karen Juul\nMedarbejdere: Dorte Bak, Erik Lund")
    assert ("Karen Juul", "absent") in rows
    assert ("Dorte Bak", "absent") not in rows
    assert ("Erik Lund", "absent") not in rows


def test_groups_under_a_bare_absence_label_stay_absent() -> None:
    rows = _rows("Afbud:\nForældre: Karen Juul\nMedarbejdere: Dorte Bak, Erik Lund")
    assert rows == {("Karen Juul", "absent"), ("Dorte Bak", "absent"), ("Erik Lund", "absent")}


def test_groups_after_a_grouped_absence_line_stay_absent() -> None:
    rows = _rows("Afbud: Forældre: Karen Juul\nMedarbejdere: Dorte Bak, Erik Lund")
    assert rows == {("Karen Juul", "absent"), ("Dorte Bak", "absent"), ("Erik Lund", "absent")}


def test_an_absence_line_goes_on_over_a_line_of_names() -> None:
    rows = _rows("Afbud: Karen Juul,\nOle Berg")
    assert {("Karen Juul", "absent"), ("Ole Berg", "absent")} <= rows

"""The minutes' secretary on the last line below a list of the absent is no absentee
(graphbuild/parse/attendance_secretary_lines.py): before, "Afbud: Karen Juul" then "Sofie Kragh (referent)" made the
secretary absent. The header is in the form dev-write prints (a "Deltagere:" and an "Afbud:" field on their own lines,
the secretary named with her post in a bracket, as ballerup-sundhed-forebyggelse-2012-12-04's "Sekretær" field does
with no bracket); the near misses keep a secretary on the label's line, a list one entry a line and a secretary's line
with more entries below it."""

from __future__ import annotations

from pathlib import Path

import pytest
from snippet_attendance import attendance_statuses

from tests.text_facts import role_pairs_of_text

ITEMS = "\n\n1. Godkendelse af dagsorden\n\nGodkendt.\n\n2. Budget\n\nGodkendt.\n"
HEADER = "Referat\nØkonomiudvalget\nmandag den 4. marts 2024 kl. 16.00\nDeltagere: Ole Berg, Lis Holm\n"


def _rows(text: str) -> dict[str, str]:
    return attendance_statuses(HEADER + text + ITEMS)


@pytest.mark.parametrize(
    "absent",
    [
        "Afbud: Karen Juul\nSofie Kragh (referent)",
        "Afbud: Karen Juul, Hanne Dahl\nSofie Kragh, referent",
        "Fraværende: Karen Juul\nSofie Kragh (A) (sekretær)",
    ],
)
def test_the_secretary_below_the_absent_is_no_absentee(absent: str) -> None:
    rows = _rows(absent)
    assert "Sofie Kragh" not in rows
    assert rows["Karen Juul"] == "absent"
    assert rows["Ole Berg"] == "present"


def test_the_secretarys_role_is_still_read(tmp_path: Path) -> None:
    pairs = role_pairs_of_text(tmp_path, HEADER + "Afbud: Karen Juul\nSofie Kragh (referent)" + ITEMS)
    assert ("Sofie Kragh", "referent") in pairs


def test_a_secretary_on_the_labels_line_stays_absent() -> None:
    # near miss: the secretary is the list's own entry
    assert _rows("Afbud: Sofie Kragh (referent)")["Sofie Kragh"] == "absent"


def test_a_list_one_entry_a_line_keeps_the_secretary() -> None:
    # near miss: below a label on its own line, each line is one more entry
    rows = _rows("Afbud:\nKaren Juul\nSofie Kragh (referent)")
    assert rows["Sofie Kragh"] == "absent"


def test_entries_below_the_secretary_keep_her_in_the_list() -> None:
    # near miss: the list goes on after her line
    rows = _rows("Afbud: Karen Juul\nSofie Kragh (referent)\nHanne Dahl")
    assert rows["Sofie Kragh"] == "absent"
    assert rows["Hanne Dahl"] == "absent"

"""A list of the absent whose value says no one ("Afbud: Ingen", "Fraværende: Ingen.", "Fravær: Intet") ends there
(graphbuild/parse/attendance_lists.py): before, "Afbud: Ingen" then "Jens Lund, Rambøll" on the next line made the
guest absent. "Fraværende: Ingen" is printed by dev-write's haderslev-folkeoplysningsudvalget-2011-03-01,
naestved-byraadet-2008-10-06, nordfyn-oekonomiudvalget-2009-06-17, varde-byraadet-2014-09-02 and
viborg-oekonomiudvalget-2012-12-12 (a header's field, often on a page flattened: "Fraværende: Ingen Referent: …");
the near misses keep a name that opens with the same letters ("Inge Jensen") and a later list of the absent."""

from __future__ import annotations

import pytest
from snippet_attendance import attendance_statuses

ITEMS = "\n\n1. Godkendelse af dagsorden\n\nGodkendt.\n"
HEADER = "Referat\nØkonomiudvalget\nmandag den 4. marts 2024 kl. 16.00\nDeltagere: Ole Berg, Lis Holm\n"


def _rows(text: str) -> dict[str, str]:
    return attendance_statuses(HEADER + text + ITEMS)


@pytest.mark.parametrize(
    "absent",
    [
        "Afbud: Ingen\nJens Lund, Rambøll",
        "Fraværende: Ingen.\nJens Lund (referent)",
        "Fraværende: Ingen Jens Lund, Rambøll",
        "Fravær: Intet\nJens Lund",
    ],
)
def test_names_after_no_one_are_no_absentees(absent: str) -> None:
    rows = _rows(absent)
    assert rows.get("Jens Lund") != "absent"
    assert rows["Ole Berg"] == "present"


def test_a_name_opening_like_no_one_stays_absent() -> None:
    # near miss: "Inge" is a first name, not "Ingen"
    assert _rows("Afbud: Inge Jensen")["Inge Jensen"] == "absent"


def test_a_later_list_of_the_absent_is_read() -> None:
    # near miss: another label's list after the empty one
    assert _rows("Afbud: Ingen\nFraværende: Karen Juul")["Karen Juul"] == "absent"

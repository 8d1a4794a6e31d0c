"""A member in a list of the absent whose bracket says they came for part of the meeting is present
(graphbuild/parse/attendance_absent_hours.py), as the same words after the name with no bracket already read
(tests/test_attendance_late.py; dev-write's "Fraværende i mødet: Karoline Bendixen til kl. 18.40 i punkt 2"). The
near misses keep a bracket of no coming: "(deltog ikke)", a reason, a party, a deputy."""

from __future__ import annotations

import pytest
from snippet_attendance import attendance_statuses

ITEMS = "\n\n1. Godkendelse af dagsorden\n\nGodkendt.\n\n2. Budget\n\nGodkendt.\n"
PRESENT = "Til stede: Ole Berg (A), Lis Holm (V), Per Bak (C)\n"


def _rows(text: str) -> dict[str, str]:
    return attendance_statuses(text + ITEMS)


@pytest.mark.parametrize(
    "note",
    [
        "(fra kl. 18)",
        "(til kl. 18.40)",
        "(ankom kl. 18.15)",
        "(deltog fra kl. 18)",
        "(gik kl. 19.00)",
        "(forlod mødet kl. 19)",
        "(deltog via Teams)",
        "(O) (mødte kl. 18.15)",
    ],
)
def test_a_bracket_of_coming_for_part_of_the_meeting(note: str) -> None:
    rows = _rows(PRESENT + f"Fraværende: Karoline Bendixen {note}, Hanne Dahl")
    assert rows["Karoline Bendixen"] == "present"
    assert rows["Hanne Dahl"] == "absent"


@pytest.mark.parametrize("note", ["(deltog ikke)", "(syg)", "(O)", "(ferie)", "(afbud)"])
def test_a_bracket_of_no_coming_stays_absent(note: str) -> None:
    # near miss: the bracket says nothing of coming
    rows = _rows(PRESENT + f"Fraværende: Karoline Bendixen {note}, Hanne Dahl")
    assert rows["Karoline Bendixen"] == "absent"


def test_a_deputy_in_the_bracket_stays_a_stand_in() -> None:
    # near miss: the bracket names the member's deputy
    rows = _rows(PRESENT + "Fraværende: Karoline Bendixen (suppleant Jens Lund)")
    assert rows["Karoline Bendixen"] == "absent"
    assert rows["Jens Lund"] == "substitute"

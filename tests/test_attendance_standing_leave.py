"""A leave a present-tense relative clause tells about a person is no absence
(graphbuild/parse/attendance_standing_leave.py): before, vallensbaek-musikskole-bestyrelse-2019-12-09's (dev-write)
"Jens har modtaget en opsigelse fra slagtøjslærer Thomas Teisner, som pt er på orlov." made the teacher absent from the
board's meeting. The near misses keep a leave in a main clause, in the past tense, and one a clause's own "deltog
ikke" says."""

from __future__ import annotations

import pytest
from snippet_attendance import attendance_statuses

HEADER = "Referat\nBestyrelsesmøde\nmandag den 9. december 2019 kl. 17.00\nDeltagere: Ole Berg, Lis Holm\n"
ITEMS = "\n\n1. Godkendelse af dagsorden\n\nGodkendt.\n"


def _rows(text: str) -> dict[str, str]:
    return attendance_statuses(HEADER + text + ITEMS)


@pytest.mark.parametrize(
    "sentence",
    [
        "Jens har modtaget en opsigelse fra slagtøjslærer Thomas Teisner, som pt er på orlov.",
        "Skolen har ansat en vikar for Thomas Teisner, der for tiden er på orlov.",
    ],
)
def test_a_leave_in_a_relative_clause_is_no_absence(sentence: str) -> None:
    rows = _rows(sentence)
    assert "Thomas Teisner" not in rows
    assert rows["Ole Berg"] == "present"


@pytest.mark.parametrize(
    "sentence",
    ["Thomas Teisner er på orlov.", "Thomas Teisner var på orlov.", "Thomas Teisner, der er på orlov, deltog ikke."],
)
def test_a_leave_said_of_the_meeting_stays_an_absence(sentence: str) -> None:
    # near miss: a main clause, the past tense, the clause's own "deltog ikke"
    assert _rows(sentence)["Thomas Teisner"] == "absent"

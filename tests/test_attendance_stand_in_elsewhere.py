"""A stand-in a sentence places at another meeting is no substitute at this one
(graphbuild/parse/attendance_stand_in_elsewhere.py): before, "Jens Lund deltog som suppleant på sidste møde." made Jens
Lund a substitute at the meeting the minutes record. The sentences are in the forms dev-write prints for a stand-in
("Y deltog som suppleant", "Y mødte for X"); the other meeting as `attendance_elsewhere` reads it for an apology
("… til næste møde"). The near misses keep a stand-in "på mødet" and one with no meeting named."""

from __future__ import annotations

import pytest
from snippet_attendance import attendance_statuses

ITEMS = "\n\n1. Godkendelse af dagsorden\n\nGodkendt.\n"
HEADER = "Referat\nØkonomiudvalget\nmandag den 4. marts 2024 kl. 16.00\nDeltagere: Ole Berg, Lis Holm\n"


def _rows(text: str) -> dict[str, str]:
    return attendance_statuses(HEADER + text + ITEMS)


@pytest.mark.parametrize(
    "sentences",
    [
        "Afbud fra Karen Juul. Jens Lund deltager som suppleant ved næste møde.",
        "Afbud: Karen Juul\n\nJens Lund deltog som suppleant på sidste møde.",
        "Afbud: Karen Juul\n\nJens Lund mødte for Karen Juul på forrige udvalgsmøde.",
    ],
)
def test_a_stand_in_at_another_meeting_is_no_substitute(sentences: str) -> None:
    rows = _rows(sentences)
    assert rows.get("Jens Lund") != "substitute"
    assert rows["Karen Juul"] == "absent"


@pytest.mark.parametrize(
    "sentences",
    [
        "Afbud: Karen Juul\n\nJens Lund deltog som suppleant på mødet.",
        "Afbud: Karen Juul\n\nJens Lund deltog som suppleant.",
    ],
)
def test_a_stand_in_at_this_meeting_stays(sentences: str) -> None:
    # near miss: this meeting, or no meeting named
    assert _rows(sentences)["Jens Lund"] == "substitute"

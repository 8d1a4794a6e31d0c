"""A deputy who enters from a later day than the meeting's is no substitute at it
(graphbuild/parse/attendance_future_stand_ins.py): before, "Karen Juul går på orlov. Jens Lund indtræder som suppleant
fra 1. maj." made Jens Lund a substitute at the March meeting. The sentences are in the forms dev-write prints for a
deputy's entry (aabenraa-byraadet-2022-11-30's "at Ovidiu G. Neuhitoi indtræder som stedfortræder for …",
regionnordjylland-regionsraadet-2019-03-26's "Arne Nielsen indtræder i Regionsrådet med virkning fra den 26. marts
2019."); the near misses keep a stand-in with no day, one from the meeting's own day and one from an hour."""

from __future__ import annotations

from datetime import date

import pytest

from graphbuild.parse.attendance_lists import find_attendance

HEADER = (
    "Referat\nØkonomiudvalget\nmandag den 4. marts 2024 kl. 16.00\nDeltagere: Ole Berg, Lis Holm\nAfbud: Karen Juul\n"
)
ITEMS = "\n\n1. Godkendelse af dagsorden\n\nGodkendt.\n"
MEETING = date(2024, 3, 4)


def _rows(sentence: str) -> dict[str, tuple[str, str | None]]:
    return {a.name: (a.status, a.for_) for a in find_attendance(HEADER + sentence + ITEMS, None, MEETING)}


@pytest.mark.parametrize(
    "sentence",
    [
        "Karen Juul går på orlov. Jens Lund indtræder som suppleant fra 1. maj.",
        "Jens Lund indtræder som stedfortræder fra den 1. maj 2024.",
        "Jens Lund indtræder som stedfortræder for Karen Juul med virkning fra den 1. juni 2024.",
    ],
)
def test_a_deputy_entering_from_a_later_day_is_no_substitute(sentence: str) -> None:
    rows = _rows(sentence)
    assert rows.get("Jens Lund", ("", None))[0] != "substitute"
    assert rows["Karen Juul"][0] == "absent"


@pytest.mark.parametrize(
    "sentence",
    [
        "Jens Lund indtræder som stedfortræder.",
        "Jens Lund indtræder som stedfortræder fra den 4. marts 2024.",
        "Jens Lund deltager som suppleant fra kl. 17.",
    ],
)
def test_a_stand_in_at_this_meeting_stays(sentence: str) -> None:
    # near miss: no day, the meeting's own day, an hour
    assert _rows(sentence)["Jens Lund"] == ("substitute", "Karen Juul")

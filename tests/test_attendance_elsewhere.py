"""An apology for something other than this meeting records no absence (graphbuild/parse/attendance_elsewhere.py):
before, "Karen Juul har meldt afbud til julekoncerten" read her absent, and the one absence made the body's member
list attendance. The near misses are dev-write's own apologies "til" this meeting, as printed: "har meldt forfald til
Byrådets møde på grund", "har forfald til mødet", "har forfald til Byrådsmødet 9"."""

from __future__ import annotations

import pytest
from snippet_attendance import BOARD_MEMBERS, news_item_attendance


def _attended(item_text: str) -> dict[str, str]:
    return news_item_attendance(BOARD_MEMBERS, item_text)


@pytest.mark.parametrize(
    "sentence",
    [
        "Karen Juul har meldt afbud til julekoncerten.",
        "Karen Juul har meldt afbud til næste møde.",
        "Karen Juul havde meldt forfald til generalforsamlingen i Dansk Musikskole.",
    ],
)
def test_an_apology_for_something_else_records_no_absence(sentence: str) -> None:
    assert "Karen Juul" not in _attended(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Hanne Dahl har meldt forfald til Byrådets møde på grund af sygdom.",
        "Hanne Dahl har forfald til mødet.",
        "Hanne Dahl har forfald til Byrådsmødet 9. december.",
        "Hanne Dahl har meldt afbud til i dag.",
        "Hanne Dahl har meldt afbud.",
    ],
)
def test_an_apology_for_this_meeting_stays(sentence: str) -> None:
    # near miss: the apology is for this meeting (or says for nothing)
    attended = _attended(sentence)
    assert attended.get("Hanne Dahl") == "absent"
    assert attended.get("Ole Berg") == "present"


@pytest.mark.parametrize(
    "sentence",
    ["Lederen oplyste, at eleven Karen Juul mødte ikke op til prøven.", "Karen Juul udeblev fra arrangementet."],
)
def test_staying_away_from_something_else_records_no_absence(sentence: str) -> None:
    assert "Karen Juul" not in _attended(sentence)


@pytest.mark.parametrize(
    "sentence", ["Hanne Dahl udeblev uden afbud.", "Hanne Dahl mødte ikke op til mødet.", "Hanne Dahl mødte ikke frem."]
)
def test_staying_away_from_this_meeting_stays(sentence: str) -> None:
    # near miss: dev-write's "udeblev uden afbud", "mødte ikke frem"; "til mødet" is this meeting
    assert _attended(sentence).get("Hanne Dahl") == "absent"

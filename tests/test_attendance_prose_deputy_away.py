"""A deputy the prose readers find as called in or standing in, whose own words right after the name say they did not
come, is no substitute (graphbuild/parse/attendance_prose_deputy_away.py): before, "Afbud: Karen Juul (stedfortræder
Jens Lund var ikke indkaldt)" made Jens Lund Karen Juul's substitute. The bracket is in the form
regionh-regionsraadet-2022-03-22 (dev-write) prints, "Afbud (Stedfortræder Jarl Feyling, fraværende ved sag 1-4. )";
the near misses keep a deputy named alone, one away from some items only, and a stand-in whose sentence says the
member's absence after the deputy's verb."""

from __future__ import annotations

import pytest
from snippet_attendance import attendance_rows

ITEMS = "\n\n1. Godkendelse af dagsorden\n\nGodkendt.\n\n2. Budget\n\nGodkendt.\n"
PRESENT = "Til stede: Lars Gaardhøj, Anne Jansson, Per Bak\n"


def _rows(text: str) -> dict[str, tuple[str, str | None]]:
    return attendance_rows(text + ITEMS)


@pytest.mark.parametrize(
    "absence",
    [
        "Afbud: Karen Juul (stedfortræder Jens Lund var ikke indkaldt)",
        "Afbud: Karen Juul (Stedfortræder Jens Lund var ikke indkaldt)",
        "Afbud fra Karen Juul, stedfortræder Jens Lund kunne heller ikke deltage.",
        "Afbud fra Karen Juul, stedfortræder Jens Lund (A) havde også meldt afbud.",
    ],
)
def test_a_deputy_who_did_not_come_is_no_substitute(absence: str) -> None:
    rows = _rows(PRESENT + absence)
    assert rows["Karen Juul"][0] == "absent"
    assert rows.get("Jens Lund", ("", None))[0] != "substitute"
    assert rows["Per Bak"] == ("present", None)


@pytest.mark.parametrize(
    "absence",
    ["Afbud: Karen Juul (stedfortræder Jens Lund)", "Afbud fra Karen Juul stedfortræder Jens Lund."],
)
def test_a_deputy_named_alone_stood_in(absence: str) -> None:
    # near miss: nothing after the deputy's name
    rows = _rows(PRESENT + absence)
    assert rows["Jens Lund"][0] == "substitute"
    assert rows["Karen Juul"][0] == "absent"


def test_the_members_absence_after_the_deputys_verb_keeps_the_stand_in() -> None:
    # near miss: "var forhindret" says the member's absence, not the deputy's
    rows = _rows(PRESENT + "Jens Lund mødte for Karen Juul, der var forhindret.")
    assert rows["Jens Lund"] == ("substitute", "Karen Juul")
    assert rows["Karen Juul"][0] == "absent"

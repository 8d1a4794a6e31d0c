"""A deputy named in an absent member's bracket who did not come either is no substitute
(graphbuild/parse/attendance_deputy_away.py): before, "Afbud: Hanne Dahl (suppleant Karen Juul kunne ikke deltage)"
read Karen Juul as Hanne Dahl's substitute. The bracket is in the form regionh-regionsraadet-2022-03-22 (dev-write)
prints, "Afbud (Stedfortræder Jarl Feyling, fraværende ved sag 1-4. )", whose deputy away from some items only still
came: the near miss."""

from __future__ import annotations

import pytest
from snippet_attendance import attendance_rows

ITEMS = "\n\n1. Godkendelse af dagsorden\n\nGodkendt.\n\n2. Budget\n\nGodkendt.\n"
PRESENT = "Til stede: Lars Gaardhøj, Anne Jansson, Per Bak\n"


def _rows(text: str) -> dict[str, tuple[str, str | None]]:
    return attendance_rows(text + ITEMS)


@pytest.mark.parametrize(
    "away",
    ["kunne ikke deltage", "havde også meldt afbud", "var forhindret", "kunne heller ikke deltage"],
)
def test_a_deputy_who_did_not_come_is_no_substitute(away: str) -> None:
    rows = _rows(PRESENT + f"Afbud: Sofie de Bretteville Olsen (Stedfortræder Jarl Feyling {away})")
    assert rows["Sofie de Bretteville Olsen"] == ("absent", None)
    assert rows.get("Jarl Feyling", ("", None))[0] != "substitute"


def test_a_deputy_away_from_some_items_stood_in() -> None:
    # near miss: the deputy came, away from items 1-4 only
    rows = _rows(PRESENT + "Afbud: Sofie de Bretteville Olsen (Stedfortræder Jarl Feyling, fraværende ved sag 1-4. )")
    assert rows["Jarl Feyling"] == ("substitute", "Sofie de Bretteville Olsen")


def test_a_deputy_named_alone_stood_in() -> None:
    # near miss: nothing after the deputy's name
    rows = _rows(PRESENT + "Afbud: Sofie de Bretteville Olsen (Stedfortræder Jarl Feyling)")
    assert rows["Jarl Feyling"] == ("substitute", "Sofie de Bretteville Olsen")

"""The ones named after a hedge and "sammen med" ("A og B er medlemmer af X, evt. sammen med C") may join; no
membership of theirs is stated (README `memberships`: only proposed or considered is no row). The members before it
stand, and "sammen med" with no hedge still names fellow members ("… medlem af DSD sammen med Ballerup, …")."""

from __future__ import annotations

from pathlib import Path

import pytest
from text_facts import member_pairs_of_text

HEADER = "Referat\nMøde i Økonomiudvalget den 1. marts 2022\n\nPunkt 1: Orientering\n\n"


@pytest.mark.parametrize(
    "text",
    [
        "Lemvig og Struer Kommuner er medlemmer af Vestkystforeningen, evt. sammen med Skive Kommune.",
        "Lemvig og Struer Kommuner er medlemmer af Vestkystforeningen, eventuelt sammen med Skive og Holstebro.",
        "Lemvig og Struer Kommuner er medlemmer af Vestkystforeningen, måske sammen med Skive Kommune.",
    ],
)
def test_the_ones_after_a_hedged_sammen_med_are_no_members(tmp_path: Path, text: str) -> None:
    found = member_pairs_of_text(tmp_path, HEADER + text)
    assert {m for m, n in found if n == "Vestkystforeningen"} == {"Lemvig", "Struer"}


def test_sammen_med_with_no_hedge_names_fellow_members(tmp_path: Path) -> None:
    text = "Lemvig Kommune er medlem af Vestkystforeningen sammen med Struer og Skive Kommuner."
    found = member_pairs_of_text(tmp_path, HEADER + text)
    assert {m for m, n in found if n == "Vestkystforeningen"} == {"Lemvig", "Struer", "Skive"}

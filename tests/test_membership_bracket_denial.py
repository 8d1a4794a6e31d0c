"""A denial or an end in a note in brackets right after one municipality ("Syddjurs, Randers (udtrådt 2019) og
Norddjurs", "(tidligere medlem)", "(ikke medlem)") is about that one alone: it is left out, the rest of the list stands
(README `memberships`); a denial outside the brackets, or a note of something else before one ("Syddjurs og Norddjurs
(se bilag) er ikke medlemmer af X"), still states none."""

from __future__ import annotations

from pathlib import Path

import pytest
from text_facts import member_pairs_of_text

HEADER = "Referat\nMøde i Økonomiudvalget den 1. marts 2022\n\nPunkt 1: Orientering\n\n"
NETWORK = "Business Region Aarhus"


@pytest.mark.parametrize(
    "text",
    [
        "Business Region Aarhus består af Syddjurs, Randers (udtrådt 2019) og Norddjurs.",
        "Syddjurs, Randers Kommune (tidligere medlem) og Norddjurs er medlemmer af Business Region Aarhus.",
        "Medlemmer af Business Region Aarhus er Syddjurs, Randers (ikke medlem) og Norddjurs.",
    ],
)
def test_a_denial_in_a_note_leaves_out_only_its_municipality(tmp_path: Path, text: str) -> None:
    assert member_pairs_of_text(tmp_path, HEADER + text) == {("Syddjurs", NETWORK), ("Norddjurs", NETWORK)}


@pytest.mark.parametrize(
    "text",
    [
        "Business Region Aarhus består ikke af Syddjurs, Randers og Norddjurs.",
        "Syddjurs og Norddjurs er ikke medlemmer af Business Region Aarhus (se bilag).",
        "Syddjurs og Norddjurs (se bilag) er ikke medlemmer af Business Region Aarhus.",
    ],
)
def test_a_denial_outside_a_note_states_none(tmp_path: Path, text: str) -> None:
    assert member_pairs_of_text(tmp_path, HEADER + text) == set()

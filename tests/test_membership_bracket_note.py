"""A list of municipalities goes on after an item's note in brackets ("Syddjurs, Randers (observatør) og Norddjurs",
"Syddjurs (fra 2015), Randers og Norddjurs"): the ones after it are members too, the one an observer's note marks is
none (README `memberships`); a party's letter in brackets is no note ("Randers (V) og Norddjurs": a list of people's
places) and ends the list as before."""

from __future__ import annotations

from pathlib import Path

import pytest
from text_facts import member_pairs_of_text

HEADER = "Referat\nMøde i Økonomiudvalget den 1. marts 2022\n\nPunkt 1: Orientering\n\n"
NETWORK = "Business Region Aarhus"


@pytest.mark.parametrize(
    ("text", "members"),
    [
        (
            "Medlemmer af Business Region Aarhus er Syddjurs, Randers (observatør) og Norddjurs.",
            {"Syddjurs", "Norddjurs"},
        ),
        (
            "Syddjurs, Randers (observatør) og Norddjurs er medlemmer af Business Region Aarhus.",
            {"Syddjurs", "Norddjurs"},
        ),
        (
            "Business Region Aarhus består af Syddjurs (fra 2015), Randers og Norddjurs Kommuner.",
            {"Syddjurs", "Randers", "Norddjurs"},
        ),
    ],
)
def test_a_list_goes_on_after_a_note_in_brackets(tmp_path: Path, text: str, members: set[str]) -> None:
    assert member_pairs_of_text(tmp_path, HEADER + text) == {(m, NETWORK) for m in members}


def test_a_party_letter_in_brackets_is_no_note(tmp_path: Path) -> None:
    text = "Medlemmer af Business Region Aarhus er Syddjurs, Randers (V) og Norddjurs."
    assert ("Norddjurs", NETWORK) not in member_pairs_of_text(tmp_path, HEADER + text)

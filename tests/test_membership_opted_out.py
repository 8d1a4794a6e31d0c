"""A membership opted out of or stopped ("har besluttet at fravælge medlemskab af X", "har fravalgt X", "stoppede deres
medlemskab af X i 2020") states none (README `memberships`: an ended or refused membership is no row); stopping
something else in the sentence ("… og vil stoppe brugen af pesticider") leaves the membership standing."""

from __future__ import annotations

from pathlib import Path

import pytest
from text_facts import member_pairs_of_text

HEADER = "Referat\nMøde i Økonomiudvalget den 1. marts 2022\n\nPunkt 1: Orientering\n\n"
NETWORK = "Destination Sønderjylland"


@pytest.mark.parametrize(
    "text",
    [
        "Aabenraa og Sønderborg Kommuner har besluttet at fravælge medlemskab af Destination Sønderjylland.",
        "Aabenraa og Sønderborg Kommuner stoppede deres medlemskab af Destination Sønderjylland i 2020.",
        "Aabenraa og Sønderborg Kommuner har fravalgt Destination Sønderjylland.",
    ],
)
def test_a_membership_opted_out_of_states_none(tmp_path: Path, text: str) -> None:
    assert member_pairs_of_text(tmp_path, HEADER + text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Aabenraa og Sønderborg Kommuner er medlemmer af Destination Sønderjylland og vil stoppe brugen af pesticider.",
        "Aabenraa og Sønderborg Kommuner er medlemmer af Destination Sønderjylland, der arbejder for at stoppe "
        "affolkningen.",
    ],
)
def test_stopping_something_else_leaves_it_standing(tmp_path: Path, text: str) -> None:
    assert member_pairs_of_text(tmp_path, HEADER + text) == {("Aabenraa", NETWORK), ("Sønderborg", NETWORK)}

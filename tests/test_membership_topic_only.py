"""A membership only a topic ("har besøgt A og B og præsenteret medlemskab", "orienterede A og B om fordelene ved
medlemskab", "har spurgt X om prisen på et medlemskab") states none (README `memberships`: no decision, no row); a
membership stated before its price in the sentence stands."""

from __future__ import annotations

from pathlib import Path

import pytest
from text_facts import member_pairs_of_text

HEADER = "Referat\nMøde i Økonomiudvalget den 1. marts 2022\n\nPunkt 1: Orientering\n\n"
NETWORK = "Destination Sønderjylland"


@pytest.mark.parametrize(
    "text",
    [
        "Destination Sønderjylland har besøgt Aabenraa og Sønderborg Kommuner og præsenteret medlemskab.",
        "Destination Sønderjylland orienterede Aabenraa og Sønderborg Kommuner om fordelene ved medlemskab.",
        "Aabenraa og Sønderborg Kommuner har spurgt Destination Sønderjylland om prisen på et medlemskab.",
    ],
)
def test_a_membership_only_talked_about_states_none(tmp_path: Path, text: str) -> None:
    assert member_pairs_of_text(tmp_path, HEADER + text) == set()


def test_a_membership_stated_before_its_price_stands(tmp_path: Path) -> None:
    text = (
        "Aabenraa og Sønderborg Kommuner er medlemmer af Destination Sønderjylland, og prisen for medlemskab er 2 kr. "
        "pr. indbygger."
    )
    assert member_pairs_of_text(tmp_path, HEADER + text) == {("Aabenraa", NETWORK), ("Sønderborg", NETWORK)}

"""A body's admitting municipalities as its members ("A og B er optaget som medlemmer af X", "indtræder som
medlemmer af X") states their membership: "som medlem" names a person's seat only when people are admitted (README
`memberships`: a row is a member the text states); people admitted, to a board or from the municipalities, give
none."""

from __future__ import annotations

from pathlib import Path

import pytest
from text_facts import member_pairs_of_text

HEADER = "Referat\nMøde i Økonomiudvalget den 1. marts 2022\n\nPunkt 1: Orientering\n\n"


@pytest.mark.parametrize(
    "text",
    [
        "Aabenraa og Sønderborg er optaget som medlemmer af Destination Sønderjylland.",
        "Aabenraa og Sønderborg Kommuner indtræder som medlemmer af Destination Sønderjylland.",
    ],
)
def test_municipalities_admitted_as_members_are_members(tmp_path: Path, text: str) -> None:
    found = member_pairs_of_text(tmp_path, HEADER + text)
    assert found == {("Aabenraa", "Destination Sønderjylland"), ("Sønderborg", "Destination Sønderjylland")}


@pytest.mark.parametrize(
    "text",
    [
        "Borgmestrene fra Aabenraa og Sønderborg er optaget som medlemmer af bestyrelsen for Destination "
        "Sønderjylland.",
        "Jens Hansen og Peter Olsen fra Aabenraa og Sønderborg er optaget som medlemmer af Destination Sønderjylland.",
        "Aabenraa og Sønderborg Kommuner har udpeget Jens Hansen som medlem af Destination Sønderjylland.",
    ],
)
def test_people_admitted_as_members_give_none(tmp_path: Path, text: str) -> None:
    assert member_pairs_of_text(tmp_path, HEADER + text) == set()

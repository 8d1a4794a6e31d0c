"""A date between the copula and the word of membership ("A og B Kommuner er fra 1. januar 2024 medlemmer af X", "er
pr. 1. maj 2020 med i X", "er i 2015 medlemmer af") still makes the municipalities before it the members (README
`memberships`); a person's seat and a denial after the date give none."""

from __future__ import annotations

from pathlib import Path

import pytest
from text_facts import member_pairs_of_text

HEADER = "Referat\nMøde i Økonomiudvalget den 1. marts 2022\n\nPunkt 1: Orientering\n\n"
NETWORK = "Destination Sønderjylland"


@pytest.mark.parametrize(
    "text",
    [
        "Aabenraa og Sønderborg Kommuner er fra 1. januar 2024 medlemmer af Destination Sønderjylland.",
        "Aabenraa og Sønderborg Kommuner er pr. 1. maj 2020 med i Destination Sønderjylland.",
        "Aabenraa og Sønderborg Kommuner er i 2015 medlemmer af Destination Sønderjylland.",
    ],
)
def test_a_date_after_the_copula_keeps_the_subject(tmp_path: Path, text: str) -> None:
    assert member_pairs_of_text(tmp_path, HEADER + text) == {("Aabenraa", NETWORK), ("Sønderborg", NETWORK)}


@pytest.mark.parametrize(
    "text",
    [
        "Jens Hansen fra Aabenraa er fra 1. januar 2024 medlem af bestyrelsen i Destination Sønderjylland.",
        "Aabenraa og Sønderborg Kommuner er fra 1. januar 2024 ikke længere medlemmer af Destination Sønderjylland.",
    ],
)
def test_a_seat_or_a_denial_after_the_date_gives_none(tmp_path: Path, text: str) -> None:
    assert member_pairs_of_text(tmp_path, HEADER + text) == set()

"""A membership not yet done, only proposed or put off states none (README `memberships`: applied for, proposed or
considered with no decision is no row): "mangler stadig at blive medlemmer af X", "har stillet forslag om at blive
medlemmer af X", "har udskudt beslutningen om medlemskab af X". The same words about something else after a
membership stated leave it standing."""

from __future__ import annotations

from pathlib import Path

import pytest
from text_facts import member_pairs_of_text

HEADER = "Referat\nMøde i Økonomiudvalget den 1. marts 2022\n\nPunkt 1: Orientering\n\n"


@pytest.mark.parametrize(
    "text",
    [
        "Aabenraa og Sønderborg Kommuner mangler stadig at blive medlemmer af Destination Sønderjylland.",
        "Aabenraa og Sønderborg Kommuner har udskudt beslutningen om medlemskab af Destination Sønderjylland.",
        "Aabenraa og Sønderborg Kommuner har stillet forslag om at blive medlemmer af Destination Sønderjylland.",
    ],
)
def test_a_membership_not_yet_decided_is_none(tmp_path: Path, text: str) -> None:
    assert member_pairs_of_text(tmp_path, HEADER + text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Aabenraa og Sønderborg Kommuner er medlemmer af Destination Sønderjylland og mangler at betale kontingent.",
        "Aabenraa og Sønderborg Kommuner er medlemmer af Destination Sønderjylland, som har stillet forslag om en ny "
        "strategi.",
    ],
)
def test_the_words_about_something_else_leave_it_standing(tmp_path: Path, text: str) -> None:
    found = member_pairs_of_text(tmp_path, HEADER + text)
    assert {m for m, n in found if n == "Destination Sønderjylland"} == {"Aabenraa", "Sønderborg"}

"""The municipalities of a list an exception word opens ("Alle kommuner undtagen A og B er medlemmer af X", "på nær",
"bortset fra", "med undtagelse af") are the ones left out, no members (README `memberships`: a row is a member the
text states); a list before the exception and an exception of something else ("…, undtagen for cykelturismen") stand."""

from __future__ import annotations

from pathlib import Path

import pytest
from text_facts import member_pairs_of_text

HEADER = "Referat\nMøde i Økonomiudvalget den 1. marts 2022\n\nPunkt 1: Orientering\n\n"


@pytest.mark.parametrize(
    "text",
    [
        "Alle kommuner undtagen Aabenraa og Sønderborg er medlemmer af Destination Sønderjylland.",
        "Alle kommuner på nær Aabenraa og Sønderborg er medlemmer af Destination Sønderjylland.",
        "Alle sønderjyske kommuner bortset fra Aabenraa og Sønderborg er medlemmer af Destination Sønderjylland.",
        "Alle kommuner i regionen med undtagelse af Aabenraa og Sønderborg deltager i Destination Sønderjylland.",
        "Destination Sønderjylland har medlemmer i alle kommuner undtagen Aabenraa og Sønderborg.",
        "Medlemmer af Destination Sønderjylland er alle kommuner undtagen Aabenraa og Sønderborg.",
    ],
)
def test_the_ones_an_exception_leaves_out_are_no_members(tmp_path: Path, text: str) -> None:
    assert member_pairs_of_text(tmp_path, HEADER + text) == set()


@pytest.mark.parametrize(
    ("text", "members"),
    [
        (
            "Haderslev og Tønder Kommuner er medlemmer af Destination Sønderjylland, undtagen for cykelturismen.",
            {"Haderslev", "Tønder"},
        ),
        (
            "Destination Sønderjyllands medlemskommuner er Haderslev, Tønder, Aabenraa og Sønderborg.",
            {"Haderslev", "Tønder", "Aabenraa", "Sønderborg"},
        ),
    ],
)
def test_a_list_no_exception_opens_stands(tmp_path: Path, text: str, members: set[str]) -> None:
    found = member_pairs_of_text(tmp_path, HEADER + text)
    assert {m for m, n in found if n == "Destination Sønderjylland"} == members

"""A relative clause whose antecedent is another municipality is about it, not about the sentence's subject ("A og B
Kommuner er nabokommuner til Haderslev, som er medlem af X": A and B are no members by it); a relative clause on the
subject's own list ("A og B Kommuner, der er medlemmer af X, …") and a predicate's ("A er det andet kommunale medlem,
der er blevet medlem af X") stand."""

from __future__ import annotations

from pathlib import Path

import pytest
from text_facts import member_pairs_of_text

HEADER = "Referat\nMøde i Økonomiudvalget den 1. marts 2022\n\nPunkt 1: Orientering\n\n"
NETWORK = "Destination Sønderjylland"


@pytest.mark.parametrize(
    "text",
    [
        "Aabenraa og Sønderborg Kommuner er nabokommuner til Haderslev, som er medlem af Destination Sønderjylland.",
        "Aabenraa og Sønderborg Kommuner samarbejder med Haderslev Kommune, som også er medlem af Destination "
        "Sønderjylland.",
    ],
)
def test_the_subject_is_no_member_by_another_ones_relative_clause(tmp_path: Path, text: str) -> None:
    found = member_pairs_of_text(tmp_path, HEADER + text)
    assert ("Aabenraa", NETWORK) not in found
    assert ("Sønderborg", NETWORK) not in found


@pytest.mark.parametrize(
    ("text", "members"),
    [
        (
            "Aabenraa og Sønderborg Kommuner, der er medlemmer af Destination Sønderjylland, har besluttet at "
            "fortsætte.",
            {"Aabenraa", "Sønderborg"},
        ),
        (
            "Aabenraa Kommune er det andet kommunale medlem, der er blevet medlem af Destination Sønderjylland.",
            {"Aabenraa"},
        ),
    ],
)
def test_the_subjects_own_relative_clause_stands(tmp_path: Path, text: str, members: set[str]) -> None:
    assert member_pairs_of_text(tmp_path, HEADER + text) == {(m, NETWORK) for m in members}

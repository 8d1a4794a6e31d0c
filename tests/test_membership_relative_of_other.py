"""A membership cue in a relative clause about what the municipalities have ("A og B Kommuner har borgere, der er
medlem af X") is about that, not the municipalities; the list's own relative clause ("A og B Kommuner, der er
medlemmer af X") and a predicate's ("Ringsted Kommune er det andet kommunale medlem, der …") keep their rows."""

from __future__ import annotations

from pathlib import Path

import pytest
from text_facts import member_pairs_of_text

HEADER = "Referat\nMøde i Økonomiudvalget den 1. marts 2022\n\nPunkt 1: Orientering\n\n"


@pytest.mark.parametrize(
    "text",
    [
        "Lemvig og Struer Kommuner har borgere, der er medlem af Vestkystforeningen.",
        "Lemvig og Struer Kommuner har mange foreninger, som er medlemmer af Vestkystforeningen.",
    ],
)
def test_what_the_municipalities_have_is_no_municipality(tmp_path: Path, text: str) -> None:
    assert member_pairs_of_text(tmp_path, HEADER + text) == set()


def test_the_lists_own_relative_clause_stands(tmp_path: Path) -> None:
    text = "Lemvig og Struer Kommuner, der er medlemmer af Vestkystforeningen, har holdt møde."
    found = member_pairs_of_text(tmp_path, HEADER + text)
    assert {m for m, n in found if n == "Vestkystforeningen"} == {"Lemvig", "Struer"}


def test_a_predicates_relative_clause_stands(tmp_path: Path) -> None:
    # a news item of Landdistrikternes Fællesråd (dev-write)
    text = (
        "Ringsted Kommune er det andet kommunale medlem, der siden årsskiftet er blevet medlem af Landdistrikternes "
        "Fællesråd."
    )
    found = member_pairs_of_text(tmp_path, HEADER + text)
    assert ("Ringsted", "Landdistrikternes Fællesråd") in found

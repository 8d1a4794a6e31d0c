"""A municipality marked an observer in brackets right after its name ("…, Norddjurs og Randers (observatør)",
"samt Randers Kommune (observatør)") is no member (README `memberships`: an observer gives no row); the others of the
list stand."""

from __future__ import annotations

from pathlib import Path

import pytest
from text_facts import member_pairs_of_text

HEADER = "Referat\nMøde i Økonomiudvalget den 1. marts 2022\n\nPunkt 1: Orientering\n\n"


@pytest.mark.parametrize(
    "text",
    [
        "Medlemmer af Business Region Aarhus er Favrskov, Syddjurs, Norddjurs og Randers (observatør).",
        "Business Region Aarhus består af Favrskov, Syddjurs og Norddjurs Kommuner samt Randers Kommune (observatør).",
    ],
)
def test_a_municipality_marked_an_observer_is_no_member(tmp_path: Path, text: str) -> None:
    found = member_pairs_of_text(tmp_path, HEADER + text)
    assert {m for m, n in found if n == "Business Region Aarhus"} == {"Favrskov", "Syddjurs", "Norddjurs"}


def test_a_list_with_no_observer_stands_whole(tmp_path: Path) -> None:
    text = "Medlemmer af Business Region Aarhus er Favrskov, Syddjurs, Norddjurs og Randers (fra 2020)."
    found = member_pairs_of_text(tmp_path, HEADER + text)
    assert {m for m, n in found if n == "Business Region Aarhus"} == {"Favrskov", "Syddjurs", "Norddjurs", "Randers"}

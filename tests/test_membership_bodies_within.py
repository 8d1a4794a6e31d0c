"""Councils and companies within the municipalities before a list ("Erhvervsrådene i A, B og C Kommuner er medlemmer
af X", "Forsyningsselskaberne i A, B og C Kommuner ejer X") are the members or owners, not the municipalities (README
`memberships`: a municipality's own councils are no members); the municipalities' own councils ("Byrådene i A, B og C
Kommuner har godkendt dannelsen af X", "Kommunalbestyrelserne i …") speak for them and stand."""

from __future__ import annotations

from pathlib import Path

import pytest
from text_facts import member_pairs_of_text

HEADER = "Referat\nMøde i Økonomiudvalget den 1. marts 2022\n\nPunkt 1: Orientering\n\n"


@pytest.mark.parametrize(
    "text",
    [
        "Erhvervsrådene i Favrskov, Syddjurs og Norddjurs Kommuner er medlemmer af Business Region Aarhus.",
        "Forsyningsselskaberne i Favrskov, Syddjurs og Norddjurs Kommuner ejer Business Region Aarhus.",
    ],
)
def test_bodies_within_the_municipalities_are_no_municipalities(tmp_path: Path, text: str) -> None:
    assert member_pairs_of_text(tmp_path, HEADER + text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Byrådene i Favrskov, Syddjurs og Norddjurs Kommuner har godkendt dannelsen af Business Region Aarhus.",
        "Kommunalbestyrelserne i Favrskov, Syddjurs og Norddjurs Kommuner har besluttet at blive medlemmer af "
        "Business Region Aarhus.",
    ],
)
def test_the_municipalities_councils_speak_for_them(tmp_path: Path, text: str) -> None:
    found = member_pairs_of_text(tmp_path, HEADER + text)
    assert {m for m, n in found if n == "Business Region Aarhus"} == {"Favrskov", "Syddjurs", "Norddjurs"}

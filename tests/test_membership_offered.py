"""A membership only offered ("har modtaget tilbud om medlemskab af X", "er blevet tilbudt medlemskab af X", "X
tilbyder A og B medlemskab") states none (README `memberships`: only applied for or proposed is no row); an offer
taken ("har takket ja til tilbuddet om medlemskab af X") is joining decided, and a service a body offers its members
keeps their membership."""

from __future__ import annotations

from pathlib import Path

import pytest
from text_facts import member_pairs_of_text

HEADER = "Referat\nMøde i Økonomiudvalget den 1. marts 2022\n\nPunkt 1: Orientering\n\n"


@pytest.mark.parametrize(
    "text",
    [
        "Lemvig og Struer Kommuner har modtaget tilbud om medlemskab af Vestkystforeningen.",
        "Lemvig og Struer Kommuner er blevet tilbudt medlemskab af Vestkystforeningen.",
        "Vestkystforeningen tilbyder Lemvig og Struer Kommuner medlemskab.",
    ],
)
def test_a_membership_only_offered_is_none(tmp_path: Path, text: str) -> None:
    assert member_pairs_of_text(tmp_path, HEADER + text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Lemvig og Struer Kommuner har takket ja til tilbuddet om medlemskab af Vestkystforeningen.",
        "Lemvig og Struer Kommuner har accepteret tilbuddet om medlemskab af Vestkystforeningen.",
        "Lemvig og Struer Kommuner er medlemmer af Vestkystforeningen, som tilbyder rådgivning.",
    ],
)
def test_an_offer_taken_or_a_service_offered_keeps_the_membership(tmp_path: Path, text: str) -> None:
    found = member_pairs_of_text(tmp_path, HEADER + text)
    assert {m for m, n in found if n == "Vestkystforeningen"} == {"Lemvig", "Struer"}

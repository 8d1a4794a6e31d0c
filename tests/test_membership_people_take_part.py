"""A word of membership or participation whose holders are people ties no municipality to a body (README
`memberships`: a seat or attendance by municipality is no row): the people who take part named right after it ("Fra
A, B og C Kommuner deltog borgmestrene i mødet i X", "I X deltager direktørerne fra A og B") or members from somewhere
("X dækker dele af A, B og C Kommuner, og bestyrelsen har medlemmer fra kommunerne"). The municipalities taking part
themselves, and members from a date ("er medlemmer fra 1. januar 2023 af X"), stand."""

from __future__ import annotations

from pathlib import Path

import pytest
from text_facts import member_pairs_of_text

HEADER = "Referat\nMøde i Økonomiudvalget den 1. marts 2022\n\nPunkt 1: Orientering\n\n"


@pytest.mark.parametrize(
    "text",
    [
        "Fra Tønder, Esbjerg og Varde Kommuner deltog borgmestrene i mødet i Nationalpark Vadehavet.",
        "I Nationalpark Vadehavet deltager borgmestrene fra Tønder, Esbjerg og Varde Kommuner.",
        "Nationalpark Vadehavet dækker dele af Tønder, Esbjerg og Varde Kommuner, og bestyrelsen har medlemmer fra "
        "kommunerne.",
    ],
)
def test_people_taking_part_tie_no_municipality(tmp_path: Path, text: str) -> None:
    assert member_pairs_of_text(tmp_path, HEADER + text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "I Nationalpark Vadehavet deltager Tønder, Esbjerg og Varde Kommuner.",
        "Tønder, Esbjerg og Varde Kommuner er medlemmer fra 1. januar 2023 af Nationalpark Vadehavet.",
    ],
)
def test_the_municipalities_taking_part_stand(tmp_path: Path, text: str) -> None:
    found = member_pairs_of_text(tmp_path, HEADER + text)
    assert {m for m, n in found if n == "Nationalpark Vadehavet"} == {"Tønder", "Esbjerg", "Varde"}

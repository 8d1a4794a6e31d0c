"""The municipalities a body's application or request asks ("X har ansøgt A og B om tilskud til medlemskab") are the
ones asked, no members by it (membership_cooccurring's list); a membership stated beside a request still stands."""

from __future__ import annotations

from pathlib import Path

import pytest
from text_facts import member_pairs_of_text

HEADER = "Referat\nMøde i Økonomiudvalget den 1. marts 2022\n\nPunkt 1: Orientering\n\n"


@pytest.mark.parametrize(
    "text",
    [
        "Vestkystforeningen har ansøgt Lemvig og Struer Kommuner om tilskud til medlemskab.",
        "Vestkystforeningen anmoder Lemvig, Struer og Holstebro om støtte til foreningens medlemskab.",
        "Vestkystforeningen har bedt Lemvig og Struer Kommuner om at betale kontingent for medlemskab.",
        "Vestkystforeningen har kontaktet Lemvig og Struer Kommuner om medlemskab.",
        "Vestkystforeningen har spurgt Lemvig og Struer om medlemskab.",
    ],
)
def test_the_municipalities_asked_are_no_members(tmp_path: Path, text: str) -> None:
    assert member_pairs_of_text(tmp_path, HEADER + text) == set()


@pytest.mark.parametrize(
    "text",
    [
        # a membership stated, the body's request for money to someone else in a relative clause
        "Lemvig og Struer Kommuner er medlemmer af Vestkystforeningen, som har ansøgt Region Midtjylland om tilskud.",
        # a body asked by its members ("A og B har bedt X om bistand" names them before the verb, not after)
        "Lemvig og Struer Kommuner er medlemmer af Vestkystforeningen og har bedt foreningen om bistand.",
        # the municipalities as the subject of the statement
        "Lemvig og Struer Kommuner er medlemmer af Vestkystforeningen.",
    ],
)
def test_a_membership_stated_beside_a_request_stands(tmp_path: Path, text: str) -> None:
    found = member_pairs_of_text(tmp_path, HEADER + text)
    assert {m for m, n in found if n == "Vestkystforeningen"} == {"Lemvig", "Struer"}

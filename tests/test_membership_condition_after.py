"""A membership stated only on a condition that follows it ("A og B bliver medlemmer af X, hvis byrådene godkender
det", "…, forudsat at …", "med forbehold for byrådenes godkendelse", "vil i givet fald blive") states none (README
`memberships`: only proposed, with no decision, is no row); a condition in a relative clause about the body is the
clause's own, and the relative genitive "hvis" before a bare noun is no condition."""

from __future__ import annotations

from pathlib import Path

import pytest
from text_facts import member_pairs_of_text

HEADER = "Referat\nMøde i Økonomiudvalget den 1. marts 2022\n\nPunkt 1: Orientering\n\n"


@pytest.mark.parametrize(
    "text",
    [
        "Lemvig og Struer Kommuner bliver medlemmer af Vestkystforeningen, hvis byrådene godkender det.",
        "Lemvig og Struer Kommuner er medlemmer af Vestkystforeningen, hvis de betaler kontingent.",
        "Lemvig og Struer Kommuner indtræder i Vestkystforeningen, hvis det godkendes af byrådene.",
        "Lemvig og Struer Kommuner bliver medlemmer af Vestkystforeningen, såfremt byrådene godkender det.",
        "Lemvig og Struer Kommuner indtræder i Vestkystforeningen, forudsat at byrådene godkender det.",
        "Lemvig og Struer Kommuner indtræder i Vestkystforeningen med forbehold for byrådenes godkendelse.",
        "Lemvig og Struer Kommuner indtræder i Vestkystforeningen under forudsætning af byrådenes godkendelse.",
        "Lemvig og Struer Kommuner vil i givet fald blive medlemmer af Vestkystforeningen.",
    ],
)
def test_a_membership_on_a_condition_after_it_is_none(tmp_path: Path, text: str) -> None:
    assert member_pairs_of_text(tmp_path, HEADER + text) == set()


@pytest.mark.parametrize(
    "text",
    [
        # the condition is the relative clause's, about what the body does
        "Lemvig og Struer Kommuner er medlemmer af Vestkystforeningen, som yder tilskud, hvis projektet godkendes.",
        # the relative genitive "hvis" before a bare noun
        "Lemvig og Struer Kommuner er medlemmer af Vestkystforeningen, hvis formål er at fremme turismen.",
        "Vestkystforeningen, hvis medlemmer er Lemvig og Struer Kommuner, holdt møde.",
        # joining done after the approval
        "Lemvig og Struer Kommuner er blevet medlemmer af Vestkystforeningen, efter at byrådene har godkendt det.",
    ],
)
def test_a_membership_with_no_condition_of_its_own_stands(tmp_path: Path, text: str) -> None:
    found = member_pairs_of_text(tmp_path, HEADER + text)
    assert {m for m, n in found if n == "Vestkystforeningen"} == {"Lemvig", "Struer"}

"""The municipalities a membership's price is charged ("Medlemskab af X koster A og B 50.000 kr.") are no members by
it: a price states no membership (README `memberships` rules 1-3; it is quoted for a proposed one too); a membership
stated beside its price still stands."""

from __future__ import annotations

from pathlib import Path

import pytest
from text_facts import member_pairs_of_text

HEADER = "Referat\nMøde i Økonomiudvalget den 1. marts 2022\n\nPunkt 1: Orientering\n\n"


@pytest.mark.parametrize(
    "text",
    [
        "Medlemskab af Vestkystforeningen koster Lemvig og Struer 50.000 kr.",
        "Et medlemskab af Vestkystforeningen vil koste Lemvig og Struer Kommuner 50.000 kr. om året.",
    ],
)
def test_the_municipalities_charged_are_no_members(tmp_path: Path, text: str) -> None:
    assert member_pairs_of_text(tmp_path, HEADER + text) == set()


@pytest.mark.parametrize(
    "text",
    [
        # a membership stated, its price in a clause of its own
        "Lemvig og Struer Kommuner er medlemmer af Vestkystforeningen, og medlemskabet koster 50.000 kr. om året.",
        # the members stated by the body's own word of membership
        "Vestkystforeningens medlemskommuner er Lemvig og Struer.",
    ],
)
def test_a_membership_stated_beside_its_price_stands(tmp_path: Path, text: str) -> None:
    found = member_pairs_of_text(tmp_path, HEADER + text)
    assert {m for m, n in found if n == "Vestkystforeningen"} == {"Lemvig", "Struer"}

"""A membership only on a condition ("Såfremt A og B bliver medlemmer af X, …", "Hvis A og B melder sig ind i X, …")
states none (README `memberships`: only proposed or considered is no row); the relative genitive "hvis" ("X, hvis
medlemmer er A og B", "…, hvis formål er …") is no condition."""

from __future__ import annotations

from pathlib import Path

import pytest
from text_facts import member_pairs_of_text

HEADER = "Referat\nMøde i Økonomiudvalget den 1. marts 2022\n\nPunkt 1: Orientering\n\n"


@pytest.mark.parametrize(
    "text",
    [
        "Såfremt Lemvig og Struer Kommuner bliver medlemmer af Vestkystforeningen, stiger kontingentet.",
        "Hvis Lemvig og Struer Kommuner melder sig ind i Vestkystforeningen, får foreningen flere midler.",
    ],
)
def test_a_membership_on_a_condition_is_none(tmp_path: Path, text: str) -> None:
    assert member_pairs_of_text(tmp_path, HEADER + text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Lemvig og Struer Kommuner er medlemmer af Vestkystforeningen, hvis formål er at fremme turismen.",
        "Vestkystforeningen, hvis medlemmer er Lemvig og Struer Kommuner, holdt møde.",
    ],
)
def test_the_relative_hvis_is_no_condition(tmp_path: Path, text: str) -> None:
    found = member_pairs_of_text(tmp_path, HEADER + text)
    assert {m for m, n in found if n == "Vestkystforeningen"} == {"Lemvig", "Struer"}

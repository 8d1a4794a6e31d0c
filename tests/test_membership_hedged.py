"""A membership hedged by an adverb of doubt right at its verb states none (README `memberships`: only proposed or
considered, with no decision, is no row): "A og B bliver evt. medlemmer af X", "vil evt. blive", "skal evt. være",
"er formentlig med i"; the adverb elsewhere in the sentence ("betaler evt. et tillæg") leaves the membership stated."""

from __future__ import annotations

from pathlib import Path

import pytest
from text_facts import member_pairs_of_text

HEADER = "Referat\nMøde i Økonomiudvalget den 1. marts 2022\n\nPunkt 1: Orientering\n\n"


@pytest.mark.parametrize(
    "text",
    [
        "Lemvig og Struer Kommuner bliver evt. medlemmer af Vestkystforeningen.",
        "Lemvig og Struer Kommuner vil evt. blive medlemmer af Vestkystforeningen.",
        "Lemvig og Struer Kommuner skal evt. være medlemmer af Vestkystforeningen.",
        "Lemvig og Struer Kommuner kan evt. blive medlemmer af Vestkystforeningen.",
        "Lemvig og Struer Kommuner bliver formentlig medlemmer af Vestkystforeningen fra 2024.",
        "Lemvig og Struer Kommuner vil muligvis blive medlemmer af Vestkystforeningen.",
    ],
)
def test_a_hedged_membership_is_none(tmp_path: Path, text: str) -> None:
    assert member_pairs_of_text(tmp_path, HEADER + text) == set()


@pytest.mark.parametrize(
    "text",
    [
        # the hedge on something else the sentence says
        "Lemvig og Struer Kommuner er medlemmer af Vestkystforeningen og betaler evt. et tillæg for rådgivning.",
        "Lemvig og Struer Kommuner er også medlemmer af Vestkystforeningen.",
        # the hedge before the next fellow, not before the verb of the statement
        "Lemvig og Struer Kommuner er medlemmer af Vestkystforeningen, evt. sammen med Skive Kommune.",
    ],
)
def test_a_membership_the_hedge_is_not_at_stands(tmp_path: Path, text: str) -> None:
    found = member_pairs_of_text(tmp_path, HEADER + text)
    assert {"Lemvig", "Struer"} <= {m for m, n in found if n == "Vestkystforeningen"}

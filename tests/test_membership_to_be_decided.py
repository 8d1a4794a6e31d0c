"""A membership only to be decided or discussed ("skal tage stilling til medlemskab af X", "har drøftet et medlemskab
af X") states none (README `memberships`: investigated with no decision is no row); a decision taken, a membership
discussed in the genitive (the municipalities' own), and a plain statement keep their rows."""

from __future__ import annotations

from pathlib import Path

import pytest
from text_facts import member_pairs_of_text

HEADER = "Referat\nMøde i Økonomiudvalget den 1. marts 2022\n\nPunkt 1: Orientering\n\n"


@pytest.mark.parametrize(
    "text",
    [
        "Lemvig og Struer Kommuner skal tage stilling til medlemskab af Vestkystforeningen.",
        "Lemvig og Struer Kommuner har drøftet et medlemskab af Vestkystforeningen.",
    ],
)
def test_a_membership_to_be_decided_is_none(tmp_path: Path, text: str) -> None:
    assert member_pairs_of_text(tmp_path, HEADER + text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Byrådet drøftede Lemvig og Struer Kommuners medlemskab af Vestkystforeningen.",
        "Lemvig og Struer Kommuner har taget stilling til medlemskab af Vestkystforeningen og er nu medlemmer.",
    ],
)
def test_a_membership_decided_or_owned_stands(tmp_path: Path, text: str) -> None:
    found = member_pairs_of_text(tmp_path, HEADER + text)
    assert {m for m, n in found if n == "Vestkystforeningen"} == {"Lemvig", "Struer"}

"""A membership only asked as an indirect question to be decided or discussed ("skal tage stilling til, om de vil
være medlemmer af X", "drøftede, om A og B skal være medlemmer", "vurderer, om") states none (README `memberships`:
no decision, no row); a discussion of something else after a membership stated ("… og drøfter om turisme", a question
on another municipality after the cue) leaves it standing."""

from __future__ import annotations

from pathlib import Path

import pytest
from text_facts import member_pairs_of_text

HEADER = "Referat\nMøde i Økonomiudvalget den 1. marts 2022\n\nPunkt 1: Orientering\n\n"
NETWORK = "Destination Sønderjylland"


@pytest.mark.parametrize(
    "text",
    [
        "Aabenraa og Sønderborg Kommuner skal senest 1. juli tage stilling til, om de vil være medlemmer af "
        "Destination Sønderjylland.",
        "Destination Sønderjylland drøftede, om Aabenraa og Sønderborg Kommuner skal være medlemmer.",
        "Byrådet vurderer, om Aabenraa og Sønderborg Kommuner fortsat skal være medlemmer af Destination "
        "Sønderjylland.",
    ],
)
def test_a_membership_only_asked_states_none(tmp_path: Path, text: str) -> None:
    assert member_pairs_of_text(tmp_path, HEADER + text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Aabenraa og Sønderborg Kommuner er medlemmer af Destination Sønderjylland og drøfter om turisme.",
        "Aabenraa og Sønderborg Kommuner, der er medlemmer af Destination Sønderjylland, drøftede om Tønder skal "
        "optages.",
    ],
)
def test_a_question_of_something_else_leaves_it_standing(tmp_path: Path, text: str) -> None:
    assert member_pairs_of_text(tmp_path, HEADER + text) == {("Aabenraa", NETWORK), ("Sønderborg", NETWORK)}

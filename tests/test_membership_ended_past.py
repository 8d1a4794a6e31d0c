"""A membership that ended in the past ("har været medlemmer af X frem til 2020", "var medlemmer af X, indtil
foreningen blev nedlagt") states none (README `memberships`: a membership that ended is no row); one that runs on
("er medlemmer af X frem til 2030", "har været medlemmer siden 2010") stands."""

from __future__ import annotations

from pathlib import Path

import pytest
from text_facts import member_pairs_of_text

HEADER = "Referat\nMøde i Økonomiudvalget den 1. marts 2022\n\nPunkt 1: Orientering\n\n"


@pytest.mark.parametrize(
    "text",
    [
        "Lemvig og Struer Kommuner har været medlemmer af Vestkystforeningen frem til 2020.",
        "Lemvig og Struer Kommuner var medlemmer af Vestkystforeningen, indtil foreningen blev nedlagt.",
    ],
)
def test_a_membership_ended_is_none(tmp_path: Path, text: str) -> None:
    assert member_pairs_of_text(tmp_path, HEADER + text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Lemvig og Struer Kommuner er medlemmer af Vestkystforeningen frem til 2030.",
        "Lemvig og Struer Kommuner har været medlemmer af Vestkystforeningen siden 2010.",
    ],
)
def test_a_membership_running_on_stands(tmp_path: Path, text: str) -> None:
    found = member_pairs_of_text(tmp_path, HEADER + text)
    assert {m for m, n in found if n == "Vestkystforeningen"} == {"Lemvig", "Struer"}

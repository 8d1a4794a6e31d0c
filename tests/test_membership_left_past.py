"""A membership that ended in the past states none (README `memberships`: "udtrådt", "tidligere medlem", "meldt sig
ud"): left since ("men er siden trådt ud"), once ("var engang medlemmer af X"), for a period that ended ("var
medlemmer af X i perioden 2010-2019"). A membership for a period now ("er medlemmer … i perioden 2020-2024"), a
decision to leave ("træder ud af X", which states the membership it ends) and joining in the past stand."""

from __future__ import annotations

from pathlib import Path

import pytest
from text_facts import member_pairs_of_text

HEADER = "Referat\nMøde i Økonomiudvalget den 1. marts 2022\n\nPunkt 1: Orientering\n\n"


@pytest.mark.parametrize(
    "text",
    [
        "Aabenraa og Sønderborg blev medlemmer af Destination Sønderjylland i 2010, men er siden trådt ud.",
        "Aabenraa og Sønderborg Kommuner var engang medlemmer af Destination Sønderjylland.",
        "Aabenraa og Sønderborg Kommuner var medlemmer af Destination Sønderjylland i perioden 2010-2019.",
    ],
)
def test_a_membership_left_in_the_past_is_none(tmp_path: Path, text: str) -> None:
    assert member_pairs_of_text(tmp_path, HEADER + text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Aabenraa og Sønderborg Kommuner er medlemmer af Destination Sønderjylland i perioden 2020-2024.",
        "Aabenraa og Sønderborg Kommuner har besluttet at træde ud af Destination Sønderjylland.",
        "Aabenraa og Sønderborg Kommuner blev medlemmer af Destination Sønderjylland i 2010.",
    ],
)
def test_a_membership_not_ended_stands(tmp_path: Path, text: str) -> None:
    found = member_pairs_of_text(tmp_path, HEADER + text)
    assert {m for m, n in found if n == "Destination Sønderjylland"} == {"Aabenraa", "Sønderborg"}

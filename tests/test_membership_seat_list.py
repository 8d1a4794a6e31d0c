"""A list cue that opens a person's seat ("Xs medlemmer af bestyrelsen er borgmestrene i A og B") lists people, no
municipality's membership (README `memberships`: people's seats are roles); the members' own list ("Medlemmer af X er
A og B Kommuner", "Xs medlemmer er A og B") stands."""

from __future__ import annotations

from pathlib import Path

import pytest
from text_facts import member_pairs_of_text

HEADER = "Referat\nMøde i Økonomiudvalget den 1. marts 2022\n\nPunkt 1: Orientering\n\n"


def test_a_seat_list_names_no_members(tmp_path: Path) -> None:
    text = "Destination Sønderjyllands medlemmer af bestyrelsen er borgmestrene i Aabenraa og Sønderborg."
    assert member_pairs_of_text(tmp_path, HEADER + text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Medlemmer af Destination Sønderjylland er Aabenraa og Sønderborg Kommuner.",
        "Destination Sønderjyllands medlemmer er Aabenraa og Sønderborg.",
    ],
)
def test_the_members_own_list_stands(tmp_path: Path, text: str) -> None:
    found = member_pairs_of_text(tmp_path, HEADER + text)
    assert found == {("Aabenraa", "Destination Sønderjylland"), ("Sønderborg", "Destination Sønderjylland")}

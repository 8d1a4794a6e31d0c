"""A denial scoped to its clause: a contrast that names only municipalities ("A og B er medlemmer af X, men ikke C og
D") leaves out the ones it names and no more (README `memberships`: a row is a member the text states); a contrast
that denies the membership itself ("…, men ikke af Y", "…, men ikke længere") and a denial before it still state
none."""

from __future__ import annotations

from pathlib import Path

import pytest
from text_facts import member_pairs_of_text

HEADER = "Referat\nMøde i Økonomiudvalget den 1. marts 2022\n\nPunkt 1: Orientering\n\n"


@pytest.mark.parametrize(
    ("text", "members"),
    [
        (
            "Aabenraa og Sønderborg Kommuner er medlemmer af Destination Sønderjylland, men ikke Haderslev og Tønder.",
            {"Aabenraa", "Sønderborg"},
        ),
        (
            "Aabenraa og Sønderborg Kommuner er medlemmer af Destination Sønderjylland, dog ikke Haderslev Kommune.",
            {"Aabenraa", "Sønderborg"},
        ),
        # the co-occurrence reader: the body first, the list after its verb
        (
            "I Destination Sønderjylland deltager Aabenraa, Sønderborg og Haderslev, men ikke Tønder.",
            {"Aabenraa", "Sønderborg", "Haderslev"},
        ),
    ],
)
def test_a_contrast_leaves_out_only_the_ones_it_names(tmp_path: Path, text: str, members: set[str]) -> None:
    found = member_pairs_of_text(tmp_path, HEADER + text)
    assert found == {(m, "Destination Sønderjylland") for m in members}


@pytest.mark.parametrize(
    "text",
    [
        # the contrast denies the membership itself, of a body or in time
        "Aabenraa og Sønderborg Kommuner er medlemmer af Destination Sønderjylland, men ikke længere.",
        # a denial before the contrast still denies the whole
        "Aabenraa og Sønderborg Kommuner er ikke medlemmer af Destination Sønderjylland, men ikke Haderslev.",
        "Aabenraa og Sønderborg Kommuner er ikke medlemmer af Destination Sønderjylland, men Haderslev er.",
    ],
)
def test_a_denial_of_the_membership_states_none(tmp_path: Path, text: str) -> None:
    assert member_pairs_of_text(tmp_path, HEADER + text) == set()


def test_a_contrast_of_another_body_states_none_of_it(tmp_path: Path) -> None:
    text = (
        "Aabenraa og Sønderborg Kommuner er medlemmer af Destination Sønderjylland, men ikke af Business Region Aarhus."
    )
    assert not {n for _, n in member_pairs_of_text(tmp_path, HEADER + text)} & {"Business Region Aarhus"}

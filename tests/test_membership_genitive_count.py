"""A body named in the genitive before its members' noun with a count or "nuværende"/"nye" between ("Destination
Sønderjyllands tre ejerkommuner er A, B og C", "Xs nuværende ejere er A og B") names the body in the nominative as
the members' network, as it does with no word between ("Xs ejere er A og B"); the genitive before another noun ("Xs
tre nye projekter er i A, B og C") names what the body owns, no members."""

from __future__ import annotations

from pathlib import Path

import pytest
from text_facts import member_pairs_of_text

HEADER = "Referat\nMøde i Økonomiudvalget den 1. marts 2022\n\nPunkt 1: Orientering\n\n"


@pytest.mark.parametrize(
    ("text", "network", "members"),
    [
        (
            "Destination Sønderjyllands nuværende ejere er Aabenraa og Sønderborg.",
            "Destination Sønderjylland",
            {"Aabenraa", "Sønderborg"},
        ),
        (
            "Destination Sønderjyllands tre ejerkommuner er Aabenraa, Sønderborg og Haderslev.",
            "Destination Sønderjylland",
            {"Aabenraa", "Sønderborg", "Haderslev"},
        ),
        (
            "Destination Limfjordens 3 ejerkommuner er Lemvig, Morsø og Struer.",
            "Destination Limfjorden",
            {"Lemvig", "Morsø", "Struer"},
        ),
        (
            "Geopark Vestjyllands nuværende ejere er Lemvig og Struer.",
            "Geopark Vestjylland",
            {"Lemvig", "Struer"},
        ),
    ],
)
def test_a_count_before_the_holders_noun_names_the_body(
    tmp_path: Path, text: str, network: str, members: set[str]
) -> None:
    assert member_pairs_of_text(tmp_path, HEADER + text) == {(m, network) for m in members}


@pytest.mark.parametrize(
    "text",
    [
        "Destination Sønderjyllands tre nye projekter er i Aabenraa, Sønderborg og Haderslev.",
        "Geopark Vestjyllands 2 medlemmer i bestyrelsen kommer fra Lemvig og Struer.",
        "Destination Sønderjyllands nye ejere er endnu ikke fundet, men Aabenraa og Sønderborg er interesserede.",
    ],
)
def test_what_the_body_owns_names_no_members(tmp_path: Path, text: str) -> None:
    assert member_pairs_of_text(tmp_path, HEADER + text) == set()

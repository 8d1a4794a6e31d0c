"""A body named as the item right before a list of municipalities, joined to it by "og" ("et samarbejde mellem X og
A og B Kommuner", "X og A og B Kommuner har stiftet Y"), is a party beside them, not what they are members of (README
`memberships`: a body the members work with is no network of theirs); a body after the cue ("A og B er medlemmer af
X og …") and a cooperation named by its members ("X er et samarbejde mellem A og B") still stand."""

from __future__ import annotations

from pathlib import Path

import pytest
from text_facts import member_pairs_of_text

HEADER = "Referat\nMøde i Økonomiudvalget den 1. marts 2022\n\nPunkt 1: Orientering\n\n"


@pytest.mark.parametrize(
    "text",
    [
        "Et samarbejde mellem Destination Sønderjylland og Aabenraa og Sønderborg Kommuner om cykelturisme.",
        "Destination Sønderjylland og Aabenraa og Sønderborg Kommuner har stiftet Grænselandets Turistråd.",
    ],
)
def test_a_body_listed_before_the_municipalities_is_no_network_of_theirs(tmp_path: Path, text: str) -> None:
    found = member_pairs_of_text(tmp_path, HEADER + text)
    assert {m for m, n in found if n == "Destination Sønderjylland"} == set()


@pytest.mark.parametrize(
    ("text", "network"),
    [
        (
            "Destination Sønderjylland er et samarbejde mellem Aabenraa og Sønderborg Kommuner.",
            "Destination Sønderjylland",
        ),
        (
            "Aabenraa og Sønderborg Kommuner er medlemmer af Destination Sønderjylland og deltager i et netværk.",
            "Destination Sønderjylland",
        ),
        (
            "Destination Sønderjylland og Aabenraa og Sønderborg Kommuner har stiftet Grænselandets Turistråd.",
            "Grænselandets Turistråd",
        ),
    ],
)
def test_the_network_the_list_joins_stands(tmp_path: Path, text: str, network: str) -> None:
    found = member_pairs_of_text(tmp_path, HEADER + text)
    assert {m for m, n in found if n == network} == {"Aabenraa", "Sønderborg"}

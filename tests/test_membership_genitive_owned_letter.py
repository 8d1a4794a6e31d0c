"""A body's name read with its genitive "s" after a letter, before what the body owns ("deltager i Destination
Sønderjyllands generalforsamling", "deltog i Nationalpark Vadehavets årsmøde"), names the body's meeting or network,
no body joined (README `memberships`: a body's own sub-bodies and activities are no networks); a name whose last word
is a municipality's ending in "s" ("Business Region Aarhus") and a genitive inside a name ("Fyns Turistråd") stand."""

from __future__ import annotations

from pathlib import Path

import pytest
from text_facts import member_pairs_of_text

HEADER = "Referat\nMøde i Økonomiudvalget den 1. marts 2022\n\nPunkt 1: Orientering\n\n"


@pytest.mark.parametrize(
    "text",
    [
        "Tønder, Esbjerg og Varde Kommuner deltager i Destination Sønderjyllands generalforsamling.",
        "Tønder, Esbjerg og Varde Kommuner deltog i Nationalpark Vadehavets årsmøde.",
        "Tønder, Esbjerg og Varde Kommuner deltager i Destination Sønderjyllands netværk for turistchefer.",
    ],
)
def test_what_a_body_in_the_genitive_owns_is_no_network(tmp_path: Path, text: str) -> None:
    assert member_pairs_of_text(tmp_path, HEADER + text) == set()


@pytest.mark.parametrize(
    ("text", "network"),
    [
        ("Favrskov, Syddjurs og Norddjurs Kommuner deltager i Business Region Aarhus.", "Business Region Aarhus"),
        ("Tønder, Esbjerg og Varde Kommuner er medlemmer af Fyns Turistråd.", "Fyns Turistråd"),
        ("Tønder, Esbjerg og Varde Kommuner er medlemmer af Destination Sønderjylland.", "Destination Sønderjylland"),
    ],
)
def test_a_name_not_in_the_genitive_stands(tmp_path: Path, text: str, network: str) -> None:
    found = member_pairs_of_text(tmp_path, HEADER + text)
    assert len({m for m, n in found if n == network}) == 3

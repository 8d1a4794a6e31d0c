"""A body's name in the genitive before a count and its members or owners ("Destination Sønderjyllands 3
medlemskommuner er …") is the body in the nominative, as it is right before them ("Destination Limfjordens ejere");
a name whose last word is a municipality's ("Business Region Aarhus 12 medlemskommuner") keeps its "s"."""

from __future__ import annotations

from pathlib import Path

import pytest
from text_facts import member_pairs_of_text

HEADER = "Referat\nMøde i Økonomiudvalget den 1. marts 2022\n\nPunkt 1: Orientering\n\n"


@pytest.mark.parametrize(
    ("text", "network", "members"),
    [
        (
            "Destination Sønderjyllands 3 medlemskommuner er Aabenraa, Haderslev og Sønderborg.",
            "Destination Sønderjylland",
            {"Aabenraa", "Haderslev", "Sønderborg"},
        ),
        # the near misses: no count; a municipality's name last
        (
            "Destination Sønderjyllands medlemskommuner er Aabenraa, Haderslev og Sønderborg.",
            "Destination Sønderjylland",
            {"Aabenraa", "Haderslev", "Sønderborg"},
        ),
        (
            "Business Region Aarhus 12 medlemskommuner er Favrskov, Syddjurs og Norddjurs.",
            "Business Region Aarhus",
            {"Favrskov", "Syddjurs", "Norddjurs"},
        ),
    ],
)
def test_a_body_in_the_genitive_before_a_count_is_named_in_the_nominative(
    tmp_path: Path, text: str, network: str, members: set[str]
) -> None:
    found = member_pairs_of_text(tmp_path, HEADER + text)
    assert found == {(m, network) for m in members}

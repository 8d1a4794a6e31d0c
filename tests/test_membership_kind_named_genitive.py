"""A body named by its kind as the first word of its name, in the genitive before its members or owners ("Geopark
Vestjyllands medlemskommuner er …", "Kulturregion Midtjyllands deltagere er …"), is the body in the nominative:
one row per member under that name, no second row under the genitive; a name whose last word is a municipality's
("Business Region Aarhus medlemskommuner") keeps its "s"."""

from __future__ import annotations

from pathlib import Path

import pytest
from text_facts import member_pairs_of_text

HEADER = "Referat\nMøde i Økonomiudvalget den 1. marts 2022\n\nPunkt 1: Orientering\n\n"


@pytest.mark.parametrize(
    ("text", "network", "members"),
    [
        (
            "Geopark Vestjyllands medlemskommuner er Lemvig, Struer og Holstebro.",
            "Geopark Vestjylland",
            {"Lemvig", "Struer", "Holstebro"},
        ),
        (
            "Kulturregion Midtjyllands deltagere er Viborg, Skive og Silkeborg Kommuner.",
            "Kulturregion Midtjylland",
            {"Viborg", "Skive", "Silkeborg"},
        ),
        # the near miss: the name in the nominative
        (
            "Lemvig, Struer og Holstebro Kommuner er medlemmer af Geopark Vestjylland.",
            "Geopark Vestjylland",
            {"Lemvig", "Struer", "Holstebro"},
        ),
        # a last word that is a municipality's name keeps its "s"
        (
            "Business Region Aarhus medlemskommuner er Favrskov, Syddjurs og Norddjurs.",
            "Business Region Aarhus",
            {"Favrskov", "Syddjurs", "Norddjurs"},
        ),
    ],
)
def test_a_kind_named_body_in_the_genitive_is_named_in_the_nominative(
    tmp_path: Path, text: str, network: str, members: set[str]
) -> None:
    found = member_pairs_of_text(tmp_path, HEADER + text)
    assert found == {(m, network) for m in members}

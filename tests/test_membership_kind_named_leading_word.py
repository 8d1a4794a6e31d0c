"""A capitalised preposition or adverb opening the sentence before a body named by its kind is no word of the body's
name: "I Geopark Vestjylland deltager A, B og C" names Geopark Vestjylland, not "I Geopark Vestjylland" (a wrong
network and a missed one)."""

from __future__ import annotations

from pathlib import Path

import pytest
from text_facts import member_pairs_of_text

HEADER = "Referat\nMøde i Økonomiudvalget den 1. marts 2022\n\nPunkt 1: Orientering\n\n"


@pytest.mark.parametrize(
    ("text", "network", "members"),
    [
        (
            "I Geopark Vestjylland deltager Lemvig, Struer og Holstebro Kommuner.",
            "Geopark Vestjylland",
            {"Lemvig", "Struer", "Holstebro"},
        ),
        (
            "Under Kulturregion Midtjylland samarbejder Viborg, Skive og Silkeborg Kommuner, der alle er medlemmer.",
            "Kulturregion Midtjylland",
            {"Viborg", "Skive", "Silkeborg"},
        ),
        # the near miss: the name opens the sentence itself
        (
            "Geopark Vestjylland ejes af Lemvig, Struer og Holstebro Kommuner.",
            "Geopark Vestjylland",
            {"Lemvig", "Struer", "Holstebro"},
        ),
    ],
)
def test_a_leading_preposition_is_no_word_of_the_name(
    tmp_path: Path, text: str, network: str, members: set[str]
) -> None:
    found = member_pairs_of_text(tmp_path, HEADER + text)
    assert found == {(m, network) for m in members}

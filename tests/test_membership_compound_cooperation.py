"""A cooperation named by a compound whose head is "samarbejde" ("et beredskabssamarbejde mellem A og B
Kommuner", "et turismesamarbejde mellem …") states its members as "et samarbejde mellem" does; excerpts of
dev-write documents of tests/realworld, each source named."""

from __future__ import annotations

from pathlib import Path

import pytest
from text_facts import member_pairs_of_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # sojbv-webpage-sydoestjyllands-brandvaesen (the page's lines broken by blank lines as printed)
        (
            "Nyheder\n\nSydøstjyllands Brandvæsen\n\nSydøstjyllands Brandvæsen Sydøstjyllands Brandvæsen I/S er et "
            "beredskabssamarbejde\n\nmellem Hedensted og Horsens Kommuner.\n\nBrandvæsenet servicerer et areal på "
            "1072 km2 med tilsammen 134.000 indbyggere.",
            {("Hedensted", "Sydøstjyllands Brandvæsen"), ("Horsens", "Sydøstjyllands Brandvæsen")},
        ),
        # struer-news-destination-limfjorden-2020-02-24
        (
            "Der blev valgt medlemmer til bestyrelsen. De tre medlemmer repræsenterer turisterhvervet. Destination "
            "Limfjorden er et nyt turismesamarbejde mellem Skive, Struer og Morsø Kommune.",
            {
                ("Skive", "Destination Limfjorden"),
                ("Struer", "Destination Limfjorden"),
                ("Morsø", "Destination Limfjorden"),
            },
        ),
    ],
)
def test_compound_cooperation_states_its_members(tmp_path: Path, text: str, expected: set[tuple[str, str]]) -> None:
    assert expected <= member_pairs_of_text(tmp_path, text)


def test_unnamed_compound_cooperation_names_no_network(tmp_path: Path) -> None:
    # stevns-news-nyt-beredskab-2019-11-27: the cooperation has no name of its own, so no body to be members of
    text = (
        "Onsdag aften godkendte Kommunalbestyrelsen den endelige samarbejdsaftale om nyt beredskabssamarbejde mellem "
        "Stevns, Solrød og Køge kommuner. Samarbejdsaftalen træder i kraft ved årsskiftet."
    )
    assert member_pairs_of_text(tmp_path, text) == set()

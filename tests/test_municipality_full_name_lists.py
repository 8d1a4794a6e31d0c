"""Municipalities listed by their whole names, each with the word ("Rebild Kommune, Vesthimmerlands Kommune og
Mariagerfjord Kommune", "Holstebro Kommune og Struer Kommune"), are several, none of them the meeting's own, as the
names listed before one "Kommune" are ("Roskilde, Lejre og Frederikssund Kommune"). Forms quoted (shortened) from
dev-write documents of tests/realworld/ (Himmerlandsposten, Beredskab & Sikkerhed, Struer Kommune's
"Fælleserklæring"); the test split is never read while writing these rules."""

from __future__ import annotations

import pytest

from graphbuild.extract import extract_facts
from graphbuild.parse import parse_meeting
from graphbuild.parse.header_municipality import listed_with_others
from graphbuild.sources import source_from_text
from graphbuild.vocab.municipality_names import named_municipalities


def _municipality(text: str) -> str | None:
    facts = extract_facts(parse_meeting(source_from_text(text)))
    return facts.municipality.name if facts.municipality else None


def _listed(line: str) -> list[int]:
    return [len(listed_with_others(line, named)) for named in named_municipalities(line)]


@pytest.mark.parametrize(
    ("line", "sizes"),
    [
        ("Rebild Kommune, Vesthimmerlands Kommune og Mariagerfjord Kommune har på foranledning", [3, 3, 3]),
        ("Norddjurs kommune og Syddjurs kommune har allerede i 2007 stiftet et § 60-fællesskab", [2, 2]),
        ("Fælleserklæring Holstebro Kommune og Struer Kommune:", [2, 2]),
        ("i Roskilde, Lejre og Frederikssund Kommune", [3]),  # the names before one word, as before
    ],
)
def test_a_list_of_whole_names_is_several(line: str, sizes: list[int]) -> None:
    assert _listed(line) == sizes


@pytest.mark.parametrize(
    "line",
    [
        "Vejle Kommune og Region Syddanmark har indgået aftale",  # a region, no municipality
        "Vejle Kommune, Økonomiudvalget og Byrådet",  # its own bodies
        "Struer Kommune",
        "Holstebro Kommune og Struer",  # the second without the word: a town, maybe the matter's place
    ],
)
def test_a_near_miss_lists_none(line: str) -> None:
    assert not any(_listed(line))


def test_a_joint_commissions_header_names_no_municipality() -> None:
    text = (
        "Referat\n\nBeredskabskommissionen\n\nLemvig Kommune, Struer Kommune og Holstebro Kommune\n\n"
        "Mødedato: 18. august 2022\n\n1. Godkendelse af dagsorden\n\nGodkendt.\n\n2. Eventuelt\n\nIntet.\n"
    )
    assert _municipality(text) is None


def test_one_municipality_heading_its_commission_is_kept() -> None:
    text = (
        "Referat\n\nBeredskabskommissionen\n\nStruer Kommune\n\n"
        "Mødedato: 18. august 2022\n\n1. Godkendelse af dagsorden\n\nGodkendt.\n\n2. Eventuelt\n\nIntet.\n"
    )
    assert _municipality(text) == "Struer"

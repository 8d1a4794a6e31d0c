"""A town's name that names a county before the 2007 reform ("Vejle Amt", "Viborg og Århus Amter") is no
mention of the municipality of that name. Forms quoted (shortened) from dev-write documents of tests/realworld/
(Silkeborg's Økonomiudvalg, 2007: "delingsaftale med Viborg og Århus Amter"; Jammerbugt's: "Henvendelse fra
Nordjyllands Amt"); the test split is never read while writing these rules."""

from __future__ import annotations

import pytest

from graphbuild.extract import extract_facts
from graphbuild.extract.county_names import names_a_county
from graphbuild.parse import parse_meeting
from graphbuild.sources import source_from_text

HEAD = "Referat\n\nØkonomiudvalget\n\nMødedato: 25. juni 2007\n\n"


def _municipality(text: str) -> str | None:
    facts = extract_facts(parse_meeting(source_from_text(text)))
    return facts.municipality.name if facts.municipality else None


def _end_of(text: str, name: str) -> int:
    return text.index(name) + len(name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Orientering om efterregulering af delingsaftale med Viborg og Århus Amter samt godkendelse", "Viborg"),
        ("Orientering om efterregulering af delingsaftale med Viborg og Århus Amter samt godkendelse", "Århus"),
        ("Henvendelse fra Vejle Amt vedrørende drift af psykosociale tilbud", "Vejle"),
        ("Roskilde Amtsråd har godkendt planen", "Roskilde"),
        ("aftale med Ringkjøbing, Viborg og Århus amter", "Viborg"),
        ("Mødested: Vejle Amtsgård", "Vejle"),
    ],
)
def test_a_county_is_named(text: str, name: str) -> None:
    assert names_a_county(text, _end_of(text, name))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Henvendelse fra Vejle Kommune vedrørende drift", "Vejle"),  # the municipality itself
        ("aftale med Viborg og Århus om betaling", "Viborg"),  # towns, no county
        ("Mødested: Thisted Amtoft Skole", "Thisted"),  # a word that only begins with the letters
        ("Viborg og Århus Kommuner samt amtet", "Viborg"),  # the county word not closing the list
    ],
)
def test_a_near_miss_names_no_county(text: str, name: str) -> None:
    assert not names_a_county(text, _end_of(text, name))


def test_a_county_gives_a_committee_no_municipality() -> None:
    text = (
        HEAD + "1. Orientering om efterregulering af delingsaftale med Viborg og Århus Amter samt godkendelse af "
        "betaling af kompensationsbeløb\n\nKommunens andel af kompensationsbeløbet betales i 2007.\n\n"
        "2. Eventuelt\n\nIntet.\n"
    )
    assert _municipality(text) is None
    text = HEAD + "1. Henvendelse fra Vejle Amt\n\nVejle Amt har godkendt kommunens plan.\n\n2. Eventuelt\n\nIntet.\n"
    assert _municipality(text) is None


def test_the_town_beside_the_county_still_names_the_municipality() -> None:
    text = (
        HEAD + "1. Henvendelse fra Vejle Amt\n\nVejle Amt har godkendt planen for Vejle Kommune. Kommunens andel "
        "betales i 2007.\n\n2. Eventuelt\n\nIntet.\n"
    )
    assert _municipality(text) == "Vejle"

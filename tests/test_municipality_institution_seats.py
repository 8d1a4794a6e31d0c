"""A town's name that names where a state's or a region's institution sits ("Regionshospitalet Horsens", "Politi i
Holstebro", "Aarhus Universitetshospital") is no mention of the municipality. Forms quoted (shortened) from dev-write
documents of tests/realworld/ (Region Midtjylland, Region Sjælland, Region Syddanmark, Region Nordjylland, Ballerup,
Tønder, SilkeborgNyt, Aalborg Universitet in four publishers' minutes); the test split is never read while writing
these rules."""

from __future__ import annotations

import pytest

from graphbuild.extract import extract_facts
from graphbuild.extract.institution_seats import names_an_institutions_seat
from graphbuild.parse import parse_meeting
from graphbuild.sources import source_from_text

HEAD = "Referat\n\nØkonomiudvalget\n\nMødedato: 17. september 2019\n\n"


def _municipality(text: str) -> str | None:
    facts = extract_facts(parse_meeting(source_from_text(text)))
    return facts.municipality.name if facts.municipality else None


def _seat(text: str, name: str) -> bool:
    start = text.index(name)
    return names_an_institutions_seat(text, start, start + len(name))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('spareforslag nr. 2 "Flytning af Diagnostisk Klinik til Regionshospitalet Horsens" godkendes', "Horsens"),
        ("15 (Åben) Kvartalsrapport for Universitetshospital Køge 4. kvartal 2020", "Køge"),
        ("Hanne Bæk Olsen er sektionsleder hos Midt- og Vestjyllands Politi i Holstebro.", "Holstebro"),
        ("er bestyrelsesformand for det nye Business Region Esbjerg som består af", "Esbjerg"),
        ("en økonomisk realisabel løsning for Aarhus Universitetshospital, som i løbet af perioden", "Aarhus"),
        ("Næstved Sygehus, Transformationsprojekt, overordnet projektforslag", "Næstved"),
        ("i samarbejde med Aalborg Universitet", "Aalborg"),
        ("Sagen er afgjort af Retten i Herning", "Herning"),
    ],
)
def test_an_institutions_seat_is_named(text: str, name: str) -> None:
    assert _seat(text, name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Jobcenter Horsens har orienteret om ledigheden", "Horsens"),  # a municipality's own institution
        ("Mødet holdes på Rådhuset i Holstebro", "Holstebro"),  # its town hall
        ("Horsens Kommune har låneadgang på i alt", "Horsens"),
        ("Politiet har orienteret om trafikken i Holstebro", "Holstebro"),  # the town not right after the word
        ("Aarhus Universitetsbibliotek", "Aarhus"),  # a word that only begins with the institution's letters
    ],
)
def test_a_near_miss_names_no_seat(text: str, name: str) -> None:
    assert not _seat(text, name)


def test_a_seat_gives_a_committee_no_municipality() -> None:
    text = (
        HEAD + "1. Orientering\n\nSydøstjyllands Politi i Horsens har orienteret kommunen om trafikken.\n\n"
        "2. Flytning af Diagnostisk Klinik til Regionshospitalet Horsens\n\nKommunen afgiver høringssvar.\n\n"
        "3. Eventuelt\n\nIntet.\n"
    )
    assert _municipality(text) is None


def test_the_own_town_beside_a_seat_still_names_the_municipality() -> None:
    text = (
        HEAD + "1. Orientering\n\nSydøstjyllands Politi i Horsens har orienteret kommunen om trafikken i Horsens "
        "Kommune.\n\n2. Eventuelt\n\nIntet.\n"
    )
    assert _municipality(text) == "Horsens"

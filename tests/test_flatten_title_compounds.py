"""An acronym's compound ("SMS-orientering", "EMAS-award", "NT-økonomi") after an ordinary lower-case word opens the
next title of a flattened contents run whose numbers were lost (parse.flatten_title_compounds through
flatten_titles.split_title_run). Runs of dev-write contents pages of Norddjurs (Færgeudvalget), AVV and Rebild, quoted
as printed. After an adjective in "-e" ("Det store TTA-forsøg", Høje-Taastrup), a word that leads into a part of the
title ("herunder KOMBIT-projekter", Norddjurs) or a binding word the compound goes on in its title."""

from __future__ import annotations

import pytest

from graphbuild.parse.flatten_title_compounds import goes_on_before, is_acronym_compound
from graphbuild.parse.flatten_titles import split_title_run


@pytest.mark.parametrize(
    ("run", "titles"),
    [
        (  # Norddjurs, Færgeudvalget Grenaa - Anholt
            "Sandbanke vest for Anholt Havn Orientering om dokning SMS-orientering Fastsættelse af ny mødedato "
            "Navigatører",
            ["Sandbanke vest for Anholt Havn", "Orientering om dokning", "SMS-orientering",
             "Fastsættelse af ny mødedato", "Navigatører"],
        ),
        (  # AVV: the year after "september" and the next number lost
            "Udvidelse og modernisering af genbrugspladsen i Børglum 6. Økonomirapport pr. 30. september EMAS-award "
            "Fastsættelse af næste bestyrelsesmøde",
            ["Udvidelse og modernisering af genbrugspladsen i Børglum", "6. Økonomirapport pr. 30. september",
             "EMAS-award", "Fastsættelse af næste bestyrelsesmøde"],
        ),
        (  # Rebild
            "Endelig beslutning om ekspropriation på Bavnehøjvej ifm. udvidelse af vej NT-økonomi m.v Handicappolitik",
            ["Endelig beslutning om ekspropriation på Bavnehøjvej ifm. udvidelse af vej", "NT-økonomi m.v",
             "Handicappolitik"],
        ),
    ],
)  # fmt: skip
def test_an_acronym_compound_opens_a_title(run: str, titles: list[str]) -> None:
    assert split_title_run(run) == titles


@pytest.mark.parametrize(
    ("run", "titles"),
    [
        (  # Høje-Taastrup: an adjective in "-e" before its noun
            'Evaluering af straksaktiveringsprojekt Forlængelse af "Det store TTA-forsøg" - Tilbage til arbejdet',
            ["Evaluering af straksaktiveringsprojekt", 'Forlængelse af "Det store TTA-forsøg" - Tilbage til arbejdet'],
        ),
        (  # Norddjurs, Kommunalbestyrelsen: "herunder" leads into a part of the title
            "Anlægsbevilling IT til administrationen herunder KOMBIT-projekter Optagelse af del af Pighøjvej som "
            "kommunevej",
            ["Anlægsbevilling IT til administrationen herunder KOMBIT-projekter",
             "Optagelse af del af Pighøjvej som kommunevej"],
        ),
        (  # a binding word
            "Forslag til PFAS-aktiviteter i 2023 Meddelelser",
            ["Forslag til PFAS-aktiviteter i 2023", "Meddelelser"],
        ),
    ],
)  # fmt: skip
def test_a_compound_goes_on_in_its_title(run: str, titles: list[str]) -> None:
    assert split_title_run(run) == titles


def test_the_compound_and_the_words_before_it() -> None:
    assert is_acronym_compound("SMS-orientering") and is_acronym_compound("NT-økonomi")
    assert not is_acronym_compound("Sms-orientering") and not is_acronym_compound("CO2-udslip")
    assert goes_on_before("syddanske") and goes_on_before("herunder") and not goes_on_before("dokning")

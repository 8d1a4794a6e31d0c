"""A bracket after a name (extract/name_brackets): a party's letters or the person's initials vouch for a
name whatever its first name; other capitals in brackets abbreviate what the words before them name.
Excerpts quoted from dev-write documents of tests/realworld."""

from __future__ import annotations

import pytest

from graphbuild.extract.name_brackets import bracket_vouches
from graphbuild.extract.people import find_people

PEOPLE: list[tuple[str, str]] = [
    # initials (nationalpark-vadehavet-bestyrelsen-2013-04-17; "Gylling" is no first name the lists know)
    (
        "Formand Bent Poulsen (BP)\n\nVarde Kommune Gylling Haahr (GH)\n\nEsbjerg Kommune Kurt Jakobsen (KJ) Afbud",
        "Gylling Haahr",
    ),
    ("Varde Kommune Alette Houman Dyhrfjeld (AHD)\n", "Alette Houman Dyhrfjeld"),
]

NOT_PEOPLE: list[tuple[str, str]] = [
    # a body's abbreviation (bornholm-kommunalbestyrelsen-2021-01-04)
    (
        "  åbent 12 South Baltic programmets Overvågningsudvalg\n  åbent 13 Euroregion Baltic (ERB), styrelsen\n",
        "Baltic",
    ),
    # the committee an item goes to, in a contents list run onto one line (ringsted-oekonomiudvalget-2018-10-01)
    ("Tilbud på køb af storparcel Skansen Syd (PBU) Pulje til", "Skansen"),
    (
        "Ringsteds Ungepulje (Genoptaget) (BUU) Forlængelse af Affaldsplan (KMU) Orientering om CO2-regnskab",
        "Affaldsplan",
    ),
    # koebenhavn-integrationsudvalg-2005-05-02-punkt-1
    ("RESUME\n\nRådet for Etniske Minoriteter (REM) afholder i foråret 2005 en række", "Minoriteter"),
]


@pytest.mark.parametrize(("text", "name"), PEOPLE)
def test_initials_in_brackets_vouch_for_a_name(text: str, name: str) -> None:
    assert name in {p.name for p in find_people(text, 0, len(text))}


@pytest.mark.parametrize(("text", "word"), NOT_PEOPLE)
def test_other_capitals_in_brackets_vouch_for_no_name(text: str, word: str) -> None:
    assert not [p.name for p in find_people(text, 0, len(text)) if word in p.name]


def test_a_party_vouches_by_one_or_two_letters() -> None:
    # "Kashif Ahmad (UP)" (hvidovre), "Morten D. Høegh (LA)" (silkeborg), "Haldis Glerfoss (Ø)" (helsingør)
    assert bracket_vouches(" (UP)", ["Kashif", "Ahmad"])
    assert bracket_vouches(" (LA)", ["Morten", "D.", "Høegh"])
    assert bracket_vouches(" (Ø)", ["Haldis", "Glerfoss"])
    assert bracket_vouches(" (IA)", ["Uju", "Petersen"])  # a Greenland party, the lists knowing no "Uju"
    assert bracket_vouches(" (AMM, Referent)", ["Anne-Marie", "Meldgaard"])
    assert not bracket_vouches(" (ERB)", ["Euroregion", "Baltic"])

"""Initials in brackets vouch for the words before them as a person's name only when one of those words is a name's
(`name_brackets`: a first name or surname the lists know, or shaped like a surname): an organisation's name spells its
initials too ("Lokal Aktions Gruppe (LAG)", "Særligt Tilrettelagt Ungdomsuddannelse (STU)"), and a person's name
before its initials stays read. Excerpts quoted from dev-write documents of tests/realworld."""

from __future__ import annotations

import pytest

from graphbuild.extract.name_brackets import bracket_vouches
from graphbuild.extract.people import find_people

CASES: list[tuple[str, set[str], set[str]]] = [
    # bib-landsbylaug-bestyrelse-2007-06-14: a local action group and its abbreviation
    (
        "Der har været arbejdet med at lave en Lokal Aktions Gruppe (LAG) for Sønderborg Kommune. LAG er en slags "
        "fondsbestyrelse, der skal vurdere ansøgningerne\n",
        set(),
        {"Lokal Aktions Gruppe"},
    ),
    # near misses: people with their initials (Ældrerådet i Dragør; Nationalpark Vadehavet)
    ("Referent: Nils Riiber Høj (NRH)\n", {"Nils Riiber Høj"}, set()),
    (
        "Til stede: Anette Fonder Nielsen (AFN), Britt Schak Hansen (BSH)\n",
        {"Anette Fonder Nielsen", "Britt Schak Hansen"},
        set(),
    ),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), CASES)
def test_initials_vouch_for_names_only(text: str, wanted: set[str], unwanted: set[str]) -> None:
    names = {p.name for p in find_people(text, 0, len(text))}
    assert wanted <= names, names
    assert not unwanted & names, names


def test_organisation_initials_vouch_for_nothing() -> None:
    assert not bracket_vouches(" (STU) for unge", ["Særligt", "Tilrettelagt", "Ungdomsuddannelse"])
    assert not bracket_vouches(" (LAG) for", ["Lokal", "Aktions", "Gruppe"])


def test_person_initials_and_party_letters_vouch() -> None:
    assert bracket_vouches(" (SAN)", ["Svend", "Ankjær", "Nielsen"])
    assert bracket_vouches(" (A)", ["Lokal", "Aktions"])  # a party's letter vouches whatever the words

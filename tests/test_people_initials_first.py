"""A known surname in a surname's form after initials in place of first names is a person ("samt Chr. Olesen som
observatør", "… Langeland Kommune H.C. Rasmussen Langeland Kommune"), read where no person is. Excerpts quoted from
dev-write documents of tests/realworld."""

from __future__ import annotations

import pytest

from graphbuild.extract.people import find_people
from graphbuild.extract.people_initials_first import initials_first


def _names(text: str) -> set[str]:
    return {p.name for p in initials_first(text, find_people(text, 0, len(text)))}


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # danmarks-fiskeriforening-hovedbestyrelse-2013-10-23: a first name's abbreviation
        (
            "formand for Skagen Fiskeriforening som observatør samt Chr. Olesen som observatør for Danmarks",
            "Chr. Olesen",
        ),
        # naturturisme-bestyrelse-2010-11-24: a flattened member list, the entry before it ending in its seat
        ("René Larsen Langeland Kommune H.C. Rasmussen Langeland Kommune Christian Ulrich", "H.C. Rasmussen"),
        # the initials spaced, a genitive's "s" left out
        ("Sagen blev forelagt af H. C. Frandsens sekretær.", "H. C. Frandsen"),
    ],
)
def test_initials_before_a_known_surname(text: str, wanted: str) -> None:
    assert wanted in _names(text)


@pytest.mark.parametrize(
    "text",
    [
        # hoeje-taastrup-menighedsraad-2022-05-12: a short surname that is a word, in no surname's form
        "E. Grøn kirke: Magne er blevet medlem af Ungeklimaråd i kommunen.",
        # vejen-vandraad-faellesmoede-vandvaerker-2011-11-15: the first name before it in lower case
        "Grundvandsbeskyttelse v/iben K. Nilsson, Vejen kommune",
        # a street, a company: capitalised words after the surname
        "Mødet holdes på H.C. Andersens Boulevard 3.",
        "Tilskud fra A.P. Møller Fonden.",
    ],
)
def test_near_misses(text: str) -> None:
    assert not [n for n in _names(text) if n.split()[0].endswith(".")], _names(text)

"""A title compounded with its field or workplace right before a name vouches for the name whatever its
first name ("Skolechef Espen Fossar Andersen"), as a role word does, when the name ends in a known surname;
and keeps the name's first word from being read as a heading's word ("museumsdirektør Eskil Vagn Olsen").
Excerpts quoted from dev-write documents of tests/realworld."""

from __future__ import annotations

import pytest

from graphbuild.extract.people import find_people

CASES: list[tuple[str, set[str], set[str]]] = [
    # bornholm-boerne-skoleudvalget-2018-11-06: a capitalised compound title before an unknown first name
    (
        "Bemærkninger til dagsordenen\n\nSkolechef Espen Fossar Andersen deltager under alle punkter.",
        {"Espen Fossar Andersen"},
        set(),
    ),
    # geopark-odsherred-webpage-bestyrelse: a title in lower case; the unknown first word stays the name's
    (
        "Juli 2017: Per Kristian Madsen, Nationalmuseet, er trådt ud og erstattet af museumsdirektør Eskil Vagn"
        " Olsen, Museum Vestsjælland.",
        {"Per Kristian Madsen", "Eskil Vagn Olsen"},
        {"Vagn Olsen"},
    ),
    # regionh-regionsraadet-2022-03-22: a genitive surname, vouched by the party after it as before
    ("14. Regionsrådsmedlem Tormod Olsens (Ø) midlertidige fravær", {"Tormod Olsen"}, set()),
    # near misses: a title before words that end in no known surname is no name's place
    ("Skolechef Espen Fossar deltager under alle punkter.", set(), {"Espen Fossar"}),
    ("Projektet ledes af projektleder Grønne Hjerter Hovedstaden.", set(), {"Grønne Hjerter Hovedstaden"}),
    # a heading's word before a known first name is still left out where no title stands before it
    ("Psykiatri Kristian Baden", {"Kristian Baden"}, {"Psykiatri Kristian Baden"}),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), CASES)
def test_title_compound_before_name(text: str, wanted: set[str], unwanted: set[str]) -> None:
    names = {p.name for p in find_people(text, 0, len(text))}
    assert wanted <= names, names
    assert not unwanted & names, names

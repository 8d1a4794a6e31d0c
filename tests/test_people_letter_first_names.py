"""A capital letter alone is an initial or a postal district, never a first name that opens a name: "København S Fax"
names no "S Fax"; a middle initial with or without its full stop stays in the name. Excerpts quoted from dev-write
documents of tests/realworld."""

from __future__ import annotations

import pytest

from graphbuild.extract.people import find_people

CASES: list[tuple[str, set[str], set[str]]] = [
    # aab-organisationsbestyrelse-2012-12-05: a letterhead's address flattened, the postal district's letter
    ("Svend Aukens Plads 9 Tlf København S Fax aab@aab.dk\n", set(), {"S Fax"}),
    # kulturregion-fyn: the same with a phone label after the district
    ("Odense Slot Nørregade Postboks Odense C Tlf REF. NGJ\n", set(), {"C Tlf"}),
    # near misses, aab-organisationsbestyrelse-2012-12-05: middle initials with and without the full stop
    ("Jette Kragh Michael Bendixen Palle S. Madsen\n", {"Michael Bendixen", "Palle S. Madsen"}, set()),
    ("Til stede: Jens K Hansen, Bent Haupt Jensen\n", {"Jens K Hansen", "Bent Haupt Jensen"}, set()),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), CASES)
def test_a_letter_alone_opens_no_name(text: str, wanted: set[str], unwanted: set[str]) -> None:
    names = {p.name for p in find_people(text, 0, len(text))}
    assert wanted <= names, names
    assert not unwanted & names, names

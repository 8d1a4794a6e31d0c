"""A post's word vouches for a name whatever its first name on the name's own line, or on the line above as a label
("Referent:" over "Sten Brincker", "Formand" alone over "Kjeld Bak"); a post that ends a line holding more, a
heading's "som IT chef" or a list's "Ole Hansen - formand", vouches for nothing on the next line. Excerpts quoted
from dev-write documents of tests/realworld."""

from __future__ import annotations

import pytest

from graphbuild.extract.people import find_people

CASES: list[tuple[str, set[str], set[str]]] = [
    # dragoer-aeldreraadet-2017-04-03: a label with its colon on its own line over the name
    ("Referent:\nSten Brincker\n03.04.2017\n", {"Sten Brincker"}, set()),
    # morsoe-webpage-landdistriktsraadet: the post alone on its line over the name
    ("Formand\nKjeld Bak\nLunden 8\n", {"Kjeld Bak"}, set()),
    # near miss, langeland-oekonomiudvalget-2013-04-08: a contents list's title ends in a "-chef" post; the next
    # title's place is no name
    (
        "Normering af stilling som IT chef\nLindelse Sognegård - den fremtidige benyttelse.\n",
        set(),
        {"Lindelse Sognegård"},
    ),
    # near miss: a member's post after the name ends the line; the next line's words are no name for it
    ("Ole Hansen - formand\nGrønne Tage - Svend Olsen\n", {"Ole Hansen", "Svend Olsen"}, {"Grønne Tage"}),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), CASES)
def test_post_at_a_line_end(text: str, wanted: set[str], unwanted: set[str]) -> None:
    names = {p.name for p in find_people(text, 0, len(text))}
    assert wanted <= names, names
    assert not unwanted & names, names

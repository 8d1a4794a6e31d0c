"""A conjunction, an interrogative or an adverb capitalised after a name on a flattened line opens the next clause and
ends the name (`name_words`); a surname that only begins like one stays whole. Excerpts quoted from dev-write documents
of tests/realworld."""

from __future__ import annotations

import pytest

from graphbuild.extract.people import find_people

CASES: list[tuple[str, set[str], set[str]]] = [
    # ssh-repraesentantskabsmoede-1998-09-29: the last of a list of officials run into the next clause's "Hvor"
    (
        "Stadsingeniør Jens Rørbech og Kontorchef Svend Rubak Hvor vi forelagde, de enkelte Handelsforeningers "
        "problemer",
        {"Jens Rørbech", "Svend Rubak"},
        {"Svend Rubak Hvor"},
    ),
    # guard: a surname that begins like such a word is a surname
    ("Til stede: Jens Hvorslev, Anne Mensberg og Ole Dogan\n", {"Jens Hvorslev", "Anne Mensberg", "Ole Dogan"}, set()),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), CASES)
def test_function_word_ends_a_name(text: str, wanted: set[str], unwanted: set[str]) -> None:
    names = {p.name for p in find_people(text, 0, len(text))}
    assert wanted <= names, names
    assert not unwanted & names, names

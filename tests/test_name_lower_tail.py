"""A name's last word of eight letters or more the document also writes in lower case (a verb or a compound noun run
on after the name) is no surname: left out, and a first name left alone names no one. Excerpts quoted from
dev-write documents of tests/realworld."""

from __future__ import annotations

import pytest

from graphbuild.extract.name_lower_tail import lower_case_tails_left_out
from graphbuild.extract.people import find_people

CASES: list[tuple[str, set[str], set[str]]] = [
    # tversted-tbt-bestyrelse-2019-06-25: the line's verb capitalised after a first name, "orienterer" in lower case
    # two lines above
    (
        "Finn orienterer om, at der er overskud på investeringskontoen.\n\n"
        "Mette Orienterer om arbejde med legeplads på matriklen ved skolen, børnehave og vuggestue.\n",
        set(),
        {"Mette Orienterer"},
    ),
    # the same name run on into a compound noun the text writes in lower case: the name without it
    (
        "Salg af vejareal til Svend Erik Pedersen Kommuneplantillæg: Skive Midtby\nForslag til kommuneplantillæg.\n",
        {"Svend Erik Pedersen"},
        {"Svend Erik Pedersen Kommuneplantillæg"},
    ),
    # near misses: a short surname that is also a noun the text writes ("bonde"), a long surname it never writes in
    # lower case
    ("Jens Bonde deltog. En bonde i sognet.\n", {"Jens Bonde"}, set()),
    ("Lise Kristiansdatter orienterer om sagen.\n", {"Lise Kristiansdatter"}, set()),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), CASES)
def test_lower_case_tail(text: str, wanted: set[str], unwanted: set[str]) -> None:
    names = {p.name for p in find_people(text, 0, len(text))}
    assert wanted <= names, names
    assert not unwanted & names, names


def test_only_a_word_the_text_writes_in_lower_case() -> None:
    text = "Mette Orienterer om legepladsen."
    assert lower_case_tails_left_out(text, [(0, "Mette Orienterer")]) == {}
    assert lower_case_tails_left_out(text + " Hun orienterer.", [(0, "Mette Orienterer")]) == {0: "Mette"}

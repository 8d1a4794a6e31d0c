"""A name misprinted by one letter is one person with the spelling the document prints first (README: spelling
variants of one person in one document are one person). Excerpts quoted from dev-write documents of
tests/realworld."""

from __future__ import annotations

import pytest

from graphbuild.extract.name_misprints import misprinted_spellings
from graphbuild.extract.people import find_people

CASES: list[tuple[str, set[str], set[str]]] = [
    # laesoe-news-konstituering: a letter left out of the surname in the committee list
    (
        "De nyvalgte kommunlbestyrelsesmedlemmer holdt konstituerende møde mandag den 4. december, og Karsten "
        "Nielsen blev som ventet valgt som borgmester.\n\nØkonomiudvalg (incl. beskæftigelse og erhverv)\n\n"
        "Karsten Nilsen (DF)\n\nTobias B. Johansen (V)\n",
        {"Karsten Nielsen"},
        {"Karsten Nilsen"},
    ),
    # thisted-kommunalbestyrelsen-2021-01-26: a letter more in the vote's list than in the member list
    (
        " • Kristian Tilsted (V)\n • Lene Kjelgaard Jensen (C)\n • Mette Kjærulff (A)\n\nFor stemmer:\n\n"
        "Jørgen Andersen, Kaj Kirk, Lene Kjeldgaard Jensen, Morten Bo Bertelsen, Per Skovmose og Torben Overgaard.\n",
        {"Lene Kjelgaard Jensen"},
        {"Lene Kjeldgaard Jensen"},
    ),
    # regionsyddanmark-forretningsudvalget-2007-12-05: the attendance line and the apologies' line
    (
        "Bo Libergren, Poul-Erik Svendsen, Karsten Uno Petersen, Bente Gertz Hansen, Bent Krogh Petersen.\n\n"
        "Afbud:\nBo Libergren, Poul-Erik Svendsen, Poul Weber, Bente Gertz Hansn.\n",
        {"Bente Gertz Hansen"},
        {"Bente Gertz Hansn"},
    ),
    # near miss, the same document: two people on one line whose surnames differ by two letters swapped
    (
        "Carl Holst, Poul Weber, Bo Libergren, Bent Poulsen, Jens Andersen, Jens Andresen, Anita Kjøng-Rasmussen.\n",
        {"Jens Andersen", "Jens Andresen"},
        set(),
    ),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), CASES)
def test_misprinted_spelling(text: str, wanted: set[str], unwanted: set[str]) -> None:
    names = {p.name for p in find_people(text, 0, len(text))}
    assert wanted <= names, names
    assert not unwanted & names, names


def test_the_first_spelling_names_the_person() -> None:
    text = "Karsten Nielsen blev valgt.\nKarsten Nilsen (DF)\n"
    assert misprinted_spellings(text, [(28, "Karsten Nilsen"), (0, "Karsten Nielsen")]) == {
        "Karsten Nilsen": "Karsten Nielsen"
    }


@pytest.mark.parametrize(
    "names",
    [
        ["Ole Lund", "Ole Lunde"],  # a word of four letters
        ["Bent Pedersen", "Bent Petersen"],  # a letter swapped for another
        ["Lene Hansen", "Lone Hansn"],  # two words differ
    ],
)
def test_near_misses_are_two_people(names: list[str]) -> None:
    text = f"{names[0]} deltog.\n{names[1]} deltog.\n"
    assert misprinted_spellings(text, [(0, names[0]), (len(names[0]) + 9, names[1])]) == {}


def test_two_spellings_on_one_line_are_two_people() -> None:
    named = [(0, "Anne Olsen"), (12, "Anne Olesen")]
    assert misprinted_spellings("Anne Olsen, Anne Olesen\n", named) == {}
    assert misprinted_spellings("Anne Olsen,\nAnne Olesen\n", named) == {"Anne Olesen": "Anne Olsen"}

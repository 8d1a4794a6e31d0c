"""A fund's or a legacy's name after a person's name in the genitive ("Inga Marie Lassens Mindelegat", "Poul Due
Jensens Fond") ends the name (`name_words`): the person is named without the fund and the genitive's "s" (the gold
rule: a person named through a foundation is a person), never the fund's word; a known surname in the genitive
before it is kept (`people`). Excerpts quoted from dev-write documents of tests/realworld."""

from __future__ import annotations

import pytest

from graphbuild.extract.name_words import breaks_a_name
from graphbuild.extract.people import find_people

CASES: list[tuple[str, set[str], set[str]]] = [
    # nordfyn-oekonomiudvalget-2009-06-17: a flattened contents list
    (
        "Regnskab 2008 for Inga Marie Lassens Mindelegat Budgetopfølgning pr. 31. marts Økonomiudvalget\n",
        {"Inga Marie Lassen"},
        {"Inga Marie Lassens Mindelegat", "Inga Marie"},
    ),
    # norddjurs-erhverv-arbejdsmarked-2018-05-23: an item's title
    ("Behandling af projektforslag til Poul Due Jensens Fond\n", {"Poul Due Jensen"}, {"Poul Due"}),
    # glostrup-kommunalbestyrelsen-agenda-2790: two funds in one title
    (
        "Husejer C. Frandsens Alderdomsfond og Erik Laurids Vejvad Nielsens fond, sammenlægning\n",
        {"Erik Laurids Vejvad Nielsen"},
        {"Husejer C. Frandsens Alderdomsfond"},
    ),
    # near misses: a name before a company's word keeps only surnames; a plain list stays as it is
    ("Frank Laybourn Lead Agency\n", {"Frank Laybourn"}, set()),
    ("Deltagere: Jens Hansen, Mette Lund\n", {"Jens Hansen", "Mette Lund"}, set()),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), CASES)
def test_fund_word_ends_the_name(text: str, wanted: set[str], unwanted: set[str]) -> None:
    names = {p.name for p in find_people(text, 0, len(text))}
    assert wanted <= names, names
    assert not unwanted & names, names


@pytest.mark.parametrize("word", ["Mindelegat", "Alderdomsfond", "Fond", "Legat", "Landsbyggefonden"])
def test_fund_words_break_a_name(word: str) -> None:
    assert breaks_a_name(word)


@pytest.mark.parametrize("word", ["Lassen", "Frandsen", "Raymond", "Legard"])
def test_surnames_do_not(word: str) -> None:
    assert not breaks_a_name(word)

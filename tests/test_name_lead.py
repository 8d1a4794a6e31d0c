"""A name's left edge (extract/name_lead): an unknown word before a known first name is a heading, an
organisation or a sentence's first word, not part of the name; the document itself shows when the word
is a first name the lists do not know. Excerpts quoted from dev-write documents of tests/realworld."""

from __future__ import annotations

import pytest

from graphbuild.extract.people import find_people

CASES: list[tuple[str, set[str], set[str]]] = [
    # an organisation's or a field's word before a list entry (portefoeljestyregruppen-nordjylland-29-10)
    (
        "Kommunal formand Lisbeth Lagoni, Somatik Marianne Siersbæk, Nord-Kap",
        {"Marianne Siersbæk"},
        {"Somatik Marianne Siersbæk"},
    ),
    (
        "Gæster vedrørende punkt 1: Jens F. Jensen, Apex Anna Marie Fisker, Food College, Aalborg Universitet",
        {"Anna Marie Fisker"},
        {"Apex Anna Marie Fisker"},
    ),
    # a place in a list of entries (varde-boern-undervisning-2012-11-26)
    ("Referent: Mødelokale 2, Bytoften Karl Haahr, Keld Jacobsen, Preben Friis-Hauge", {"Karl Haahr"}, set()),
    # a transcript's heading (esbjerg-byraadet-budgetrevision-2015)
    (
        "Transkript\n\n1 Byrådsmøde Johnny Søtrup (Borgmester)(V), Jesper Frost Rasmussen",
        {"Johnny Søtrup"},
        {"Byrådsmøde Johnny Søtrup"},
    ),
    # a sentence's first word (folkebladet-news-rebild-byraadsmoede-uddrag)
    ("kunne byrådsmødet hurtigt begynde. Da Leon Sebbelin (R) er ud", {"Leon Sebbelin"}, {"Da Leon Sebbelin"}),
]


@pytest.mark.parametrize(("text", "expected", "not_expected"), CASES)
def test_unknown_word_before_a_first_name_is_left_out(text: str, expected: set[str], not_expected: set[str]) -> None:
    found = {p.name for p in find_people(text, 0, len(text))}
    assert expected <= found
    assert not (not_expected & found)


def test_a_first_name_the_document_prints_before_an_initial_stays() -> None:
    # aabenraa-byraadet-2022-11-30: the same person as "Ovidiu G. Neuhitoi" further on
    text = (
        "Gaby Scheel, Karsten Meyer Olesen, Ovidiu George Nechitoi\nBemærkninger:\n"
        "at Ovidiu G. Neuhitoi indtræder som stedfortræder for Cathrina A. Sørensen,"
    )
    found = {p.name for p in find_people(text, 0, len(text))}
    assert "Ovidiu George Nechitoi" in found
    assert "George Nechitoi" not in found


def test_the_mention_starts_at_the_first_name() -> None:
    text = "Jan Mainz, Psykiatri Kristian Baden, Koncern IT"
    baden = next(p for p in find_people(text, 0, len(text)) if p.name == "Kristian Baden")
    assert text[baden.start : baden.end] == "Kristian Baden"


def test_a_word_before_an_initial_is_found_where_the_pattern_found_it() -> None:
    """The word before a middle initial read with str.find is the pattern's on random texts built of the word,
    initials, full stops, blanks, letters, "-" and "_"."""
    import re

    from graphbuild.extract.name_lead import _before_initial
    from tests.random_texts import random_texts

    pieces = ["Ovidiu", "Ib", " ", "\t", "\n", "G", "Ø", "g", ".", "-", "_", "x", "1", "Ovidiu G.", "é"]
    found = 0
    for word in ("Ovidiu", "Ib"):
        pattern = re.compile(r"(?<![\w-])" + re.escape(word) + r"[ \t]+[A-ZÆØÅ]\.")
        for text in random_texts(pieces, seed=25, count=4000, most=9):
            expected = pattern.search(text) is not None
            assert _before_initial(text, word) is expected, (word, text)
            found += expected
    assert found > 300

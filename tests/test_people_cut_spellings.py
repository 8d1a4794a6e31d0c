"""A name read cut short where the text goes on with the words of the fuller spelling the same document reads
elsewhere is that fuller spelling (`name_cut_spellings`): a first word left out that the text prints right before it
(or misprints), last words after a line break or cut off by the excerpt's end; never a name another word stands
before, nor one the same line goes on after. Excerpts quoted from dev-write documents of tests/realworld."""

from __future__ import annotations

from pathlib import Path

import pytest

from graphbuild.extract.name_cut_spellings import cut_spellings_restored
from graphbuild.extract.people import find_people
from tests.text_facts import facts_of_text

CASES: list[tuple[str, set[str], set[str]]] = [
    # naturpark-lillebaelt-news-ny-organisation-2018: the first name left out at a sentence's start, printed in full
    # after "formand" before
    (
        "Det nye forretningsudvalg består af Christian Bro fra Fredericia Kommune, Peter Storm fra Middelfart Kommune "
        "og af formand Eea Haldan Vestergaard fra Kolding Kommune, som er glad for det første møde.\n\n"
        "Første møde i forretningsudvalget blev afholdt 7. februar i Kolding og første møde med Naturparkrådet 8. "
        "marts i Middelfart. Eea Haldan Vestergaard fortæller om mødet med rådet:\n",
        {"Eea Haldan Vestergaard"},
        {"Haldan Vestergaard"},
    ),
    # venstre-jammerbugt-news-brn-ny-formand-2018-02-13: the first name misprinted before the name
    (
        "Mogens Christen Gade bliver ny formand for BRN\n\n13. februar 2018\n\n"
        "Morgens Christen Gade (V) bliver ny formand for Business Region North Denmark\n",
        {"Mogens Christen Gade"},
        {"Christen Gade"},
    ),
    # movia-news-bestyrelse-2018-01-15: the excerpt ends within the name
    (
        "genvalg til Movias formand Thomas Gyldal Petersen, borgmester i Herlev (A).\n\n"
        '"… en af de mest centrale velfærdsydelser i vores samfund", siger Thomas Gyldal ',
        {"Thomas Gyldal Petersen"},
        {"Thomas Gyldal"},
    ),
    # near miss: another word before the shorter name, two people
    (
        "Deltagere: Peter Hans Jensen.\n\nPunkt 1. Orientering ved Hans Jensen om budgettet.\n",
        {"Peter Hans Jensen", "Hans Jensen"},
        set(),
    ),
    # near miss: a first name unlike the fuller spelling's before the name
    (
        "Mogens Christen Gade bliver ny formand.\n\nMorten Christen Gade (V) bliver næstformand.\n",
        {"Mogens Christen Gade"},
        set(),
    ),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), CASES)
def test_cut_spelling_restored(text: str, wanted: set[str], unwanted: set[str]) -> None:
    names = {p.name for p in find_people(text, 0, len(text))}
    assert wanted <= names, names
    assert not unwanted & names, names


def test_last_words_after_a_line_break_by_the_attendance_list(tmp_path: Path) -> None:
    # jystrup-bestyrelse-2017-05-29: the attendance list reads the name the line break cut
    text = (
        "Referat af bestyrelsesmøde 29/5-17 i aktivitetshuset kl 19:00\n\n"
        "Deltagere:  Stef Kock Mogensen, Johannes Lund, Niels Bruun \nde Neergaard, Hanne Kinnerup, Jens Christian "
        "Elle, Jens Nelmark og Tommy Johannessen\n"
    )
    facts = facts_of_text(tmp_path, text)
    persons = {e.name for e in facts.entities if e.type == "Person"}
    assert "Niels Bruun de Neergaard" in persons, persons
    assert "Niels Bruun" not in persons, persons


def test_the_same_line_going_on_is_no_cut() -> None:
    # near miss: the fuller spelling's last word printed later on the same line after a comma is another entry
    text = "Hans Jensen, Holm og Hans Jensen Holm\n"
    people = [(0, 11, "Hans Jensen"), (25, 41, "Hans Jensen Holm")]
    assert cut_spellings_restored(text, people) == {}


def test_a_long_unknown_word_before_is_no_first_name() -> None:
    # near miss, hoeje-taastrup-byraadet-dagsorden-17-april: the attendance list read a room's name run on before the
    # name in a flattened header; a long unknown word is a compound noun, no first name
    text = "Mødelokale: Medlemmer: Byrådssal Michael Ziegler (borgmester) (C), Annette Johansen (A)\n"
    people = [(33, 48, "Michael Ziegler")]
    assert text[33:48] == "Michael Ziegler"
    assert cut_spellings_restored(text, people, ["Byrådssal Michael Ziegler"]) == {}
    # the same place with a short unknown first name before it is the fuller spelling
    text = "Mødelokale: Medlemmer: Eea Haldan Vestergaard (A)\n"
    assert cut_spellings_restored(text, [(27, 45, "Haldan Vestergaard")], ["Eea Haldan Vestergaard"]) == {
        0: (23, 45, "Eea Haldan Vestergaard")
    }


def test_the_first_name_ending_the_line_above() -> None:
    # hoeje-taastrup-byraadet-2013-06-18: a member list wrapped between a first name and the rest of the name
    text = "Mette Søndergaard Pedersen (A), Michael \n\nBlem Clausen (B), Steffen Mølgaard Hansen (C)\n"
    start = text.index("Blem")
    restored = cut_spellings_restored(text, [(start, start + 12, "Blem Clausen")], ["Michael Blem Clausen"])
    assert restored == {0: (text.index("Michael"), start + 12, "Michael Blem Clausen")}
    # near miss: across a line break a word that only resembles the first name is another person's
    text = "Mette Søndergaard Pedersen (A), Mikael \n\nBlem Clausen (B)\n"
    start = text.index("Blem")
    assert cut_spellings_restored(text, [(start, start + 12, "Blem Clausen")], ["Michael Blem Clausen"]) == {}


def test_last_words_after_a_line_break_are_read_as_the_pattern_read_them() -> None:
    """Where the left-out words end, read with str.startswith, is the pattern's on random texts built of the words,
    line breaks, blanks, letters, digits and "_"."""
    import re

    from graphbuild.extract.name_cut_spellings import _words_after_break
    from tests.random_texts import random_texts

    pieces = ["de", "Neergaard", "Hansen", " ", "\t", "\n", "\u00a0", "x", "1", "_", "-", "\nHansen", "\nde Neergaard"]
    found = 0
    for words in (["Hansen"], ["de", "Neergaard"]):
        pattern = re.compile(r"[ \t]*\n\s*" + r"\s+".join(re.escape(w) for w in words) + r"(?!\w)")
        for text in random_texts(pieces, seed=25, count=4000, most=6):
            match = pattern.match(text)
            expected = None if match is None else match.end()
            assert _words_after_break(text, words) == expected, (words, text)
            found += expected is not None
    assert found > 300

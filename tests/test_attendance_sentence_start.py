"""A name in an attendance list on a flattened line with the next sentence's or heading's capitalised first word
run on after it ("Afbud: Bjarne Lindqvist Næste møde 6. februar 2013"): a word the name lists do not know, in a
superlative's "-ste" or a present participle's "-ende" form no surname has, before a lower-case word that is no note
on the name, is not the name's (``vocab.sentence_start``); read by parse's attendance reader and extract's people
finder. Excerpts from dev-write documents (aab-organisationsbestyrelse-2012-12-05,
hjoerring-byraadet-docplayer-62632027, frederiksberg-kommunalbestyrelsen-2020-11-16)."""

from __future__ import annotations

from graphbuild.extract.people import find_people
from graphbuild.parse.attendance_lists import find_attendance
from graphbuild.parse.attendance_names import read_name
from graphbuild.vocab.sentence_start import opens_sentence

_AAB = (
    "1 Referat af OB-møde Mødedato: 5. december 2012 kl Til stede: Bent Haupt Jensen, Formand Jørn Nielsen, "
    "Næstformand Michael Bagge Kuehn Jette Kragh Michael Bendixen Dato 6. december 2012 Afbud: Bjarne Lindqvist "
    "Næste møde 6. februar 2013 Protokoller: 1. Godkendelse af referat fra sidste møde 2. Revisionsprotokol\n"
)


def test_the_next_sentences_first_word_is_left_out_of_an_absent_members_name() -> None:
    absent = {a.name for a in find_attendance(_AAB) if a.status == "absent"}
    assert "Bjarne Lindqvist" in absent
    assert "Bjarne Lindqvist Næste" not in absent


def test_read_name_stops_before_the_sentence_opening_word() -> None:
    hit = read_name("Afbud: Bjarne Lindqvist Næste møde 6. februar", 7)
    assert hit is not None and hit.name == "Bjarne Lindqvist"


_HJOERRING = (
    "Mødested: Hjørring Rådhus, Springvandspladsen 5 Fraværende: Mai-Britt Beith Jensen, Erik Vadsager og Børge Bech "
    "Følgende sager behandles: Pkt. Tekst Side 1 Beslutningsforslag\n"
)
_FREDERIKSBERG = (
    "Kommunalbestyrelsesmedlemmerne Gunvor Wibroe, Sine Heltberg og Malte Mathies Løcke foreslår, at Frederiksberg "
    "tilslutter sig\n"
)


def test_the_people_finder_leaves_the_sentence_opening_word_out() -> None:
    names = [p.name for p in find_people(_HJOERRING, 0, len(_HJOERRING))]
    assert "Børge Bech" in names
    assert "Børge Bech Følgende" not in names


def test_an_unknown_surname_before_a_verb_is_kept() -> None:
    # near miss: an unknown surname in "-e" before the sentence's verb is the name's ("Løcke foreslår")
    names = [p.name for p in find_people(_FREDERIKSBERG, 0, len(_FREDERIKSBERG))]
    assert "Malte Mathies Løcke" in names


def test_a_surname_before_a_note_on_the_name_is_kept() -> None:
    # near misses: a "-ste"/"-ende" word before a status or a list's "og", a known surname before anything
    hit = read_name("Afbud: Hanne Mørup Kjølleste deltog ikke", 7)
    assert hit is not None and hit.name == "Hanne Mørup Kjølleste"
    hit = read_name("Fraværende: Hanne Mørup Kjølleste og Lis Holm", 12)
    assert hit is not None and hit.name == "Hanne Mørup Kjølleste"
    hit = read_name("Afbud: Bjarne Lindqvist Lassen møde", 7)
    assert hit is not None and hit.name == "Bjarne Lindqvist Lassen"


def test_a_two_word_name_keeps_its_surname() -> None:
    # a name of two words never loses its last: it may be a surname whatever follows
    hit = read_name("Afbud: Hanne Kjølleste møde", 7)
    assert hit is not None and hit.name == "Hanne Kjølleste"


def test_opens_sentence_asks_for_a_lower_case_word_after() -> None:
    text = "Bjarne Lindqvist Næste møde"
    assert opens_sentence(text, "Næste", 22, len(text))
    text = "Bjarne Lindqvist Næste\nMøde"
    assert not opens_sentence(text, "Næste", 22, len(text))
    text = "Bjarne Lindqvist Næste deltog"
    assert not opens_sentence(text, "Næste", 22, len(text))

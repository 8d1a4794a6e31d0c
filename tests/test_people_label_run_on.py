"""A name on a flattened line with the next field's label run on after it ("Formand : Kent Budolfsen Kasserer : Poul
Sørensen", "Referent: Grethe Larsen Bemærk.: Dagsorden"): a capitalised word the name lists do not know, in no
surname's form, with a label's colon right after it, cut short with a full stop, a post's word or a word the text
also writes in lower case, is not the name's (``vocab.sentence_start.opens_label``, read by extract's people finder).
Excerpts from dev-write documents as the flattened view prints them (loerslev-landsbyraadet-2007-11-22,
gribskov-grundejerkontaktudvalg-2009-09-10)."""

from __future__ import annotations

from graphbuild.extract.people import find_people
from graphbuild.vocab.sentence_start import opens_label


def _names(text: str) -> list[str]:
    return [p.name for p in find_people(text, 0, len(text))]


_LOERSLEV = (
    "Det blev vedtaget at nedsætte et forretningsudvalg bestående af formand, kasserer og sekretær. Til disse "
    "poster valgtes for perioden indtil årsmødet i maj 2008 : Formand : Kent Budolfsen Kasserer : Poul "
    "Sørensen Sekretær : Jens Chr. Larsen Formanden lovede i samarbejde med Claus Woldum at omorganisere"
)


def test_the_next_fields_label_is_left_out_of_the_name() -> None:
    assert "Kent Budolfsen" in _names(_LOERSLEV)
    assert "Kent Budolfsen Kasserer" not in _names(_LOERSLEV)


def test_a_label_cut_short_before_its_colon() -> None:
    text = (
        "Fraværende: Flemming Denker Landliggersammenslutningen Gribskov Vest Mødeleder: Jan Ferdinandsen Referent: "
        "Grethe Larsen Bemærk.: Dagsorden + referat"
    )
    assert "Grethe Larsen" in _names(text)
    assert "Grethe Larsen Bemærk" not in _names(text)


def test_a_name_before_its_own_colon_is_kept() -> None:
    # near misses: a post's word before the entry's status value ("Name: Afbud"), a known or surname-like last word,
    # a word in capitals (initials), no colon after the word, an unknown word the text never writes in lower case
    assert not opens_label("Anne Marie Kasserer: Afbud", "Kasserer", 18)
    assert not opens_label("Ole Bjerg Lauritzen: formand", "Lauritzen", 19)
    assert not opens_label("Ole Bjerg Gaardhøj: x", "Gaardhøj", 18)
    assert not opens_label("Ole Bjerg AGENDA: x", "AGENDA", 16)
    assert not opens_label("Ole Bjerg Kasserer x", "Kasserer", 18)
    assert not opens_label("Ole Bjerg Wahlqvist: x", "Wahlqvist", 19)
    assert opens_label("Ole Bjerg Wahlqvist: x, wahlqvist", "Wahlqvist", 19)
    assert opens_label("Ole Bjerg Referent: x", "Referent", 18)
    assert opens_label("Ole Bjerg Bemærk.: x", "Bemærk", 16)
    assert "Lars Wahlqvist" in _names("Deltagere: Lars Wahlqvist: Deltog, Lise Holm: Afbud")


# varme8350-bestyrelse-2011-10-18's board as the flattened view prints it: the text never writes "kasserer" in lower
# case, so only the post's own word ends the name before it (``vocab.person_names.OFFICER_POSTS``)
_VARME8350 = (
    "Konstituering: Formand: Heimo Dalsgaard Næstformand: Lars Wahlqvist Kasserer: Karl Anker Jensen Sekretær: "
    "Michael Kock Bestyrelsesmedlem: Bjarne Pedersen"
)


def test_an_officers_post_ends_the_name_before_it() -> None:
    names = _names(_VARME8350)
    assert "Lars Wahlqvist" in names
    assert "Lars Wahlqvist Kasserer" not in names
    assert "Karl Anker Jensen" in names
    # the meeting's officers' words alike: "Dirigent: NAME", "Ordstyrer: NAME" run on after a name
    assert "Heimo Dalsgaard" in _names("Formand: Heimo Dalsgaard Dirigent: Lars Wahlqvist Ordstyrer: Karl Jensen")
    assert "Lars Wahlqvist" in _names("Formand: Heimo Dalsgaard Dirigent: Lars Wahlqvist Ordstyrer: Karl Jensen")


def test_an_officers_post_before_a_name_is_no_part_of_it() -> None:
    # the post's word introduces the name it opens ("Kasserer Karl Anker Jensen"); a name with no post after it is
    # read whole
    assert "Karl Anker Jensen" in _names("Til stede: Kasserer Karl Anker Jensen og Lise Holm.")
    assert "Kasserer Karl Anker Jensen" not in _names("Til stede: Kasserer Karl Anker Jensen og Lise Holm.")
    assert "Heimo Lars Dalsgaard" in _names("Til stede: Heimo Lars Dalsgaard og Lise Holm.")


# aab-organisationsbestyrelse-2012-12-05's signature and sydtrafik-bestyrelse-2013-01-25's staff list as the flattened
# view prints them: a title's qualifier abbreviated and capitalised before its title ("Adm. direktør", "Konst.
# direktør") ends the name before it (``vocab.person_names.TITLE_QUALIFIER_ABBREVIATIONS``)
def test_an_abbreviated_qualifier_of_a_title_is_no_surname() -> None:
    names = _names("København, den 6. februar 2013 Bent Haupt Jensen Formand Christian Høgsbro Adm. direktør")
    assert "Christian Høgsbro" in names
    assert "Christian Høgsbro Adm" not in names
    names = _names("Øvrige: Erik Lauritzen Jørgen Bruun Konst. direktør Christian Roslev Afdelingsleder")
    assert "Jørgen Bruun" in names
    assert "Jørgen Bruun Konst" not in names
    # a surname that opens with the same letters is a surname: "Admund", "Konstantin"
    assert "Lise Konstantin" in _names("Til stede: Lise Konstantin og Ole Admund Berg.")


# naturturisme-bestyrelse-2010-11-24's list of members as the flattened view prints it: a workplace's word cut short
# after the name ("Turisterhv.", Turisterhverv) ends the name (``extract.name_abbreviated_tail``); a name at a
# sentence's end keeps its surname
def test_a_word_cut_short_after_a_name_is_no_surname() -> None:
    names = _names(
        "Christian Ulrich Landbruget - Patriotisk Selskab Jacob Salvig Turisterhv. - Naturama Michael Rasmussen "
        "Turisterhv. - Centrovice"
    )
    assert "Jacob Salvig" in names
    assert "Jacob Salvig Turisterhv" not in names
    names = _names("Mødet blev ledet af Jens Peter Hansen. Derefter talte Lise Holm Nielsen. ")
    assert {"Jens Peter Hansen", "Lise Holm Nielsen"} <= set(names)

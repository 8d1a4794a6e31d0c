"""Attendance forms read by their structure, not by the names or label words one publisher prints (issue 13,
item 1): a flattened "Name, Place Name, Place" list whose member has a first name no name list knows, and a
bare absence label inside an item whatever its synonym. Each case quotes a short dev-write excerpt (named),
varied as another publisher would print it; the test split is never read."""

from __future__ import annotations

import pytest

from graphbuild.parse.attendance_lists import find_attendance
from graphbuild.parse.attendance_text import capitals_as_written

# nt-bestyrelse-2008-11-14 (shortened), one member's first name replaced by one no name list holds ("Meho")
_NT = (
    "Referat Bestyrelsesmøde hos NT den 14. november 2008 Deltagere Thomas Kastrup-Larsen, Aalborg Kommune Otto "
    "Kjær Larsen, Jammerbugt Kommune Meho Alic, Vesthimmerland Kommune Svend Heiselberg i stedet for Niels Kr. "
    "Kirketerp, Region Nordjylland Jens Hedegaard Kristensen, Frederikshavn Kommune Ole Vestergaard, Thisted "
    "Kommune Christian Roslev, NT Nicolai Sørensen, NT Afbud Preben Christensen, Mariagerfjord Kommune Pkt. Tekst "
    "Side 1 Godkendelse af referat\n"
)

# fynbus-bestyrelse-2016-12-08 (shortened), the same variation after a title
_FYNBUS = (
    "FynBus Bestyrelse Referat Torsdag den 8. december 2016 Deltagere: Formand Morten Andersen, Nordfyn "
    "Næstformand Poul Andersen, Region Syddanmark Bestyrelsesmedlem Ergin Bebe, Middelfart Bestyrelsesmedlem "
    "Jesper Hempler, Kerteminde afbud Bestyrelsesmedlem Anders W. Berthelsen, Odense\n"
)


def _rows(text: str) -> set[tuple[str, str]]:
    return {(a.name, a.status) for a in find_attendance(text)}


def test_an_unknown_first_name_after_the_entry_befores_municipality() -> None:
    rows = _rows(_NT)
    assert ("Meho Alic", "present") in rows
    # the entries after it are still read: the list has not ended
    assert {("Jens Hedegaard Kristensen", "present"), ("Ole Vestergaard", "present")} <= rows
    assert ("Preben Christensen", "absent") in rows


def test_an_unknown_first_name_after_a_region() -> None:
    text = _NT.replace("Jens Hedegaard Kristensen", "Thies Hedegaard Kristensen")
    assert ("Thies Hedegaard Kristensen", "present") in _rows(text)


def test_an_unknown_first_name_before_a_bodys_short_name() -> None:
    text = _NT.replace("Christian Roslev", "Ergin Roslev")
    assert {("Ergin Roslev", "present"), ("Nicolai Sørensen", "present")} <= _rows(text)


def test_an_unknown_first_name_after_a_place_and_a_title() -> None:
    rows = _rows(_FYNBUS)
    assert {("Ergin Bebe", "present"), ("Jesper Hempler", "absent"), ("Anders W. Berthelsen", "present")} <= rows


def test_a_department_after_the_place_is_no_name() -> None:
    # near miss: the words after the place are followed by a name, not by the next place
    text = (
        "Deltagere Ole Hansen, Aalborg Kommune Erhverv Nord, Lars Berg, Vesthimmerland Kommune Kultur Fritid, "
        "Jens Holm, Region Nordjylland Afbud Preben Christensen, Mariagerfjord Kommune\n"
    )
    names = {name for name, _ in _rows(text)}
    assert not names & {"Erhverv Nord", "Kultur Fritid"}


def test_a_comma_list_of_first_names_on_the_line_below_its_label() -> None:
    # maarslet-faellesraad-fu-2023-04-04 prints "Til stede: Anette, Pernille, Anders, Jens, Thorkild" on one line;
    # the label on a line of its own, as other publishers print it
    text = "Referat\nTil stede:\nAnette, Pernille, Anders, Jens, Thorkild\n\nDagsorden med fed.\n"
    assert {name for name, _ in _rows(text)} == {"Anette", "Pernille", "Anders", "Jens", "Thorkild"}


def test_first_names_one_a_line_are_no_entries() -> None:
    # near miss: a first name alone on its line, no comma list after it
    text = "Referat\nDeltagere:\nMette\nJørgen\nOle Berg\n\nDagsorden\n"
    assert {name for name, _ in _rows(text)} == {"Ole Berg"}


def test_a_label_alone_after_a_name_and_party_line_is_no_wrapped_entry() -> None:
    # glostrup-kommunalbestyrelsen-2020-06-24 prints its entries "Name, Party" ("Robert Sørensen, Ø"); here one a
    # line, the next list's label alone on its line after them
    text = "Referat\nDeltagere\nHanne Nielsen, A\nRobert Sørensen, Ø\nForfald\nPalle Laustrup, F\n\nPunkt 1\n"
    assert ("Palle Laustrup", "absent") in _rows(text)
    # near miss: an entry a line break wrapped inside a comma list is still joined
    wrapped = "Deltagere: Lisa Pihl Jensen, Ebbe\nChristensen, Helle Hansen\n"
    assert ("Ebbe Christensen", "present") in _rows(wrapped)


# brn-bestyrelsen-2015-09-18 prints its labels in capitals ("AFBUD Arne Boelt Hjørring Kommune"); here a label
# qualified by a word of another label, as other publishers print it
_QUALIFIED = "Referat\nDeltagere: Anne Hansen (A), Ole Berg (V)\n{label}\nArne Boelt (C)\n\nPunkt 1 Godkendelse\n"


@pytest.mark.parametrize(
    "label", ["FRAVÆRENDE MEDLEMMER:", "FRAVÆRENDE MEDLEMMER: ", "Fraværende medlemmer", "FRAVÆRENDE MEDLEMMER"]
)
def test_a_label_qualified_by_another_labels_word(label: str) -> None:
    rows = _rows(_QUALIFIED.format(label=label))
    assert rows == {("Anne Hansen", "present"), ("Ole Berg", "present"), ("Arne Boelt", "absent")}


def test_a_qualified_label_with_no_names_below_heads_no_list() -> None:
    # near miss: the words alone, no name below, are no list's label
    assert _rows("Referat\nFraværende medlemmer\n\nPunkt 1 Godkendelse af dagsorden\n") == set()


@pytest.mark.parametrize("label", ["DELTAGERE I MØDET:", "TIL STEDE VED MØDET:", "DELTAGERE I MØDET:\n"])
def test_a_label_in_capitals_going_on_to_the_meeting(label: str) -> None:
    # the capitals of brn-bestyrelsen-2015-09-18 ("AFBUD Arne Boelt …") on a label that goes on to the meeting
    text = f"Referat\n{label} Anne Hansen (A), Ole Berg (V)\nAFBUD: Arne Boelt (C)\n\nPunkt 1 Godkendelse\n"
    assert _rows(text) == {("Anne Hansen", "present"), ("Ole Berg", "present"), ("Arne Boelt", "absent")}


def test_a_middle_initial_i_in_a_line_of_capitals_stays_a_capital() -> None:
    # near miss: after the label's words, a lone "I" is a name's initial
    assert capitals_as_written("AFBUD FRA JENS I HANSEN\n") == "Afbud fra Jens I Hansen\n"
    assert capitals_as_written("DELTAGERE I MØDET:\n") == "Deltagere i mødet:\n"


# frederikssund-oekonomiudvalget-2010-05-18 (shortened): a flattened "Name (P)" run; an apology label with no colon
# run on into it, as other publishers' PDFs print it
_FLATTENED = (
    "Referat fra møde i Økonomiudvalget Tirsdag den 18. maj 2010 Kl i Borgmesterens kontor Mødedeltagere: Ole Find "
    "Jensen (A) John Schmidt Andersen (V) Kim Rockhill (A) {label} Pia Adelsteen (O) Side 1 af 56\n"
)


@pytest.mark.parametrize("label", ["Forfald", "Meldt afbud", "Meldt forfald", "Afbud fra"])
def test_an_apology_label_with_no_colon_after_an_entrys_party(label: str) -> None:
    rows = _rows(_FLATTENED.format(label=label))
    assert {("Kim Rockhill", "present"), ("Pia Adelsteen", "absent")} <= rows
    assert not any(name.startswith(label.split()[0]) for name, _ in rows)


def test_an_apology_word_opening_a_sentence_heads_no_list() -> None:
    # near miss: after a full stop the word opens a sentence of prose
    text = "Mødedeltagere: Ole Find Jensen (A) Kim Rockhill (A). Forfald meldes til sekretariatet.\n"
    assert _rows(text) == {("Ole Find Jensen", "present"), ("Kim Rockhill", "present")}

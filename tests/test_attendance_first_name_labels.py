"""The next field's label or a heading a flattened page ran on after a list's last first name
(graphbuild/parse/attendance_first_name_labels.py): the label or heading ends the list and the last first name is an
entry. The cases quote dev-write excerpts as a page flattened onto one line prints them
(agerskov-lokalhistorisk-arkiv-bestyrelse-2023-05-23, kropogsind-favrskov-bestyrelse-2013-09-26,
nydamskolen-skolebestyrelsen-2021-11-09, maarslet-faellesraad-fu-2023-04-04); the near misses keep a lone first name
with no list before it, an office's label and a word that is no heading out."""

from __future__ import annotations

from graphbuild.parse.attendance_lists import find_attendance

P, A = "present", "absent"
_ITEMS = " 1. Godkendelse af dagsorden Godkendt. 2. Eventuelt Intet.\n"


def _rows(text: str) -> set[tuple[str, str]]:
    return {(row.name, row.status) for row in find_attendance(text)}


def test_the_last_first_name_before_the_next_fields_label() -> None:
    text = "Referat Fremmødte: Jens – Karin – Tage – Hans – Lause Referent: Hanne" + _ITEMS
    assert ("Lause", P) in _rows(text)


def test_the_last_first_name_before_the_absence_label() -> None:
    text = "Referat 2013 Til stede: Allan, John, Lisbeth, Anna, Hial, Hanne og Lise Fraværende: Jette" + _ITEMS
    assert {("Allan", P), ("Hanne", P), ("Lise", P)} <= _rows(text)


def test_an_unknown_first_name_last_before_an_empty_label() -> None:
    text = (
        "Skolebestyrelsesmøde 2021 17.00 –19.30 Afbud:Birgitte, Kateryna Fraværende: Godkendelse af referat:" + _ITEMS
    )
    assert {("Birgitte", A), ("Kateryna", A)} <= _rows(text)


def test_the_last_first_name_before_a_heading() -> None:
    text = "Referat Til stede: Anette, Pernille, Anders, Jens, Thorkild Dagsorden med fed. Referat med kursiv" + _ITEMS
    assert ("Thorkild", P) in _rows(text)


def test_a_lone_first_name_before_a_label() -> None:
    # near miss: one first name alone is no list of first names
    text = "Referat Afbud: Thorkild Referent: Hanne" + _ITEMS
    assert ("Thorkild", A) not in _rows(text)


def test_an_offices_label_is_no_field_that_ends_the_list() -> None:
    # near miss: "Formand:" names a post's holder, no field's label after the list
    text = "Referat Til stede: Anette, Pernille, Thorkild Formand: Hanne" + _ITEMS
    assert ("Thorkild", P) not in _rows(text)


def test_a_word_no_heading_after_the_first_name() -> None:
    # near miss: a surname after the first name makes a full name, no entry of a first name alone
    text = "Referat Til stede: Anette, Pernille, Thorkild Jensen" + _ITEMS
    rows = _rows(text)
    assert ("Thorkild", P) not in rows

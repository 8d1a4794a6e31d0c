"""A line below a list's entries that is a short sentence about a person ends the list, no entry of it
(graphbuild/parse/attendance_line_sentences.py): before, "Afbud: Hanne Dahl / Ole Berg bød velkommen." made Ole Berg,
listed as present, absent. The lists are in the forms dev-write prints (koebenhavn-beredskabskommissionen-2014-11-18's
"Afbud fra:" one entry a line, broenderslev-aeldreraadet-2020-02-26's "Jan Lindegaard Munkholt var fraværende.");
the near misses keep an entry's note that says its attendance and a one-word note."""

from __future__ import annotations

import pytest
from snippet_attendance import attendance_statuses

ITEMS = "\n\n1. Godkendelse af dagsorden\n\nGodkendt.\n\n2. Budget\n\nGodkendt.\n"
PRESENT = "Tilstede var:\nOverborgmester Frank Jensen\nBorgmester Ninna Thomsen\nBorgmester Pia Allerslev\n\n"


def _rows(text: str) -> dict[str, str]:
    return attendance_statuses(text + ITEMS)


@pytest.mark.parametrize(
    "sentence",
    [
        "Ninna Thomsen bød velkommen.",
        "Ninna Thomsen var mødeleder.",
        "Ninna Thomsen er formand.",
        "Ninna Thomsen bød velkommen og indledte mødet.",
    ],
)
def test_a_sentence_about_a_member_present_below_the_absent(sentence: str) -> None:
    rows = _rows(PRESENT + "Afbud fra:\nBorgmester Morten Kabell\n" + sentence)
    assert rows["Ninna Thomsen"] == "present"
    assert rows["Morten Kabell"] == "absent"


def test_a_sentence_about_someone_not_listed_adds_no_row() -> None:
    rows = _rows(PRESENT + "Afbud fra:\nBorgmester Morten Kabell\nSvend Hartling tog referat.")
    assert "Svend Hartling" not in rows
    assert rows["Morten Kabell"] == "absent"


def test_an_absence_said_in_the_sentence_is_still_read() -> None:
    rows = _rows(PRESENT + "Afbud fra:\nBorgmester Morten Kabell\nJan Lindegaard Munkholt var fraværende.")
    assert rows["Jan Lindegaard Munkholt"] == "absent"


@pytest.mark.parametrize(
    ("note", "status"),
    [
        ("har ferie.", "absent"),
        ("er syg.", "absent"),
        ("uden afbud.", "absent"),
        ("grundet tjenesterejse.", "absent"),
        ("ferie.", "absent"),  # one word: the entry's note
    ],
)
def test_a_note_of_attendance_stays_the_entrys(note: str, status: str) -> None:
    # near miss: the sentence says why the member was away, the entry's note as before
    rows = _rows(PRESENT + f"Afbud fra:\nBorgmester Morten Kabell\nSvend Hartling {note}")
    assert rows["Svend Hartling"] == status
    assert rows["Morten Kabell"] == "absent"


def test_a_late_arrival_in_a_list_of_those_present_stays() -> None:
    rows = _rows("Til stede:\nHanne Dahl\nKaren Juul kom senere.")
    assert rows == {"Hanne Dahl": "present", "Karen Juul": "present"}


def test_the_first_entry_is_read_as_before() -> None:
    # near miss: the sentence is the list's only entry, read as the entry and its note
    rows = _rows("Afbud fra:\nBorgmester Morten Kabell grundet tjenesterejse.")
    assert rows == {"Morten Kabell": "absent"}


@pytest.mark.parametrize("note", ["er bortrejst.", "er optaget.", "har kursus.", "har arbejde."])
def test_a_reason_to_be_away_stays_the_entrys(note: str) -> None:
    # near miss: a reason in the sentence, the entry's note as before
    rows = _rows(PRESENT + f"Afbud fra:\nBorgmester Morten Kabell\nSvend Hartling {note}")
    assert rows["Svend Hartling"] == "absent"


def test_a_role_in_lower_case_stays_the_entrys() -> None:
    # near miss: no verb opens the words after the name, a role of the entry's
    rows = _rows(PRESENT + "Afbud fra:\nBorgmester Morten Kabell\nSvend Hartling skolens leder.\nAnne Tønnes")
    assert rows["Svend Hartling"] == "absent"
    assert rows["Anne Tønnes"] == "absent"


def test_the_entries_after_the_sentence_are_read() -> None:
    rows = _rows(PRESENT + "Afbud fra:\nBorgmester Morten Kabell\nNinna Thomsen var mødeleder.\nAnne Tønnes")
    assert rows["Ninna Thomsen"] == "present"
    assert rows["Anne Tønnes"] == "absent"


@pytest.mark.parametrize(
    "sentence",
    ["Ninna Thomsen, borgmester, bød velkommen.", "Ninna Thomsen, Københavns Kommune, orienterede om sagen."],
)
def test_a_sentence_after_a_post_or_an_affiliation_between_commas(sentence: str) -> None:
    # the name's post or workplace between commas before the verb: still a sentence, no entry
    rows = _rows(PRESENT + "Afbud fra:\nBorgmester Morten Kabell\n" + sentence)
    assert rows["Ninna Thomsen"] == "present"
    assert rows["Morten Kabell"] == "absent"


def test_a_note_of_attendance_after_an_affiliation_stays_the_entrys() -> None:
    # near miss: the sentence says why the member was away, the entry's note as before
    rows = _rows(PRESENT + "Afbud fra:\nBorgmester Morten Kabell\nSvend Hartling, Rambøll, har ferie.")
    assert rows["Svend Hartling"] == "absent"


def test_entries_with_an_affiliation_and_no_verb_stay() -> None:
    # near miss: "Name, Place" one a line, no sentence
    rows = _rows(PRESENT + "Afbud fra:\nBorgmester Morten Kabell\nSvend Hartling, Rambøll\nAnne Tønnes, COWI")
    assert rows["Svend Hartling"] == "absent"
    assert rows["Anne Tønnes"] == "absent"

"""An entry's status after a dash ("Name, Place - AFBUD", "Næstformand- AFBUD") is that entry's in any case: a
capitalised status word mid-line after a dash heads no list of its own. Excerpts quoted from dev-write documents
(named), shortened; the capitalised variants are how other publishers print the same status. Likewise a status one
space after the party's bracket at the line's end ("Name (A) Fraværende") is the entry's, not a label of the names
below."""

from __future__ import annotations

import pytest

from graphbuild.parse.attendance_lists import find_attendance

# fynbus-bestyrelse-2017-02-01 (a page flattened)
_FYNBUS = (
    "1 FynBus Bestyrelse Referat Onsdag den 1. februar 2017 Deltagere: Formand Morten Andersen, Nordfyn "
    "Næstformand Poul Andersen, Region Syddanmark Bestyrelsesmedlem Jan Ole Jakobsen, Langeland - AFBUD "
    "Bestyrelsesmedlem Hans Bjergegaard, Assens Bestyrelsesmedlem Kristian Grønbæk Andersen, Region Syddanmark "
    "Repræsentantskabsmedlem Niels Bebe, Middelfart - AFBUD Direktør Carsten Hyldborg Jensen Side 1 af 15\n"
)

# kulturaftale-nordjylland-politisk-ledelse-2008-04-04 (a page flattened)
_KULTURAFTALE = (
    "Møde i den politiske ledelse fredag den 4. april 2008 kl i Skole- og Kulturforvaltningen, Nørresundby "
    "Deltagere: Bjarne Kvist, Frederikshavn Kommune Erik Kirkegaard Mikkelsen, Mariagerfjord Kommune - {status} "
    "Eskild Sloth Andersen, Brønderslev Kommune Klaus Anker Hansen, Rebild Kommune Henrik Thomsen, Aalborg Kommune "
    "Dagsorden: 1. Oplæg om oplevelseszoner\n"
)


def _rows(text: str) -> set[tuple[str, str]]:
    return {(a.name, a.status) for a in find_attendance(text)}


def test_status_in_capitals_after_the_entrys_place() -> None:
    rows = _rows(_FYNBUS)
    assert {("Jan Ole Jakobsen", "absent"), ("Niels Bebe", "absent")} <= rows
    assert {("Hans Bjergegaard", "present"), ("Kristian Grønbæk Andersen", "present")} <= rows


@pytest.mark.parametrize("status", ["afbud", "Afbud", "AFBUD"])
def test_status_after_a_dash_in_any_case(status: str) -> None:
    rows = _rows(_KULTURAFTALE.format(status=status))
    assert ("Erik Kirkegaard Mikkelsen", "absent") in rows
    assert {("Eskild Sloth Andersen", "present"), ("Henrik Thomsen", "present")} <= rows


def test_a_label_opening_its_line_still_heads_a_list() -> None:
    text = _KULTURAFTALE.format(status="afbud").replace("Dagsorden:", "\nAfbud: Kim Bennike, Jammerbugt\nDagsorden:")
    assert ("Kim Bennike", "absent") in _rows(text)


def test_a_label_with_its_colon_after_a_dash_still_heads_a_list() -> None:
    text = "Referat\nBeslutning i Økonomiudvalget den 3. maj - Fraværende: Ole Berg (V), Lise Holm (A)\nGodkendt.\n"
    assert {("Ole Berg", "absent"), ("Lise Holm", "absent")} <= _rows(text)


P, A = "present", "absent"

# hvidovre-kommunalbestyrelsen-2014-10-28's member list, one entry a line with the party's bracket; the status one
# space after the bracket at the line's end, as other publishers print it
_HVIDOVRE = "Referat\n\nMedlemmer:\nRené Tommy Langhorn (O)\nSteen Ørskov Larsen (C) {status}\nØmer Kuscu (A)\n"


@pytest.mark.parametrize("status", ["Fraværende", "Afbud", "afbud.", "Forfald"])
def test_status_one_space_after_the_partys_bracket_is_the_entrys(status: str) -> None:
    rows = {(row.name, row.status) for row in find_attendance(_HVIDOVRE.format(status=status))}
    assert rows == {("René Tommy Langhorn", P), ("Steen Ørskov Larsen", A), ("Ømer Kuscu", P)}


def test_a_status_word_before_names_on_its_line_still_heads_them() -> None:
    # "… Ole Berg (V) Forfald Lise Holm (C)" on a flattened line: the status word heads the names after it
    text = "Referat\n\nMedlemmer: René Tommy Langhorn (O) Forfald Steen Ørskov Larsen (C) Ømer Kuscu (A)\n"
    rows = {(row.name, row.status) for row in find_attendance(text)}
    assert ("René Tommy Langhorn", A) not in rows
    assert ("Steen Ørskov Larsen", A) in rows


# regionsjaelland-forretningsudvalget-2020-08-14 and regionsjaelland-naere-sundhedsvaesen-2020-01-15 (dev-write), as a
# page flattened onto one line prints them: the dash typed against the post before the status, the next entry run on
_REGION_SJAELLAND = (
    "Referat Møde i Forretningsudvalget fredag den 14. august 2020 kl. 09:30 Rådssalen Deltagere: Heino Knudsen (A), "
    "Formand Peter Jacobsen (O), 1. næstformand{dash} afbud Jacob Jensen (V), 2. næstformand Jorun Bech (A) Susanne "
    "Lundvald (A) 1. Godkendelse af dagsorden Godkendt. 2. Budgetforslag 2021 Godkendt.\n"
)


@pytest.mark.parametrize("dash", ["-", " -", "–"])
def test_status_after_a_dash_typed_against_the_post(dash: str) -> None:
    rows = _rows(_REGION_SJAELLAND.format(dash=dash))
    assert ("Peter Jacobsen", A) in rows
    assert {("Heino Knudsen", P), ("Jacob Jensen", P), ("Jorun Bech", P)} <= rows


def test_a_remark_after_a_dash_typed_against_a_word_is_no_status() -> None:
    # near miss: a lower-case remark that is no status after the glued dash leaves the entry before present
    rows = _rows(_REGION_SJAELLAND.format(dash="-").replace("- afbud Jacob", "- deltog Jacob"))
    assert ("Peter Jacobsen", P) in rows

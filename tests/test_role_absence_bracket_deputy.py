"""A deputy named inside the bracket after an absent member's name, the absence said first: "Thomas Juhl (O)
(afbud, suppleant Egon Madsen)" is Egon Madsen standing in for Thomas Juhl at this meeting, attendance and no
`suppleant` role (README roles: "a substitute the text ties to a member absent at this meeting, wherever printed");
the member list's own labels still read. Variants of a dev-write list (aabenraa-teknik-miljoe-2021-09-01:
"Medlemmer: Arne Leyh Petersen, Kurt Andresen, …, Thomas Juhl"), the form `attendance_stand_ins` reads; the near
miss is a substitute among those present with no member's absence before the word (hammelev-menighedsraad-2019-10-08:
"… Else Marie Birk - regnskabfører samt suppleant: Anne Marie Roesgaard."), a standing seat."""

from __future__ import annotations

from pathlib import Path

import pytest
from text_facts import RoleCase, RolePairs, assert_role_form, role_form_cases

HEADER = "Referat\nTeknik- og Miljøudvalget\nMødedato: 1. september 2021\n\n"
_ITEMS = "\n\n1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n"
_MEMBERS = "Medlemmer:\nArne Leyh Petersen (A)\nKurt Andresen (V)\nThomas Juhl (O) {note}\nEivind Hansen (C)" + _ITEMS

CASES: list[RoleCase] = [
    (
        "the absence then the deputy in one bracket",
        _MEMBERS.format(note="(afbud, suppleant Egon Madsen)"),
        {("Kurt Andresen", "medlem")},
        {("Egon Madsen", "suppleant")},
    ),
    (
        "the deputy word cut short",
        _MEMBERS.format(note="(fraværende, suppl. Egon Madsen)"),
        set(),
        {("Egon Madsen", "suppleant")},
    ),
    (
        "a dash and a colon between them",
        _MEMBERS.format(note="(Afbud - suppleant: Egon Madsen)"),
        set(),
        {("Egon Madsen", "suppleant")},
    ),
    (
        "near miss: a substitute among those present, no member's absence before the word",
        "Til stede: Helga Blomgreen - formand, Hans Hansen, Anne Jansson, Hans Henrik Knudsen, Rasmus Lauenstein, "
        "Else Marie Birk - regnskabfører samt suppleant: Anne Marie Roesgaard." + _ITEMS,
        {("Anne Marie Roesgaard", "suppleant")},
        set(),
    ),
]


@role_form_cases(CASES, HEADER)
def test_a_deputy_after_the_absence_in_the_bracket_is_no_seat(
    tmp_path: Path, text: str, present: RolePairs, absent: RolePairs
) -> None:
    assert_role_form(tmp_path, text, present, absent)


@pytest.mark.parametrize("note", ["(afbud, suppleant Egon Madsen)", "(fraværende, suppl. Egon Madsen)"])
def test_the_deputy_is_still_a_substitute_in_attendance(tmp_path: Path, note: str) -> None:
    from text_facts import meeting_of_text

    rows = {(row.name, row.status, row.for_) for row in meeting_of_text(HEADER + _MEMBERS.format(note=note)).attendance}
    assert ("Egon Madsen", "substitute", "Thomas Juhl") in rows
    assert ("Thomas Juhl", "absent", None) in rows

"""Attendance forms widened to the family real minutes print (issue 18): the participle and "kept away" labels
("Forhindret:", "Deltagende:", "Udeblevet:"), "(deltog ikke)" after a list entry, a slash or ampersand between
names, the deputy word cut short ("suppl. for X"), a sentence that opens with whom the member came for ("For X
mødte Y"), "Y var indkaldt for X", and an absence from some items said as "deltog ikke i mødet under punkt 5".
Cases are variants written for each form (names paraphrased); one table of (text, expected rows), then the
texts that must give none of these rows."""

from __future__ import annotations

import pytest

from graphbuild.parse.attendance_lists import find_attendance

P, A, S = "present", "absent", "substitute"
_TAIL = "\n\n1. Godkendelse af dagsorden\nGodkendt.\n"

CASES: list[tuple[str, set[tuple[str, str, str | None]]]] = [
    # "Forhindret" heads the list of the absent, with its colon, with words before the colon, alone on its line
    (
        "Til stede: Jens Hansen, Karen Lund\nForhindret: Ole Berg",
        {("Jens Hansen", P, None), ("Karen Lund", P, None), ("Ole Berg", A, None)},
    ),
    (
        "Til stede: Jens Hansen, Karen Lund\nForhindret i at deltage: Ole Berg",
        {("Jens Hansen", P, None), ("Karen Lund", P, None), ("Ole Berg", A, None)},
    ),
    (
        "Til stede:\nJens Hansen\nKaren Lund\n\nForhindret:\nOle Berg",
        {("Jens Hansen", P, None), ("Karen Lund", P, None), ("Ole Berg", A, None)},
    ),
    # "Tilstede var" in one word before the names on its line, titles before some (dev
    # skagen-byting-bestyrelse-2020-11-24)
    (
        "Tilstede var formand Erik Hatt, kasserer Jørgen Fink Petersen, Michael Jørgensen & Hanne D. Heilmann. "
        "Afbud fra Chresten Sloth Christensen.",
        {("Erik Hatt", P, None), ("Jørgen Fink Petersen", P, None), ("Michael Jørgensen", P, None)}
        | {("Hanne D. Heilmann", P, None), ("Chresten Sloth Christensen", A, None)},
    ),
    # a web table's label cell glued to its value cell, no space (dev gribskov-kulturskolen-bestyrelsen-2017-10-25)
    (
        "Dagsorden/Referat\nMødeforumKulturskolens bestyrelse\nReferentErling Bevensee\nFraværendeBjarke Elling, "
        "Jens Holck, Line Kemner\n",
        {("Bjarke Elling", A, None), ("Jens Holck", A, None), ("Line Kemner", A, None)},
    ),
    # a small board's members by first name after a label with no colon, one named in full elsewhere (dev
    # taarnborg-lokalraad-2017-03-06)
    (
        "Referat af lokalrådsmødet mandag den 6. marts 2017\nhos Karen Holst Carlsen på Svalevej\n\n"
        "Til stede var Karen, Mette, Thomas og Jørgen",
        {("Karen Holst Carlsen", P, None), ("Mette", P, None), ("Thomas", P, None), ("Jørgen", P, None)},
    ),
    # the participles: "Deltagende (medlemmer):", "Udeblev:", "Udeblevet:"
    (
        "Deltagende: Jens Hansen, Ole Berg\nUdeblevet: Karen Lund",
        {("Jens Hansen", P, None), ("Ole Berg", P, None), ("Karen Lund", A, None)},
    ),
    (
        "Deltagende medlemmer: Jens Hansen, Ole Berg\nUdeblev uden afbud: Karen Lund",
        {("Jens Hansen", P, None), ("Ole Berg", P, None), ("Karen Lund", A, None)},
    ),
    # an entry that says its member did not take part, in a list of the members
    (
        "Deltagere:\nJens Hansen\nKaren Lund (deltog ikke)\nOle Berg (forhindret)",
        {("Jens Hansen", P, None), ("Karen Lund", A, None), ("Ole Berg", A, None)},
    ),
    # a slash or an ampersand between two names separates them as a comma does
    (
        "Deltagere: Jens Hansen / Karen Lund / Ole Berg\nAfbud: Bo Sørensen",
        {("Jens Hansen", P, None), ("Karen Lund", P, None), ("Ole Berg", P, None), ("Bo Sørensen", A, None)},
    ),
    (
        "Deltagere: Jens Hansen, Karen Lund & Ole Berg",
        {("Jens Hansen", P, None), ("Karen Lund", P, None), ("Ole Berg", P, None)},
    ),
    # the deputy word cut short after an entry
    (
        "Til stede: Jens Hansen, Mette Kjær (V) (suppl. for Karen Lund)",
        {("Jens Hansen", P, None), ("Mette Kjær", S, "Karen Lund"), ("Karen Lund", A, None)},
    ),
    (
        "Til stede: Jens Hansen, Mette Kjær (stedf. for Karen Lund)",
        {("Jens Hansen", P, None), ("Mette Kjær", S, "Karen Lund"), ("Karen Lund", A, None)},
    ),
    # a sentence that opens with whom the member came for; "var indkaldt for"
    (
        "Til stede: Jens Hansen\nFor Karen Lund (V) mødte Mette Kjær (V).",
        {("Jens Hansen", P, None), ("Mette Kjær", S, "Karen Lund"), ("Karen Lund", A, None)},
    ),
    (
        "Til stede: Jens Hansen\nFor Karen Lund deltog stedfortræder Mette Kjær.",
        {("Jens Hansen", P, None), ("Mette Kjær", S, "Karen Lund"), ("Karen Lund", A, None)},
    ),
    (
        "Til stede: Jens Hansen\nMette Kjær var indkaldt for Karen Lund.",
        {("Jens Hansen", P, None), ("Mette Kjær", S, "Karen Lund"), ("Karen Lund", A, None)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[case[0][:50] for case in CASES])
def test_label_families(text: str, expected: set[tuple[str, str, str | None]]) -> None:
    assert {(a.name, a.status, a.for_) for a in find_attendance(text + _TAIL)} == expected


NONE_OF_THESE: list[tuple[str, set[tuple[str, str, str | None]]]] = [
    # "forhindret" in lower case inside a sentence heads no list
    ("Til stede: Jens Hansen\nMødet blev forhindret af sne.", {("Jens Hansen", P, None)}),
    # a participle before a noun that is not the meeting's attendance ("de deltagende kommuner")
    ("Deltagende kommuner: Herning, Holstebro og Skive", set()),
    # an ampersand inside a bracket is a workplace's, not a second name
    ("Deltagere: Jens Hansen (Plan & Miljø), Karen Lund", {("Jens Hansen", P, None), ("Karen Lund", P, None)}),
    # a remark of when the member came, not that the member stayed away
    ("Deltagere:\nJens Hansen\nKaren Lund (deltog fra kl. 17.30)", {("Jens Hansen", P, None), ("Karen Lund", P, None)}),
    # "suppl." before a noun names no one stood in for
    ("Deltagere: Jens Hansen, Karen Lund (suppl. medlem)", {("Jens Hansen", P, None), ("Karen Lund", P, None)}),
    # "For <an organisation> deltog Y": whom Y came for is no member
    ("Til stede: Jens Hansen\nFor Aarhus Kommune deltog Mette Kjær.", {("Jens Hansen", P, None)}),
    # "tilstede" with "var" in a sentence about something else heads no list
    ("Til stede: Jens Hansen\nAlle der var tilstede var enige med Karen Lund.", {("Jens Hansen", P, None)}),
    # a label glued to the next word inside a line, not opening it, heads no list
    ("Til stede: Jens Hansen\nNotat om AfbudKaren Lund og andre.", {("Jens Hansen", P, None)}),
    # near miss: "Til stede var" before words that are no first names heads no list
    ("Til stede: Jens Hansen\nTil stede var Kommunen, Regionen og Staten", {("Jens Hansen", P, None)}),
    # "indkaldt for" a period: no one stood in
    ("Til stede: Jens Hansen\nMette Kjær er indkaldt for perioden 1. maj til 1. juni.", {("Jens Hansen", P, None)}),
]


@pytest.mark.parametrize(("text", "expected"), NONE_OF_THESE, ids=[case[0][:50] for case in NONE_OF_THESE])
def test_what_the_widened_forms_leave_alone(text: str, expected: set[tuple[str, str, str | None]]) -> None:
    assert {(a.name, a.status, a.for_) for a in find_attendance(text + _TAIL)} == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Ole Berg deltog ikke i mødet under punkt 2.",
        "Ole Berg var ikke til stede under punkt 2.",
        "Ole Berg deltog ikke i behandlingen af punkt 2.",
    ],
)
def test_absent_from_an_item_stays_present(sentence: str) -> None:
    rows = {a.name: a for a in find_attendance("Til stede: Jens Hansen, Ole Berg\n" + sentence + _TAIL)}
    assert (rows["Ole Berg"].status, rows["Ole Berg"].absent_items) == (P, ["2"])

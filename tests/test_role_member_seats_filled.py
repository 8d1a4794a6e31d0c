"""Seats on a body announced by their count, then filled by name (`role_member_seats_filled`): "valgt 4 medlemmer
til bestyrelsen. Det var: A, B, …", "udpeges et nyt medlem til X, og byrådet valgte NAME". Each case quotes a real
page (publisher in the comment), with the (person, role) facts it must give and those it must not; the near misses
keep the guards: a proposal, a substitute, a predecessor, an election not done."""

from __future__ import annotations

from pathlib import Path

import pytest
from text_facts import RoleCase, RolePairs, UnnamedChairs, assert_role_form, role_form_cases

from graphbuild.extract.people import find_people
from graphbuild.extract.role_member_cooccurring import NOT_A_SEAT
from graphbuild.extract.role_member_seats_filled import NOT_FILLED, members_of_seats_filled

CASES: list[RoleCase] = [
    (
        # Korsør Kunstforening, minutes of its general meeting (2005): the seats counted, the names in the next
        # sentence after "Det var:", each re-elected or newly elected
        "seats counted, filled in the next sentence",
        "6. Valg af foreningens bestyrelsesmedlemmer, revisorer og suppleanter:\nDer skal blev valgt 4 medlemmer til "
        "bestyrelsen. Det var: Inge Boye Jørgensen, Aase Jepsen, Knud Kristensen som alle genvalgtes samt Lone "
        "Tørnquist, som nyvalgtes.\n",
        {
            ("Inge Boye Jørgensen", "medlem"),
            ("Aase Jepsen", "medlem"),
            ("Knud Kristensen", "medlem"),
            ("Lone Tørnquist", "medlem"),
        },
        set(),
    ),
    (
        # Folkebladet, on Rebild's council meeting: one seat, one name after it; the member who left is named before
        # the announcement and holds no seat by it
        "one seat filled by the council's election, the predecessor before it",
        "Da Leon Sebbelin (R) er udtrådt af byrådet, skulle der først udpeges et nyt medlem til Kulturskolens "
        "bestyrelse, og byrådet valgte enstemmigt Lene Aalestrup (C).\n",
        {("Lene Aalestrup", "medlem")},
        {("Leon Sebbelin", "medlem")},
    ),
    (
        # Enhedslisten Fanø, its report of the council's meeting (2024): the name before the seat in its sentence
        "the name elected before the seat",
        "Niels Fischer-Nielsen (C) blev valgt til nyt medlem af udvalget.\n",
        {("Niels Fischer-Nielsen", "medlem")},
        set(),
    ),
]

NEGATIVE: list[RoleCase] = [
    (
        "a seat to be filled and a name proposed for it",
        "Byrådet skal udpege et nyt medlem til Kulturskolens bestyrelse. Forvaltningen foreslår Lene Aalestrup (C).\n",
        set(),
        {("Lene Aalestrup", "medlem")},
    ),
    (
        "names elected as substitutes beside the seats",
        "Der skal vælges to medlemmer til bestyrelsen. Hans Jensen og Lise Hansen blev valgt som suppleanter.\n",
        set(),
        {("Hans Jensen", "medlem"), ("Lise Hansen", "medlem")},
    ),
]


@role_form_cases(CASES, id_chars=60)
def test_seats_counted_then_filled_by_name(tmp_path: Path, text: str, present: RolePairs, absent: RolePairs) -> None:
    assert_role_form(tmp_path, text, present, absent)


@role_form_cases(NEGATIVE, id_chars=60)
def test_look_alikes_give_no_member(tmp_path: Path, text: str, present: RolePairs, absent: RolePairs) -> None:
    assert_role_form(tmp_path, text, present, absent)


def test_the_rule_alone_needs_an_election_done_and_a_body_after_the_seats() -> None:
    elected = "Generalforsamlingen valgte to nye medlemmer til bestyrelsen: Anne Hansen og Bo Jensen.\n"
    facts = members_of_seats_filled(elected, find_people(elected, 0, len(elected)), UnnamedChairs(), [])
    assert [f.person.name for f in facts] == ["Anne Hansen", "Bo Jensen"]
    # no election done: the seats are only to be filled
    pending = "Der skal vælges to nye medlemmer til bestyrelsen. Anne Hansen og Bo Jensen stiller op.\n"
    assert members_of_seats_filled(pending, find_people(pending, 0, len(pending)), UnnamedChairs(), []) == []
    # the seats counted are an association's members, not a body's
    members = "Der var mødt 19 medlemmer af foreningen. Anne Hansen blev valgt som dirigent.\n"
    assert members_of_seats_filled(members, find_people(members, 0, len(members)), UnnamedChairs(), []) == []
    # a successor named with the one he replaces: neither by this statement
    replaced = "Der blev valgt et nyt medlem til bestyrelsen. Valgt blev Anne Hansen, der afløser Bo Jensen.\n"
    assert members_of_seats_filled(replaced, find_people(replaced, 0, len(replaced)), UnnamedChairs(), []) == []


def test_a_name_before_the_seats_is_the_elected_one_only_in_the_passive() -> None:
    passive = "Anne Hansen (C) blev valgt til nyt medlem af udvalget.\n"
    facts = members_of_seats_filled(passive, find_people(passive, 0, len(passive)), UnnamedChairs(), [])
    assert [f.person.name for f in facts] == ["Anne Hansen"]
    # the one who appoints is no member by it
    active = "Borgmester Anne Hansen udpegede et nyt medlem til bestyrelsen.\n"
    assert members_of_seats_filled(active, find_people(active, 0, len(active)), UnnamedChairs(), []) == []


def test_names_in_the_announcing_sentence_end_the_reading_there() -> None:
    # the sentence after the one that filled the seats is another list, here of those absent
    text = (
        "På generalforsamlingen blev valgt ét nyt medlem til bestyrelsen: Erik Fuchs fra Orø.\n\n"
        "Fraværende medlemmer: Karen Olsen, Ole Berg\n"
    )
    facts = members_of_seats_filled(text, find_people(text, 0, len(text)), UnnamedChairs(), [])
    assert [f.person.name for f in facts] == ["Erik Fuchs"]


@pytest.mark.parametrize(
    ("word", "seats_filled", "cooccurring"),
    [
        ("foreslået", True, True),  # the shared words: a proposal, a substitute, leaving, a denial
        ("suppleant", True, True),
        ("ikke", True, True),
        ("afløser", True, False),  # a predecessor: this reader's own
        ("skal", False, True),  # a modal verb, attendance: the co-occurring reader's own
        ("deltog", False, True),
    ],
)
def test_the_two_seat_readers_share_one_list_of_words_that_seat_no_one(
    word: str, seats_filled: bool, cooccurring: bool
) -> None:
    assert (NOT_FILLED.search(f"A {word} B") is not None) is seats_filled
    assert (NOT_A_SEAT.search(f"A {word} B") is not None) is cooccurring

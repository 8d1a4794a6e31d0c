"""A leader by the bare word is a title where what the leader heads follows it ("leder af planlægning", "Leder af
Unge- og Kulturcentret"), wherever a title is read (`role_patterns.ROLE_WORDS`); never the verb ("leder for tiden
arbejdet") nor the bare word alone. Excerpts quoted from dev-write documents of tests/realworld, with the (person,
role) facts they must give and those they must not."""

from __future__ import annotations

from pathlib import Path

from text_facts import RoleCase, RolePairs, assert_role_form, role_form_cases

from graphbuild.extract.role_patterns import role_of_word

CASES: list[RoleCase] = [
    (
        # danskeplanchefer-webpage-planfaggruppen-2013-2014
        "a member list's entry: the leader of what the title names, between commas after the name",
        "Planfaggruppen består med den nuværende sammensætning af følgende medlemmer\n\n"
        "Casper Toftholm, planchef, (Køge Kommune)\n"
        "Niels Peter Lauridsen, leder af planlægning, (Ringkøbing-Skjern Kommune)\n"
        "Kirsten Eldon, Afdelingsleder, Plan og Projekt, (Lemvig Kommune)\n",
        {("Niels Peter Lauridsen", "leder"), ("Casper Toftholm", "planchef")},
        {("Casper Toftholm", "leder")},
    ),
    (
        # guard, the verb: "leder" of what is done, no one's title
        "the verb 'leder' after a name is no title",
        "Ole Olsen leder for tiden arbejdet med planen, og Jens Hansen leder af og til møderne.\n",
        set(),
        {("Ole Olsen", "leder"), ("Jens Hansen", "leder")},
    ),
    (
        # guard, the bare word with nothing headed after it
        "the bare word after a name, nothing headed after it, is no title",
        "Deltagere: Ole Olsen, leder, og Jens Hansen.\n",
        set(),
        {("Ole Olsen", "leder")},
    ),
]


@role_form_cases(CASES, header="Referat\n\n", id_chars=60)
def test_a_leader_of_what_is_named_is_a_title(tmp_path: Path, text: str, present: RolePairs, absent: RolePairs) -> None:
    assert_role_form(tmp_path, text, present, absent)


def test_the_definite_leader_is_the_leader() -> None:
    # stevns-handicapraad-2021-08-19: "Lederen af Stevns Ejendomme"
    assert role_of_word("Lederen") == "leder"

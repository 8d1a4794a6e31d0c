"""The last, generic reader of members a sentence states (`role_member_cooccurring`): one body's word, a list of two
persons or more and a word of membership in one sentence, in any order. Each case quotes a real page (publisher in
the comment), with the (person, role) facts it must give and those it must not; the near misses keep the guards: two
bodies, leaving, a proposal, a chair, a list of one."""

from __future__ import annotations

from pathlib import Path

from text_facts import RoleCase, RolePairs, UnnamedChairs, assert_role_form, role_form_cases

from graphbuild.extract.people import find_people
from graphbuild.extract.role_member_cooccurring import members_cooccurring

CASES: list[RoleCase] = [
    (
        # Naturpark Lillebælt, its news on the park's new organisation (2018): a committee in lower case, each name
        # with its municipality, the chair printed before the last; the clause after the list names another body
        "a lower-case committee consists of a list, its chair left to the chair readers",
        "Det nye forretningsudvalg består af Christian Bro fra Fredericia Kommune, Peter Storm fra Middelfart Kommune "
        "og af formand Eea Haldan Vestergaard fra Kolding Kommune, som er glad for det første møde med "
        "Naturparkrådet:\n",
        {("Christian Bro", "medlem"), ("Peter Storm", "medlem"), ("Eea Haldan Vestergaard", "formand")},
        {("Eea Haldan Vestergaard", "medlem")},
    ),
    (
        # Rebild Avis, on Nørager's local council's general meeting (2016): the list before its cue
        "re-elected and newly elected to the council, the body after the cue",
        "Regnskabet blev herefter gennemgået og godkendt. I forhold til valgene så blev Gert Rubæk genvalgt, og Finn "
        "Christensen nyvalgt til lokalrådet. Ingrid Myrup blev nyvalgt som 1. suppleant.\n",
        {("Gert Rubæk", "medlem"), ("Finn Christensen", "medlem")},
        {("Ingrid Myrup", "medlem")},
    ),
    (
        # Destination Vesterhavet, on the new board of Partnerskab for Vestkystturisme (2024): a day's full stop is
        # no sentence's end ("den 4. marts")
        "a relative clause with a day in it between the board and its cue",
        "Den nye bestyrelse, der konsoliderer sig den 4. marts, består af kendingene Mogens Christen Gade, borgmester "
        "i Jammerbugt Kommune, Claus Pedersen, direktør for Ribe Fritidscenter og Svømmehal, og Frank Jensen, "
        "borgmester på Fanø.\n",
        {("Mogens Christen Gade", "medlem"), ("Claus Pedersen", "medlem"), ("Frank Jensen", "medlem")},
        set(),
    ),
]

NEGATIVE: list[RoleCase] = [
    (
        # Aabenraa Kommune's council minutes (2020): two committees named, whose member is who is not one statement
        "two bodies' words",
        "Jens Bundgaard Nielsen er medlem af Børn- og Uddannelsesudvalget og af Arbejdsmarkedsudvalget, og Gert "
        "Nordklitgaard indtræder i de samme udvalg, som Jens Bundgaard Nielsen er udpeget til.\n",
        set(),
        {("Gert Nordklitgaard", "medlem")},
    ),
    (
        "a proposal: names proposed for the board are no members",
        "Formandskabet foreslår, at Anne Hansen og Bo Jensen bliver valgt til bestyrelsen.\n",
        set(),
        {("Anne Hansen", "medlem"), ("Bo Jensen", "medlem")},
    ),
    (
        "members leaving the board",
        "Anne Hansen og Bo Jensen udtræder af bestyrelsen, der herefter består af fem medlemmer.\n",
        set(),
        {("Anne Hansen", "medlem"), ("Bo Jensen", "medlem")},
    ),
]


@role_form_cases(CASES, id_chars=60)
def test_a_body_a_list_and_a_membership_word(tmp_path: Path, text: str, present: RolePairs, absent: RolePairs) -> None:
    assert_role_form(tmp_path, text, present, absent)


@role_form_cases(NEGATIVE, id_chars=60)
def test_look_alikes_give_no_member(tmp_path: Path, text: str, present: RolePairs, absent: RolePairs) -> None:
    assert_role_form(tmp_path, text, present, absent)


def test_one_name_is_no_list_and_a_clause_after_the_list_is_not_counted() -> None:
    one = "Anne Hansen blev genvalgt til bestyrelsen.\n"
    assert members_cooccurring(one, find_people(one, 0, len(one)), UnnamedChairs(), []) == []
    two = "Anne Hansen (V) og Bo Jensen (A) sidder i styregruppen, som mødes med Ældrerådet hver måned.\n"
    facts = members_cooccurring(two, find_people(two, 0, len(two)), UnnamedChairs(), [])
    assert [f.person.name for f in facts] == ["Anne Hansen", "Bo Jensen"]


def test_the_same_list_elected_is_read_and_proposed_is_not() -> None:
    elected = "Anne Hansen og Bo Jensen blev valgt til bestyrelsen.\n"
    facts = members_cooccurring(elected, find_people(elected, 0, len(elected)), UnnamedChairs(), [])
    assert [f.person.name for f in facts] == ["Anne Hansen", "Bo Jensen"]
    proposed = "Formandskabet foreslår, at Anne Hansen og Bo Jensen bliver valgt til bestyrelsen.\n"
    assert members_cooccurring(proposed, find_people(proposed, 0, len(proposed)), UnnamedChairs(), []) == []


def test_a_list_ends_where_a_clause_goes_on_after_its_join() -> None:
    # the composition test's near miss: "og andre, siger NAME" ends the list; a title after the join goes on with it
    said = "Udvalget består af Hans Rex og andre, siger Bjarne Kvist.\n"
    assert members_cooccurring(said, find_people(said, 0, len(said)), UnnamedChairs(), []) == []
    titled = "Bestyrelsen består af direktør Sven Buhrkall, byrådsmedlem Henrik Jørgensen og byrådsmedlem Ole Ørnbøl.\n"
    facts = members_cooccurring(titled, find_people(titled, 0, len(titled)), UnnamedChairs(), [])
    assert [f.person.name for f in facts] == ["Sven Buhrkall", "Henrik Jørgensen", "Ole Ørnbøl"]

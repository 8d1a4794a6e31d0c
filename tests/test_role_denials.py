"""A post or a seat denied in its holder's clause is none (`role_denials`, asked by `role_changes.takes_post`,
`role_replacements.replaced_seats` and `role_elections.board_seat`): "NAME tiltræder ikke som formand", "NAME
overtager ikke NAME2s plads i X", "udpegede ikke NAME som medlem af bestyrelsen for X"; the same statements without
the denial, as dev-write documents print them (Hirtshals Havn, Odense Byråd, Det lokale Beskæftigelsesråd), still
give the post. A post only expected or on a condition (`not_yet`, asked by the same readers and by `role_as_title`,
`role_post_nouns` and `role_after_name`'s verb forms) is none either: "Hvis NAME bliver formand for X, …", "NAME
overtager formentlig posten som formand"."""

from __future__ import annotations

from pathlib import Path

from text_facts import RoleCase, RolePairs, assert_role_form, role_form_cases

from graphbuild.extract.role_denials import denied

HEADER = "Referat fra mødet i Økonomiudvalget den 3. marts 2021\n\n"

CASES: list[RoleCase] = [
    (
        # hirtshals-havn-news-konstituering-2014
        "a post held on, the verb after the name",
        "Advokat Anker Laden-Andersen fortsætter som formand for Hirtshals Havns bestyrelse.",
        {("Anker Laden-Andersen", "formand")},
        set(),
    ),
    (
        "a post taken, denied",
        "Jens Hansen tiltræder ikke som formand for Ældrerådet.",
        set(),
        {("Jens Hansen", "formand")},
    ),
    (
        # odense-byraad-2008-03-26
        "a board seat appointed",
        "Byrådet udpegede på det konstituerende møde den 14/12 2005 rådmand Søren Thorsager som medlem af "
        "bestyrelsen for I/S Infra Service.",
        {("Søren Thorsager", "medlem")},
        set(),
    ),
    (
        "a board seat, the appointment denied right before the name",
        "Kommunalbestyrelsen udpegede ikke Jens Hansen som medlem af bestyrelsen for I/S Infra Service.",
        set(),
        {("Jens Hansen", "medlem")},
    ),
    (
        # a dev-write minutes' form (Det lokale Beskæftigelsesråd)
        "a seat taken over",
        "I mødet deltog Iris Skov Hovmøller fra Dansk Byggeri, der til juni skal overtage Flemming Kronstens plads i "
        "Det lokale Beskæftigelsesråd.",
        {("Iris Skov Hovmøller", "medlem")},
        set(),
    ),
    (
        "a seat taken over, denied",
        "Jens Hansen overtager ikke Mette Larsens plads i Kulturudvalget.",
        set(),
        {("Jens Hansen", "medlem")},
    ),
]


@role_form_cases(CASES, HEADER)
def test_denied_posts(tmp_path: Path, text: str, present: RolePairs, absent: RolePairs) -> None:
    assert_role_form(tmp_path, text, present, absent)


def test_denied_reads_only_the_gap_and_right_before_the_name() -> None:
    text = "Da Mette ikke kom, tiltræder Jens Hansen som formand."
    name = text.index("Jens Hansen")
    assert not denied(text, name, name + len("Jens Hansen"), text.index("formand"))
    text = "Jens Hansen tiltræder ikke som formand."
    assert denied(text, 0, len("Jens Hansen"), text.index("formand"))


NOT_YET_CASES: list[RoleCase] = [
    (
        "a post taken on a condition",
        "Hvis Jens Hansen tiltræder som formand for Ældrerådet, skal der findes en ny kasserer.",
        set(),
        {("Jens Hansen", "formand")},
    ),
    (
        "a post held after a verb of being, on a condition or expected",
        "Hvis Jens Hansen bliver formand for Ældrerådet, træder Mette Larsen ud. Det forventes, at Søren Nielsen er "
        "ny næstformand for Ældrerådet fra 1. januar.",
        set(),
        {("Jens Hansen", "formand"), ("Søren Nielsen", "næstformand")},
    ),
    (
        "a post named as a post or after 'som', only expected",
        "Jens Hansen overtager formentlig posten som formand. Mette Larsen forventes at fungere som sekretær.",
        set(),
        {("Jens Hansen", "formand"), ("Mette Larsen", "sekretær")},
    ),
    (
        "a seat taken over on a condition",
        "Hvis Jens Hansen overtager Mette Larsens plads i Kulturudvalget, skal der vælges ny formand.",
        set(),
        {("Jens Hansen", "medlem")},
    ),
    (
        "a body entered on a condition or only expected; a body entered and one left stay",
        "Hvis Jens Hansen indtræder i Kulturudvalget, skal der vælges ny næstformand. Mette Larsen indtræder "
        "formentlig i Socialudvalget. Søren Nielsen træder ind i Kulturudvalget, træder ud af Socialudvalget.",
        {("Søren Nielsen", "medlem")},
        {("Jens Hansen", "medlem"), ("Mette Larsen", "medlem")},
    ),
    (
        "a title printed before the name in a conditional clause is still the name's",
        "Hvis formand Jens Hansen ikke kan deltage, leder næstformand Mette Larsen mødet.",
        {("Jens Hansen", "formand"), ("Mette Larsen", "næstformand")},
        set(),
    ),
    (
        # the forms `role_changes` and `role_after_name` were written from (dev-write news items)
        "a post taken with its date and a title after the name stay",
        "Erik Ingerslev pr. 1. juli 2019 tiltræder som ny formand. Anne Holm, Struer Kommune, er formand for DASSOS.",
        {("Erik Ingerslev", "formand"), ("Anne Holm", "formand")},
        set(),
    ),
    (
        "members elected or seated only expected or on a condition",
        "Det forventes, at Jens Hansen og Mette Larsen bliver valgt til bestyrelsen. Søren Nielsen og Ole Berg "
        "forventes valgt til bestyrelsen. Hvis Anne Holm (A) bliver nyt medlem af Ældrerådet, skal der findes en "
        "suppleant.",
        set(),
        {("Jens Hansen", "medlem"), ("Mette Larsen", "medlem"), ("Søren Nielsen", "medlem"), ("Anne Holm", "medlem")},
    ),
    (
        "members elected stay",
        "Jens Hansen, Mette Larsen og Søren Nielsen blev genvalgt til bestyrelsen.",
        {("Jens Hansen", "medlem"), ("Mette Larsen", "medlem"), ("Søren Nielsen", "medlem")},
        set(),
    ),
]


@role_form_cases(NOT_YET_CASES, HEADER)
def test_posts_not_yet_held(tmp_path: Path, text: str, present: RolePairs, absent: RolePairs) -> None:
    assert_role_form(tmp_path, text, present, absent)

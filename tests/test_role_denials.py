"""A post or a seat denied in its holder's clause is none (`role_denials`, asked by `role_changes.takes_post`,
`role_replacements.replaced_seats` and `role_elections.board_seat`): "NAME tiltræder ikke som formand", "NAME
overtager ikke NAME2s plads i X", "udpegede ikke NAME som medlem af bestyrelsen for X"; the same statements without
the denial, as dev-write documents print them (Hirtshals Havn, Odense Byråd, Det lokale Beskæftigelsesråd), still
give the post."""

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

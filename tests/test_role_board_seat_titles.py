"""A seat appointed in a board (`role_elections.board_seat`) is named as printed: "som medlem af bestyrelsen for X"
`medlem` (README rule 2), a chair by its title ("som formand i bestyrelsen for X": "formand", never "formand af
bestyrelsen"), another seat with the preposition the text prints ("som repræsentant i repræsentantskabet for X",
"som suppleant til bestyrelsen for X"), never one it does not; the dev-write form of Odense Byråd's minutes ("udpegede
… rådmand Søren Thorsager som medlem af bestyrelsen for I/S Infra Service")."""

from __future__ import annotations

from pathlib import Path

from text_facts import RoleCase, RolePairs, assert_role_form, role_form_cases

HEADER = "Referat fra mødet i Byrådet den 3. marts 2021\n\n"

CASES: list[RoleCase] = [
    (
        # odense-byraad-2008-03-26
        "a board member's seat",
        "Byrådet udpegede på det konstituerende møde den 14/12 2005 rådmand Søren Thorsager som medlem af "
        "bestyrelsen for I/S Infra Service.",
        {("Søren Thorsager", "medlem"), ("Søren Thorsager", "rådmand")},
        {("Søren Thorsager", "medlem af bestyrelsen")},
    ),
    (
        "a chair's seat in a board is the chair's title",
        "Byrådet udpegede Jens Hansen som formand i bestyrelsen for Fjernvarme Fyn.",
        {("Jens Hansen", "formand")},
        {("Jens Hansen", "formand af bestyrelsen"), ("Jens Hansen", "formand i bestyrelsen")},
    ),
    (
        "another seat keeps the preposition printed",
        "Byrådet udpegede Jens Hansen som repræsentant i repræsentantskabet for Fjernvarme Fyn og Mette Larsen som "
        "suppleant til bestyrelsen for Fjernvarme Fyn.",
        {("Jens Hansen", "repræsentant i repræsentantskabet"), ("Mette Larsen", "suppleant til bestyrelsen")},
        {("Jens Hansen", "repræsentant af repræsentantskabet"), ("Mette Larsen", "suppleant af bestyrelsen")},
    ),
]


@role_form_cases(CASES, HEADER)
def test_board_seat_titles(tmp_path: Path, text: str, present: RolePairs, absent: RolePairs) -> None:
    assert_role_form(tmp_path, text, present, absent)

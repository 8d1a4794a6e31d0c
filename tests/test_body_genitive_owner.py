"""A meeting's bare board ("Bestyrelse") named with its one owner in the genitive where the text names it so and
the header does not ("Pkt. 7 Mødeplan KTCs bestyrelse"), and the meeting's roles held there. Forms quoted (shortened)
from dev-write documents of tests/realworld/ (KTC, Trafikselskabet Movia, KL); the test split is never read while
writing these rules."""

from __future__ import annotations

from pathlib import Path

import pytest

from graphbuild.parse.body_genitive_owner import board_in_genitive
from tests.text_facts import facts_of_text, meeting_of_text, named_relations


@pytest.mark.parametrize(
    ("text", "body", "full"),
    [
        # ktc-bestyrelse-2010-11-26: an item's title in the contents
        ("Pkt. 6 KTCs skatte- og momsforhold... 6 Pkt. 7 Mødeplan KTCs bestyrelse Pkt. 8 Forberedelse", "Bestyrelse",
         "KTCs bestyrelse"),
        # movia-bestyrelse-2015-09-02
        ("10. Oplæg til Trafikplan 2016 11. Tilpasning af forretningsorden for Movias bestyrelse 12. Mødeplan for "
         "bestyrelsen 2016", "Bestyrelsen", "Movias bestyrelse"),
        # kl-bestyrelse-formandskab-webpage-2018
        ("Forretningsorden for KL's bestyrelse", "bestyrelse", "KL's bestyrelse"),
    ],
)  # fmt: skip
def test_a_bare_board_named_with_its_owner_in_the_genitive(text: str, body: str, full: str) -> None:
    assert board_in_genitive(text, body) == full


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Foreningens bestyrelse mødtes", "Bestyrelse"),  # a common noun's: whose, the text around it says
        ("KTCs bestyrelse og Movias bestyrelse holdt fællesmøde", "Bestyrelse"),  # two owners' boards: neither
        ("Regionens bestyrelse", "Bestyrelse"),  # a region is no board's owner here
        ("Holbæks bestyrelse", "Bestyrelse"),  # nor a municipality
        ("Mødeplan KTCs bestyrelse", "Økonomiudvalget"),  # the meeting's body is no bare board
        ("KTCs repræsentantskab", "Bestyrelse"),  # another body of the owner
    ],
)
def test_no_owner_where_the_text_names_no_one(text: str, body: str) -> None:
    assert board_in_genitive(text, body) is None


# ktc-bestyrelse-2010-11-26 (as printed, shortened): a flattened agenda whose header names the board bare
_KTC = (
    "1 Bestyrelsesmøde Dagsorden Møde/referat nr.: 7, 2010 Sted: KL Dato: 26. november 2010 kl Bestyrelse: Torben "
    "Nøhr TN Formand Anders Thanning AT Øvrige: Ane Marie Clausen AMC Sekretariatsleder Dagsorden: Indhold Pkt. 1 "
    "Godkendelse af referater... 1 Pkt. 7 Mødeplan KTCs bestyrelse Pkt. 8 Forberedelse af mødet med KL\n"
)


def test_the_meetings_roles_are_held_in_the_board_named_in_the_text(tmp_path: Path) -> None:
    meeting = meeting_of_text(_KTC)
    assert meeting.body_in_full == "KTCs bestyrelse"
    assert meeting.body_owner == "KTC"
    held = {(person, target) for person, target, _ in named_relations(facts_of_text(tmp_path, _KTC), "HOLDS_ROLE")}
    assert ("Torben Nøhr", "KTCs bestyrelse") in held
    assert not {target for _, target in held} & {"Bestyrelse", "Bestyrelsen"}

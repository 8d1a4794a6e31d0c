"""A board's meeting heading that names whose board it is: after the kind and a dash ("Referat - Bestyrelsesmøde nr. 13
i Naturturisme I/S"), after the day the minutes were written ("Referat 11. april 2014 Bestyrelse Væksthus …"), glued
to the weekday under it ("UngdomsskolebestyrelsesmødeMandag den 21. september 2015")."""

from __future__ import annotations

import pytest

from graphbuild.parse import parse_meeting
from graphbuild.sources import source_from_text

_ITEMS = "\n\n1. Godkendelse af dagsorden\n\nGodkendt.\n\n2. Regnskab\n\nTaget til efterretning.\n"


@pytest.mark.parametrize(
    ("head", "body"),
    [
        # naturturisme-bestyrelse-2010-11-24
        (
            "1 Referat - Bestyrelsesmøde nr. 13 i Naturturisme I/S Dato: Onsdag den 24.november 2010 Tidspunkt: kl",
            "Bestyrelsen i Naturturisme I/S",
        ),
        # vaeksthus-hovedstadsregionen-bestyrelse-2014-04-04
        (
            "1 Referat 11. april 2014 Bestyrelse Væksthus Hovedstadsregionen Dato: Fredag den 4. april 2014",
            "Bestyrelse",
        ),
        # lejre-ungdomsskolebestyrelsen-2015-09-21
        ("UngdomsskolebestyrelsesmødeMandag den 21. september 2015, kl 19-21", "Ungdomsskolebestyrelse"),
    ],
)
def test_a_boards_meeting_heading_names_the_board(head: str, body: str) -> None:
    assert parse_meeting(source_from_text(head + _ITEMS)).body == body


@pytest.mark.parametrize(
    "head",
    [
        # a date in the line, but no kind before it: a board named in passing
        "Ferie 11. april 2014 Bestyrelse Væksthus Hovedstadsregionen holder lukket",
        # the meeting word glued to another word than a weekday
        "UngdomsskolebestyrelsesmødeReferatet blev godkendt den 21. september 2015",
    ],
)
def test_near_misses_name_no_board(head: str) -> None:
    assert parse_meeting(source_from_text(head + _ITEMS)).body is None


# samsoe-kommunalbestyrelsen-2025-10-07 (and its "… i Samsø Idrætshal" of other meetings)
SAMSOE_COUNCIL = (
    "Der afholdes ordinært kommunalbestyrelsesmøde i Kantinen på rådhuset, Søtofte 10, tirsdag den 7. oktober 2025 "
    "kl. 17.30."
)


@pytest.mark.parametrize("room", ["Kantinen på rådhuset, Søtofte 10,", "Samsø Idrætshal,"])
def test_a_councils_meeting_in_a_room_names_the_council_alone(room: str) -> None:
    head = SAMSOE_COUNCIL.replace("Kantinen på rådhuset, Søtofte 10,", room)
    assert parse_meeting(source_from_text(head + _ITEMS)).body == "Kommunalbestyrelsen"


def test_a_boards_meeting_keeps_whose_board_it_is() -> None:
    # the guard reads a council's meeting only: a board's "i X" still names its owner (naturturisme-bestyrelse)
    head = "Der afholdes bestyrelsesmøde i Naturturisme I/S tirsdag den 7. oktober 2025 kl. 17.30."
    assert parse_meeting(source_from_text(head + _ITEMS)).body == "Bestyrelsen i Naturturisme I/S"

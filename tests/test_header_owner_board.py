"""A board meeting named with its owner beside the kind of record: "<Owner>, bestyrelsen", or the document's own
"X's bestyrelse" for an owner in the genitive; a common noun in the genitive or a bare meeting word names no owner."""

from __future__ import annotations

import pytest

from graphbuild.parse import parse_meeting
from graphbuild.parse.header_owner_board import owner_board
from graphbuild.sources import source_from_text

_ITEMS = "\n\n1. Godkendelse af dagsorden\n\nGodkendt.\n\n2. Regnskab\n\nTaget til efterretning.\n"


@pytest.mark.parametrize(
    ("line", "body"),
    [
        # dskf-bestyrelse-2021-12-09
        ("Referat af virtuelt DSKF bestyrelsesmøde d. 9/12-21", "DSKF, bestyrelsen"),
        # bib-landsbylaug-bestyrelse-2007-06-14
        (
            "Landsbylauget i Iller, Brunsnæs og Gammelgab Referat fra bestyrelsesmødet, afholdt den 14. juni 2007",
            "Landsbylauget i Iller, Brunsnæs og Gammelgab, bestyrelsen",
        ),
        ("Referat fra Hjerting Vandværk bestyrelsesmøde den 3. marts 2019", "Hjerting Vandværk, bestyrelsen"),
        ("Referat fra Skagen Bytings bestyrelsesmøde d. 24. november 2020.", "Skagen Bytings bestyrelse"),
    ],
)
def test_owner_board_named(line: str, body: str) -> None:
    assert owner_board(line) == body


@pytest.mark.parametrize(
    "line",
    [
        "Referat fra Foreningens bestyrelsesmøde den 3. marts 2019",  # a common noun, no owner
        "Referat af Ordinært bestyrelsesmøde den 3. marts 2019",  # the meeting's adjective
        "Referat fra bestyrelsesmødet den 3. marts 2019",  # no owner at all
        "Referat fra Skive Kommunes bestyrelsesmøde",  # a municipality
        "Vi drøftede Referat fra bestyrelsesmødet i Lokalrådet",  # a sentence, not a heading
    ],
)
def test_owner_board_none(line: str) -> None:
    assert owner_board(line) is None


def test_owner_board_is_the_meetings_body() -> None:
    text = "Referat af virtuelt DSKF bestyrelsesmøde d. 9/12-21\n\nTilstede: Henrik Holm, Louise Berg" + _ITEMS
    meeting = parse_meeting(source_from_text(text))
    assert meeting.body == "DSKF, bestyrelsen"

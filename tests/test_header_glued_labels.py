"""A portal's label glued to its value ("UdvalgBørn, Unge og Læring", "MødeforumKulturskolens bestyrelse") is a
labelled field like "Udvalg: …"; a board named with whose it is keeps that name."""

from __future__ import annotations

import pytest

from graphbuild.parse import parse_meeting
from graphbuild.parse.header_labels import header_fields
from graphbuild.parse.lines import split_lines
from graphbuild.sources import source_from_text

# stevns-boern-unge-laering-2022-06-07: the committee's name has no body's head word, only its label says it
STEVNS = (
    "Referat\n\nTirsdag d. 7 juni 2022\nMødestedHotherskolen\nUdvalgBørn, Unge og Læring\nBemærkninger\n\n"
    "Resume\n\nGodkendelse af dagsorden for BUL den 7. juni 2022\n\nBeslutning\n\nUdvalget godkender dagsordenen.\n"
)
# gribskov-kulturskolen-bestyrelsen-2017-10-25
GRIBSKOV = (
    "251017 bestyrelsesmøde\n\n\nDagsorden/Referat\nMødeforumKulturskolens bestyrelse\nOrdstyrerBjarke Elling\n"
    "ReferentErling Bevensee\n\n1Godkendelse af sidste mødereferat\nRef.Godkendt\n"
)


def test_a_glued_label_names_the_body() -> None:
    assert parse_meeting(source_from_text(STEVNS)).body == "Børn, Unge og Læring"


def test_a_glued_label_gives_the_place() -> None:
    assert header_fields(split_lines(STEVNS))["mødested"] == ["Hotherskolen"]


def test_a_board_named_with_whose_it_is_keeps_the_owner() -> None:
    assert parse_meeting(source_from_text(GRIBSKOV)).body == "Kulturskolens bestyrelse"


@pytest.mark.parametrize(
    "line",
    [
        "Udvalget godkender dagsordenen.",  # the label's word goes on in lower case: a word, no label
        "DatoerneNævnt i bilag",  # a longer word
        "Bemærkninger",
    ],
)
def test_a_word_that_opens_with_a_labels_letters_is_no_field(line: str) -> None:
    fields = header_fields(split_lines(f"Referat\n{line}\n"))
    assert "udvalg" not in fields and "dato" not in fields

"""A head word in the plural names several bodies, never the one whose meeting it is (issue 12 item 4): a member
list's group heading ("Foreningerne - afgående", dev tieren-halsnaes-*), a meeting of several
("Referat af grundejerforeningernes møde med kommunen", dev fanoe-grundejerforeninger-*), a page's prose
("Byrådene i Haderslev, Aabenraa og Tønder …", "Kommunalbestyrelserne og dets udvalg …"). The test split is never
read."""

from __future__ import annotations

import pytest

from graphbuild.parse.header_body import header_body, plural
from graphbuild.parse.lines import split_lines


@pytest.mark.parametrize(
    "text",
    [
        "Foreningerne - afgående\nFrederik Germann",
        "Referat af grundejerforeningernes møde med kommunen den 11. april 2019",
        "Udvalgene - Referat",
    ],
)
def test_bodies_in_the_plural_name_no_meeting(text: str) -> None:
    assert header_body(split_lines(text)) is None


@pytest.mark.parametrize(
    ("name", "several"),
    [
        ("Foreningerne", True),
        ("Rådene", True),
        ("Bestyrelserne", True),
        ("Kommunalbestyrelsen", False),
        ("Grønt Råd", False),
        ("Udvalget for Kultur og Fritid", False),
    ],
)
def test_plural_heads(name: str, several: bool) -> None:
    assert plural(name) is several


def test_one_body_is_still_read() -> None:
    assert header_body(split_lines("Foreningen - Referat\nForeningerne - afgående")) == "Foreningen"

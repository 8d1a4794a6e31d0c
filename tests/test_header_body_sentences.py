"""A line that opens with a body's name and goes on as a sentence is prose about the body, not the meeting's
heading (issue 12 item 4): "Borgerrepræsentationen skal som led i …" over an Økonomiudvalget item page (dev
kk-oekonomiudvalget-*), "Ejerforeningen mødes i Mødestedet …" in a local council's minutes (dev saedding-*);
a heading goes on with the meeting ("Bestyrelsen for AVV", "Byrådet den 3. maj", "Byrådet, ordinært møde").
The test split is never read."""

from __future__ import annotations

import pytest

from graphbuild.parse.header_body import header_body
from graphbuild.parse.lines import split_lines


@pytest.mark.parametrize(
    "text",
    [
        "Borgerrepræsentationen skal som led i etablering af Hovedstadens Beredskab I/S godkende budget",
        "Ejerforeningen mødes i Mødestedet onsdag, den 4. juni kl. 09.30",
        "Byggeudvalget gennemgik på mødet den 24. maj 2017 blandt andet et oplæg til",
        "Direktionen indstiller, at:",
    ],
)
def test_a_sentence_about_a_body_names_no_meeting(text: str) -> None:
    assert header_body(split_lines(text)) is None


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Bestyrelsen for AVV I/S DAGSORDEN. for møde i bestyrelsen", "Bestyrelsen"),
        ("Byrådet den 3. maj 2016", "Byrådet"),
        ("Økonomiudvalget, ordinært møde", "Økonomiudvalget"),
        ("Byrådet Beslutningsprotokol", "Byrådet"),
        ("Ældreomsorgsudvalget - Referat", "Ældreomsorgsudvalget"),
    ],
)
def test_a_heading_that_goes_on_with_the_meeting_is_taken(text: str, body: str) -> None:
    assert header_body(split_lines(text)) == body

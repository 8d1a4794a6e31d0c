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


@pytest.mark.parametrize(
    "text",
    [
        # a case's route (dev kolding-byraadet-*, the meeting's own body left out)
        "Plan- og Boligudvalget, Økonomiudvalget og .",
        # a case's history (dev aabenraa-teknik-miljoe-*, the meeting's own body left out)
        "Tillæg nr. 6 er behandlet i Teknik- og Miljøudvalget den 2. juni, i Økonomiudvalget den 15. juni og i "
        "Byrådet den 23. juni 2021.",
    ],
)
def test_a_case_route_or_history_names_no_meeting(text: str) -> None:
    assert header_body(split_lines(text)) is None


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Byrådet, Økonomiudvalget og Teknisk Udvalg", "Byrådet"),  # a council heading its committees
        ("Møde i Byrådet den 3. maj 2019", "Byrådet"),
        ("Økonomiudvalget 12-03-2019", "Økonomiudvalget"),
    ],
)
def test_a_heading_with_its_day_is_taken(text: str, body: str) -> None:
    assert header_body(split_lines(text)) == body

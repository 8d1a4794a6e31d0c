"""A committee's, a commission's or a board's meeting named by one compound word ("Økonomiudvalgsmøde",
"Beredskabskommissionsmøde", "Klagenævnsmøde") names the body as a council's does ("Ældrerådsmøde"). The real
line is dragoer-aeldreraadet-2017-04-03's ("Referat af Ældrerådsmøde den 3.april 2017"); the committee's form is
the same line with the committee's word, as the header stress test writes it (no dev-write heading prints one)."""

from __future__ import annotations

import pytest

from graphbuild.parse.header_body import header_body
from graphbuild.parse.lines import split_lines

BELOW = "\n\nDeltagere: Lone Mortensen, Poul Erik Hansen\n"


def _body(heading: str) -> str | None:
    return header_body(split_lines(heading + BELOW))


def test_the_councils_compound_still_names_the_council() -> None:
    assert _body("Referat af Ældrerådsmøde den 3.april 2017") == "Ældrerådet"


@pytest.mark.parametrize(
    ("heading", "body"),
    [
        ("Referat af Økonomiudvalgsmøde den 3.april 2017", "Økonomiudvalget"),
        ("Referat af forretningsudvalgsmøde den 3.april 2017", "Forretningsudvalget"),
        ("Beredskabskommissionsmøde den 3.april 2017", "Beredskabskommissionen"),
        ("Ekstraordinært Klagenævnsmøde – Referat 14. december 2018", "Klagenævnet"),
    ],
)
def test_a_committees_compound_names_the_committee(heading: str, body: str) -> None:
    assert _body(heading) == body


@pytest.mark.parametrize(
    "heading",
    [
        "Udvalgsmøde den 3.april 2017",  # which committee's, it does not say
        "Kommissionsmøde 08-03-2024",
        "Meddelelser – siden sidst – herunder evt. svar på referatet fra Økonomiudvalgsmødet",  # a sentence's
    ],
)
def test_a_bare_or_quoted_meeting_word_names_no_committee(heading: str) -> None:
    assert _body(heading) is None

"""Decision headings in the other nouns and layouts clerks use (issue 12 item 6): "Vedtagelse", "Afgørelse i
<body> den <date>", "Beslutning på mødet", and a body's name with a date alone on a line (no colon) when the
decision follows it (Næstved's "Teknisk Udvalg, 11.12.2017", Middelfart's "Skoleudvalget den 8. september 2015.");
the same line before the case's "Indstilling" (Thisted) or in a history list is no decision heading. Cases are
written from dev documents and varied by hand; the test split is never read."""

from __future__ import annotations

import pytest

from graphbuild.extract import extract_facts
from graphbuild.parse import parse_meeting
from graphbuild.parse.sections import heading_kind, inline_heading
from graphbuild.sources import source_from_text

HEADINGS = [
    ("Vedtagelse", "beslutning"),
    ("VEDTAGELSE:", "beslutning"),
    ("Beslutning på mødet", "beslutning"),
    ("Beslutninger fra mødet", "beslutning"),
    ("Afgørelse i Økonomiudvalget den 3. maj 2019", "beslutning"),
    ("Vedtagelse i Byrådet den 03-05-2019", "beslutning"),
    ("Afgørelse i Økonomiudvalget", "beslutning"),
    # a title's phrase is no heading
    ("Endelig vedtagelse", None),
    ("Vedtagelse af lokalplan 12 den 3. maj 2019", None),
]


@pytest.mark.parametrize(("line", "expected"), HEADINGS)
def test_decision_heading_nouns(line: str, expected: str | None) -> None:
    assert heading_kind(line) == expected


INLINE = [
    ("Vedtagelse: Godkendt.", ("Vedtagelse", "beslutning", 12)),
    ("Udvalgets beslutning: Udsat.", ("Udvalgets beslutning", "beslutning", 22)),
    ("Protokol: Godkendt.", ("Protokol", "beslutning", 10)),
    ("Byrådets beslutning:  Taget til efterretning.", ("Byrådets beslutning", "beslutning", 22)),
    # a label of another kind, or a sentence with a colon, opens no decision
    ("Fraværende: Stén Knuth (V)", None),
    ("Udvalget besluttede følgende: at udsætte sagen.", None),
]


@pytest.mark.parametrize(("line", "expected"), INLINE)
def test_a_decision_heading_with_its_decision_on_the_line(line: str, expected: tuple[str, str, int] | None) -> None:
    assert inline_heading(line) == expected


_HEADER = "Referat\n\nTeknisk Udvalg\n\nMødedato: 11. december 2017\n\n"
_CASE = "1. Vejbelysning\n\nIndstilling\n\nForvaltningen indstiller, at planen tages til efterretning.\n\n"
DATED_LINES = [
    # the body and the meeting's day alone, then the decision (after a line of who was absent, too)
    (_CASE + "Teknisk Udvalg, 11.12.2017\n\nGodkendt.\n", "approved"),
    (_CASE + "Teknisk Udvalg, 11.12.2017\n\nHanne Sørensen var fraværende\n\nUdsat.\n", "postponed"),
    (_CASE + "Teknisk Udvalg den 11. december 2017.\n\nTaget til efterretning.\n", "noted"),
    (_CASE + "Teknisk Udvalg, 11. december 2017, pkt. 4\n\nTeknisk Udvalg anbefaler indstillingen.\n", "endorsed"),
    (_CASE + "Teknisk Udvalg 11.12.2017\n\nUdsat.\n", "postponed"),
    (_CASE + "Udvalgets beslutning: Udsat.\n", "postponed"),
    # an earlier body's dated line is the case's history, not this meeting's decision
    (_CASE + "Økonomiudvalget, 3.12.2017\n\nAnbefales.\n\nBeslutning\n\nGodkendt.\n", "approved"),
]


@pytest.mark.parametrize(("text", "expected"), DATED_LINES)
def test_a_body_and_a_date_alone_head_the_decision(text: str, expected: str) -> None:
    facts = extract_facts(parse_meeting(source_from_text(_HEADER + text)))
    assert [i.outcome for i in facts.items] == [expected]


def test_a_dated_body_line_before_the_case_heads_nothing() -> None:
    body = "Teknisk Udvalg den 11. december 2017\n\nIndstilling\n\nGodkendt af formanden.\n"
    text = _HEADER + "1. Vejbelysning\n\n" + body
    meeting = parse_meeting(source_from_text(text))
    assert [s.kind for s in meeting.items[0].sections] == ["indstilling"]

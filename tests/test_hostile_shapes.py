"""Hostile shapes of text (benchmarks/bench_hostile.py): the result, never the time. Parse and extract
report no failure, read the one agenda item, and invent no person from text that names none. The
patterns made linear for these shapes keep their answers (checked against the old definitions)."""

from __future__ import annotations

import random
import re

import pytest

from benchmarks.bench_hostile import HEAD, SHAPES, _document
from graphbuild.extract.core import extract_facts, failures_of
from graphbuild.extract.decision_asides import _ATTENDANCE_SENTENCE, _DISSENT_SENTENCE
from graphbuild.extract.outcome_prose import _EARLIER_MEETING
from graphbuild.parse import parse_meeting
from graphbuild.parse.attendance_list_ends import in_bracket
from graphbuild.parse.flat_lists import LEADER_PAGE

# shapes whose text holds no name of a person: every person found would be invented
NAMELESS = {
    "nested brackets",
    "digits and dots",
    "long digit run",
    "dash leaders",
    "underscore leaders",
    "dot leaders",
    "dot leaders then page number",
    "repeated labels",
    "whitespace runs",
    "blank lines",
    "numbered headings without text",
}


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_hostile_shape_is_read_without_failure_or_invented_people(shape: str) -> None:
    meeting = parse_meeting(_document(HEAD + SHAPES[shape](8000)))
    facts = extract_facts(meeting)
    assert failures_of(facts.errors) == []
    assert [item.title for item in meeting.items] == ["Godkendelse af dagsorden"]
    if shape in NAMELESS:
        assert meeting.attendance == []
        assert [e.name for e in facts.entities if e.type == "Person"] == []


def _old_in_bracket(text: str, pos: int) -> bool:
    before = text[text.rfind("\n", 0, pos) + 1 : pos]
    return before.count("(") > before.count(")")


def test_in_bracket_answers_as_counting_the_line_before() -> None:
    rng = random.Random(5)
    for _ in range(200):
        text = "".join(rng.choice("ab()\n: ") for _ in range(rng.randint(0, 60)))
        for pos in range(len(text) + 1):
            assert in_bracket(text, pos) == _old_in_bracket(text, pos), (text, pos)


def test_anchored_leader_finds_what_the_unanchored_found() -> None:
    unanchored = re.compile(r"\.{3,}\s*\d{1,3}\b\s*")
    rng = random.Random(9)
    for _ in range(500):
        text = "".join(rng.choice("....1 2a\n") for _ in range(rng.randint(0, 50)))
        assert [m.span() for m in LEADER_PAGE.finditer(text)] == [m.span() for m in unanchored.finditer(text)]


@pytest.mark.parametrize("pattern", [_ATTENDANCE_SENTENCE, _DISSENT_SENTENCE, _EARLIER_MEETING])
def test_sentence_patterns_tried_at_sentence_starts_remove_what_they_removed_before(pattern: re.Pattern[str]) -> None:
    anchor = "(?:^|(?<=[.\\n]))"
    assert anchor in pattern.pattern
    unanchored = re.compile(pattern.pattern.replace(anchor, "", 1))
    words = ["Lis", "meldt afbud", "afbud fra", "forlod mødet", "kl", "18", "stemmer imod", "tog forbehold"]
    words += ["møde den", "møde d.", "3", "x"]
    rng = random.Random(11)
    for _ in range(400):
        text = "".join(
            rng.choice(words) + rng.choice([" ", " ", ". ", ".", "\n", ", "]) for _ in range(rng.randint(0, 14))
        )
        assert pattern.sub("|", text) == unanchored.sub("|", text), text

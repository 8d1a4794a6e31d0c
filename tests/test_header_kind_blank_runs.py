"""Agenda items' numbered lines are found beside a run of thousands of blank lines in linear time: the pattern read
each line's white space across the lines below ("^\\s*…\\s*"), so such a run cost cubic time (5,000 blank lines:
minutes of parsing; found by fuzzing parse + extract over mutated dev-write documents)."""

from __future__ import annotations

from graphbuild.parse import parse_meeting
from graphbuild.parse.header_kind import numbered_lines
from graphbuild.sources import source_from_text

ITEMS = "1. Godkendelse af dagsorden\n   2. Meddelelser\nPunkt\n3 Budget\n"


def test_numbered_lines_after_blank_lines_are_found() -> None:
    assert numbered_lines("Referat\n" + "\n \n" * 10 + ITEMS)
    assert not numbered_lines("Referat\n" + "\n" * 10 + "1. Godkendelse af dagsorden\n")  # one line alone: no list
    assert not numbered_lines("Referat\n\n\n1.\n\n")  # a number with no title


def test_a_run_of_blank_lines_is_read_in_linear_time() -> None:
    text = "Referat\n" + ITEMS + "\n" * 3000 + "Mødet sluttede"  # blank lines before no numbered line
    assert numbered_lines(text[:20000])
    parse_meeting(source_from_text(text))

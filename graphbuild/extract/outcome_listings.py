"""A decision text that only lists the item's sub-items by their headings ("2. a. Syddanske styrkepositioner /
2. b. Spirende klynger", "Orientering fra følgegrupperne: a) Affaldsgruppen b) Bjørneklogruppen"): the points the
item was to take, no record of what the meeting did with them, so no decision (none, by the written rule)."""

from __future__ import annotations

import re

from graphbuild.extract.decision_rules import WEAK_RULES, first_form

# a sub-item's heading: its letter ("a)", "b.", "B."), after the item's own number ("2. a."), then a few words
_SUB_ITEM_HEADING = re.compile(r"^\s*(?:\d{1,2}\.\s*)?(?:[a-zæøå]\)|[a-zæøåA-ZÆØÅ]\.)\s+(?P<heading>\S.*?)\s*$")
_MOST_WORDS = 8  # a longer line is a sentence about the sub-item, not its heading
_LEAD_LINE = re.compile(r":\s*$")  # "Orientering fra følgegrupperne:", the line that introduces the list


def _is_heading(line: str) -> str | None:
    """The heading of a sub-item line, or None where the line is no sub-item's bare heading."""
    match = _SUB_ITEM_HEADING.match(line)
    if match is None:
        return None
    heading = match["heading"]
    if heading.endswith(".") or len(heading.split()) > _MOST_WORDS:
        return None  # a full stop or many words: a sentence, what was said or done about it
    return heading


def sub_item_headings_only(decision: str) -> bool:
    """Every line of the decision is a sub-item's heading (two or more), after at most one line introducing them
    with a colon, and the headings print no form of the table."""
    lines = [line for line in decision.splitlines() if line.strip()]
    if lines and _LEAD_LINE.search(lines[0]) and _is_heading(lines[0]) is None:
        lines = lines[1:]
    if len(lines) < 2:
        return False
    headings = [_is_heading(line) for line in lines]
    if any(heading is None for heading in headings):
        return False
    listed = "\n".join(heading for heading in headings if heading is not None)
    return first_form(listed) is None and first_form(listed, WEAK_RULES) is None

"""The list of names an election or an appointment names, as `role_board_elections` and
`role_elected_over_lines` read it: names joined by commas, "og" or "samt", each maybe with a party's or a place's
bracket or a place after a comma or "fra" ("A (A), B, Aarhus og C fra Odder"); the list that ends right before a
verb and the list that opens right after one."""

from __future__ import annotations

import re
from bisect import bisect_left

from graphbuild.extract.people import PersonMention

# between two names of the list: a party or a place, then a comma, "og" or "samt"
NAME_TAIL = (
    r"(?:[ \t]*\([^()\n]{1,40}\))?(?:[ \t]*,[ \t]*[A-ZÆØÅ][\wæøå-]*(?:[ \t]+[Kk]ommune)?(?=[ \t]*(?:,|og|samt)[ \t])|"
    r"[ \t]+fra[ \t]+[A-ZÆØÅ][\wæøå-]*(?:[ \t]+[Kk]ommune)?)?"
)
# (the blanks before the join read once: as ``[ \t]*`` beside ``[ \t]+og``, a line of blanks was shared every way)
JOIN = re.compile(rf"{NAME_TAIL}(?:[ \t]++(?:og|samt)[ \t]+|[ \t]*+,[ \t]*(?:(?:og|samt)[ \t]+)?)")
TAIL = re.compile(NAME_TAIL)
LEAD = re.compile(r"[ \t]*")


def names_before(
    text: str, people: list[PersonMention], starts: list[int], pos: int, tail: re.Pattern[str] = TAIL
) -> list[PersonMention]:
    """The list of names that ends right before pos ("A (A), B og C (V)"), in order, `tail` all that stands between
    the last name and pos; none when pos follows no name."""
    index = bisect_left(starts, pos) - 1
    if index < 0 or people[index].end > pos or not tail.fullmatch(text, people[index].end, pos):
        return []
    names = [people[index]]
    while index > 0:
        previous = people[index - 1]
        if previous.end > names[0].start or not JOIN.fullmatch(text, previous.end, names[0].start):
            break
        names.insert(0, previous)
        index -= 1
    return names


def names_after(text: str, people: list[PersonMention], starts: list[int], pos: int) -> list[PersonMention]:
    """The list of names that opens at pos ("A og B (V) …"), in order; none when no name opens there."""
    index = bisect_left(starts, pos)
    if index >= len(people) or LEAD.fullmatch(text, pos, people[index].start) is None:
        return []
    names = [people[index]]
    for p in people[index + 1 :]:
        if p.start < names[-1].end or not JOIN.fullmatch(text, names[-1].end, p.start):
            break
        names.append(p)
    return names

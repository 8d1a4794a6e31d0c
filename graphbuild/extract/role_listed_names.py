"""The names the roles step reads beside those the name reader found: a name the meeting's attendance list gave
(parse read it as an entry of the list) that the name reader did not know ("Fremmødt: …, Bent Larsen og Kirja
Kongsbak." with "Kirja" in no list of first names), at its entry and wherever the text prints it again ("Kirja
Kongsbak blev budt velkommen som nyt medlem af Ældrerådet."), so that a title or a seat printed with it is read."""

from __future__ import annotations

import re
from bisect import bisect_left

from graphbuild.extract.mentions import Mention
from graphbuild.extract.people import PersonMention
from graphbuild.models import Attendance

# a name of two to four capitalised words (a middle initial allowed, first names by their initials: "C.C. Nielsen"),
# as a list entry prints a person's
LISTED_NAME = re.compile(r"(?:(?:[A-ZÆØÅ]\.){1,3}|[A-ZÆØÅ][\wæøå'-]+)(?:[ \t]+(?:[A-ZÆØÅ]\.?|[A-ZÆØÅ][\wæøå'-]+)){1,3}")


def with_listed_names(
    text: str, people: list[PersonMention], rows: list[Attendance], mentions: list[Mention]
) -> list[PersonMention]:
    """`people` and, for each attendance entry's name no found name overlaps, that name at every place the text
    prints it whole and nothing found (a person, a body, a place) overlaps it; sorted by start."""
    taken = [(p.start, p.end) for p in people] + [(m.start, m.end) for m in mentions]
    taken.sort()
    starts = [a for a, _ in taken]
    names = {
        row.name
        for row in rows
        if LISTED_NAME.fullmatch(row.name)
        and text[row.start : row.end] == row.name
        and _free(starts, taken, row.start, row.end)
    }
    if not names:
        return people
    added = [
        PersonMention(start, start + len(name), name)
        for name in sorted(names)
        for start in _whole_places(text, name)
        if _free(starts, taken, start, start + len(name))
    ]
    return sorted([*people, *added], key=lambda p: p.start)


def _whole_places(text: str, name: str) -> list[int]:
    """Where the text prints the name as whole words."""
    places: list[int] = []
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        if (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            places.append(at)
        at = text.find(name, end)
    return places


def _free(starts: list[int], taken: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether nothing found overlaps text[start:end] (the spans found are short: the last few before end suffice)."""
    index = bisect_left(starts, end)
    return not any(a < end and start < b for a, b in taken[max(0, index - 8) : index])

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
        if LISTED_NAME.fullmatch(row.name) and text[row.start : row.end] == row.name and _free(starts, taken, row)
    }
    if not names:
        return people
    added = [
        PersonMention(found.start(), found.end(), name)
        for name in sorted(names)
        for found in re.finditer(rf"(?<![\wæøå]){re.escape(name)}(?![\wæøå])", text)
        if _free(starts, taken, found)
    ]
    return sorted([*people, *added], key=lambda p: p.start)


def _free(starts: list[int], taken: list[tuple[int, int]], span: Attendance | re.Match[str]) -> bool:
    """Whether nothing found overlaps the span."""
    start, end = (span.start, span.end) if isinstance(span, Attendance) else (span.start(), span.end())
    index = bisect_left(starts, end)
    return not any(a < end and start < b for a, b in taken[max(0, index - 8) : index])

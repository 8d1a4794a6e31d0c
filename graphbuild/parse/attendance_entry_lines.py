"""What a list of one entry a line holds after an entry's name that is no sentence ending the list: a short
remark after the entry's full stop with the next entry on the next line ("Karina Bergmann grundet arbejde. Der
er ingen suppleant"), the reason an absent member was away ("på grund af sygdom i familien"), an entry's
annotation or association on its own line ("Name - whom for", "Name, Association"), the rest of a bulleted entry
a flattening ran on."""

from __future__ import annotations

import re

from graphbuild.parse.attendance_names import read_name
from graphbuild.parse.attendance_rows import Row
from graphbuild.parse.attendance_stand_ins import ATTACHED
from graphbuild.parse.lines import end_of_line
from graphbuild.vocab.reference import first_names

# after a name in a list of the absent, why the member was away: "grundet arbejde", "pga. ferie", "på grund af
# sygdom i familien", "som følge af anden aftale"
REASON_REST = re.compile(
    r"(?i)[ \t,\-–]*(?:grundet|pga\.?|på[ \t]+grund[ \t]+af|som[ \t]+følge[ \t]+af|begrundet[ \t]+i)"
    r"[ \t]+[^\n()]{1,50}?[ \t.]*"
)


_ENTRY_LINE_LEAD = re.compile(r"[ \t•*·-]*")


def _opens_with_name(text: str, pos: int, end: int) -> bool:
    """The line at ``pos`` opens with a person's name (after a bullet), its first name a known one."""
    at = _ENTRY_LINE_LEAD.match(text, pos, end)
    start = at.end() if at else pos
    line_end = text.find("\n", start, end)
    hit = read_name(text, start, line_end if line_end >= 0 else end)
    return hit is not None and hit.start == start and hit.name.split()[0] in first_names()


def remark_before_next_entry(text: str, stop: int, after: int, end: int) -> int | None:
    """Where the next entry starts when the full stop at ``stop`` ends an entry line's first sentence and a
    short remark closes the line ("Karina Bergmann grundet arbejde. Der er ingen suppleant"), the line opened
    with a name and the next line opens with another: one entry a line, the list goes on."""
    line_end = text.find("\n", after, end)
    if line_end < 0 or not 0 < len(text[after:line_end].strip()) <= 80:
        return None
    if not _opens_with_name(text, text.rfind("\n", 0, stop) + 1, stop):
        return None
    following = line_end
    while following < end and text[following].isspace():
        following += 1
    return following if following < end and _opens_with_name(text, following, end) else None


# the start of a line up to a piece that follows a name's entry on it: "Jan Ferdinandsen - ", "Ole Berg, "
_ENTRY_LEAD = re.compile(r"[ \t•*·-]*[A-ZÆØÅ][^\n]*?(?:,|[ \t][-–])[ \t]*")
_LEAD_MARKS = " \t•*·-"  # _ENTRY_LEAD's marks before the name
_CAPITALS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZÆØÅ")


def _opens_an_entry(text: str, line_start: int, end: int) -> bool:
    """``_ENTRY_LEAD.fullmatch(text, line_start, end)`` for the start of a line up to ``end`` (no newline in it),
    read at its two ends instead of tried at every place between (a flattened page is one line, asked again for every
    piece on it): the marks, then a capital; at the end a comma or a blank and a dash after the capital, and blanks."""
    first = line_start
    while first < end and text[first] in _LEAD_MARKS:
        first += 1  # the marks run as far as they go: none of them is a capital
    if first >= end or text[first] not in _CAPITALS:
        return False
    last = end
    while last > first + 1 and text[last - 1] in " \t":
        last -= 1  # the separator ends where the blanks after it begin
    if last - 1 > first and text[last - 1] == ",":
        return True
    return last - 2 > first and text[last - 1] in "-–" and text[last - 2] in " \t"


# a line that begins with a name and goes on as a list entry does: "Erik Kjærsgaard - Teknisk Udvalg", "Anton
# Pedersen, Grundejerforeningen …", "Hans Hansen (A)"
_ENTRY_AFTER_NAME = re.compile(r"[ \t]*(?:[,(\-–]|\n|$)")


def annotation_of_entry_line(text: str, s: int, e: int) -> bool:
    """In a list of one entry a line ("Name - whom for", "Name, Association"), the piece after the entry's
    name on its line is its annotation ("formand for Teknisk Udvalg", "Foreningen af sommerhusejere ved Bjerges
    Leje", "det har ikke været muligt at få fat på suppleanten") when the next line begins another entry: the
    list goes on."""
    if "\n" in text[s:e].strip():
        return False
    line_start = text.rfind("\n", 0, s) + 1
    if not _opens_an_entry(text, line_start, s):
        return False
    line_end = text.find("\n", e)
    if line_end < 0:
        return False
    following = line_end  # the next line's first character, blank lines skipped (no copy of the rest)
    while following < len(text) and text[following].isspace():
        following += 1
    next_end = text.find("\n", following)
    hit = read_name(text, following, next_end if next_end >= 0 else len(text))
    return (
        hit is not None
        and hit.start == following
        and hit.name.split()[0] in first_names()
        and _ENTRY_AFTER_NAME.match(text, hit.end) is not None
    )


def rest_of_entry_line(text: str, s: int, e: int, rows: list[Row]) -> bool:
    """The piece stands on the line of the list's last name, and the list holds one entry a line
    (the line ends within the piece, and the previous line began with that name or its title)."""
    if not rows or "\n" in text[rows[-1].end : s] or "\n" in text[s:e].rstrip("\n"):
        return False
    if _rest_of_bulleted_entry(text, s, e, rows[-1]):
        return True
    line_start = text.rfind("\n", 0, rows[-1].start) + 1
    before_name = text[line_start : rows[-1].start]
    bulleted = before_name.lstrip()[:1] in ("•", "·", "*", "-", "–")
    line_ends = e >= len(text) or text[e] == "\n" or text[e : e + 1] in ",;"
    # "Toni Lykke Christiansen, Dyrenes Beskyttelse" on a line of its own, the name opening the line: one entry
    # a line, "Name, Association", and the piece is the association the member comes for
    # (the piece ends the line, or only whom the member stands in for follows it)
    line_rest = text[e : end_of_line(text, e)]
    name_opens_line = (
        not before_name.strip()
        and text[rows[-1].end : s].strip(" \t") == ","
        and (not line_rest.strip() or ATTACHED.match(line_rest.lstrip(" \t,;")) is not None)
    )
    return (bulleted or rows[-1].role is not None or name_opens_line) and len(before_name.split()) <= 5 and line_ends


def _rest_of_bulleted_entry(text: str, s: int, e: int, last: Row) -> bool:
    """A bulleted list flattened onto one line ("• Direktør C.C. Nielsen, Nielsen & Nielsen Holding A/S •
    Koncerndirektør …"): the piece stands in the last name's entry, after at most a title and before
    the next bullet."""
    bullet = text.rfind("•", 0, last.start)
    if bullet < 0 or "\n" in text[bullet : last.start] or len(text[bullet + 1 : last.start].split()) > 5:
        return False
    return "•" not in text[last.end : s] and text[e : e + 1] == "•"

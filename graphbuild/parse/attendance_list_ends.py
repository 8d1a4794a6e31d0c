"""Where an attendance list ends: the next label of any field ("Bemærkninger:", "Referent:") that is no office's
("Formand:") and stands outside a bracket its line opened ("(Stedfortræder: Conni Bergendorff)" annotates an entry);
in a list of those present a heading of one group of them, or a group's heading with its names after it on its
line, ends none."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from functools import lru_cache

from graphbuild.models import AttendanceStatus
from graphbuild.parse.attendance_groups import group_heading_at, group_heading_start, inline_group_end
from graphbuild.parse.attendance_names import COUNCIL_OFFICE, STATUS_VALUE
from graphbuild.parse.flat_lists import TABLE_HEAD

# Any label ("Bemærkninger:", "Referent:", "Til stede:"), not an office ("Formand:") or "Medlem:". Written
# to open with its capital (a pattern that opens with a look-behind is tried at every position, one that
# opens with a character class is scanned for at C speed); the office is then asked at each match's start.
# A match is a capital, lower-case letters, spaces and a colon, so no other match starts inside a refused one.
_ANY_LABEL = re.compile(r"[A-ZÆØÅ](?<![\w-].)[a-zæøå]+(?:[ \t][a-zæøå]+){0,2}:(?!\d)")

_OFFICE_LABEL = re.compile(rf"(?i:{COUNCIL_OFFICE}|medlem)\b")


def any_labels(text: str, pos: int, end: int) -> Iterator[re.Match[str]]:
    """Every label in text[pos:end] that is not an office's, left to right."""
    for label in _ANY_LABEL.finditer(text, pos, end):
        if _OFFICE_LABEL.match(text, label.start(), end) is None and not in_bracket(text, label.start()):
            yield label


def in_bracket(text: str, pos: int) -> bool:
    """Whether ``pos`` is inside a bracket its line opened: "Torben Hoffmann (Stedfortræder: Conni Bergendorff)"
    annotates an entry, its label heads no list. More "(" than ")" between the line start and ``pos``, read
    from the text's bracket marks (counted once per text: a giant line with a label every few characters
    would otherwise be counted again for each label, quadratic on hostile text)."""
    reach = max(0, pos - _BRACKET_REACH)
    newline = text.rfind("\n", reach, pos)
    if newline >= 0 or reach == 0:  # a line of ordinary length: its brackets counted up to pos
        return text.count("(", newline + 1, pos) > text.count(")", newline + 1, pos)
    positions, balances = _bracket_marks(text)
    last = bisect_left(positions, pos) - 1  # the last mark before pos
    return last >= 0 and balances[last] > 0


_BRACKET_REACH = 2000  # a line start further back than this: the text's bracket marks are read instead

_BRACKET_OR_LINE_END = re.compile(r"[()\n]")


@lru_cache(maxsize=4)
def _bracket_marks(text: str) -> tuple[list[int], list[int]]:
    """Where each "(", ")" and line end stands, and after each the count of "(" less ")" since the line began."""
    positions: list[int] = []
    balances: list[int] = []
    balance = 0
    for mark in _BRACKET_OR_LINE_END.finditer(text):
        balance = 0 if mark[0] == "\n" else balance + (1 if mark[0] == "(" else -1)
        positions.append(mark.start())
        balances.append(balance)
    return positions, balances


# a header's field that names one post's holder, printed with no colon: on a line of its own over the name
# ("Afbud/Fraværende\nSekretær\nMie Helene Andresen"), or on a flattened line after the list's last entry and before the
# holder's name ("… Anne Andersen KKR Sjælland Referent Povl Skov - Sekretariatet"), the list's last entry's full stop
# before it too ("Afbud: Hanne Dahl. Mødeleder Ole Berg. Referent Sofie Kragh."), or the guests' ("… Afbud: Hanne Dahl
# Gæst Jens Lund Rambøll"); in an entry's bracket or after
# its comma it is the entry's post ("Gry Errboe (referent)", "Marlene Haugaard, referent"), lower case
_POST_FIELD = re.compile(
    r"(?:(?<=\n)|(?<=[\w).][ \t]))(?:Referent|Sekretær|Ordstyrer|Dirigent|Mødeleder|Protokolfører|Gæster|Gæst)"
    r"(?:[ \t]*\n[ \t]*\n?|[ \t]+)(?=[A-ZÆØÅ][a-zæøå]+[ \t]+[A-ZÆØÅ])"
)
# the same of a contact's or a case's field ("… Afbud: Jannie Rasmussen Kontaktperson Tilde Olsen"): in any list, the
# contact is no one who came (a secretary at the meeting may be, so the post's field ends only a list of the absent)
_CONTACT_FIELD = re.compile(
    r"(?:(?<=\n)|(?<=[\w).][ \t]))(?:Kontaktperson|Sagsbehandler)"
    r"(?:[ \t]*\n[ \t]*\n?|[ \t]+)(?=[A-ZÆØÅ][a-zæøå]+[ \t]+[A-ZÆØÅ])"
)


def next_heading(text: str, pos: int, end: int, status: AttendanceStatus) -> re.Match[str] | None:
    """The next label that ends a list ("Bemærkninger:", "Referent:", a post's field with no colon); in a list of
    those present, a heading of one group of them on a line of its own with names below ends none, nor in any list
    a group's heading with its names after it on its line."""
    post = _POST_FIELD.search(text, pos, end) if status != "present" else None
    reach = post.start() if post else end
    gated = text.find("Kontaktperson", pos, reach) >= 0 or text.find("Sagsbehandler", pos, reach) >= 0
    contact = _CONTACT_FIELD.search(text, pos, reach) if gated else None  # the field's word first: a cheap gate
    post = contact or post
    for stop in any_labels(text, pos, post.start() if post else end):
        # mid-line, a group's heading goes on with a list of those present; one of the absent only right after its
        # label ("Fraværende: Forældrevalgte: Dorte Myhre"): "Afbud: A, B. Fra forvaltningen: C" names others who came
        mid_line = status == "present" or not text[pos : stop.start()].strip()
        group_start = group_heading_start(text, stop.start())
        if inline_group_end(text, group_start, mid_line) is not None or STATUS_VALUE.match(text, stop.end()):
            continue  # "Arne Leyh Petersen: Afbud": a member's surname and the status the entry gives, no label
        if status != "present" or not group_heading_at(text, stop.start()):
            return stop
    return post


# a contents list's heading run on after a flattened header's list ("Afbud: Bruno Hansen, Susanne Gustenhoff
# Indholdsfortegnelse 1. …"); only the word no other heading shares, as the document prints it
_CONTENTS_HEADING = re.compile(r"(?<![\w-])(?:Indholdsfortegnelse|INDHOLDSFORTEGNELSE)(?![\w-])")


def contents_start(text: str, pos: int, end: int) -> int | None:
    """Where a contents list opens in text[pos:end], its heading or its table's head ("Punkt Indhold Bilag 1 …"):
    on a flattened page it may follow a list's last name directly, and its titles are no entries."""
    starts = [m.start() for m in (TABLE_HEAD.search(text, pos, end), _CONTENTS_HEADING.search(text, pos, end)) if m]
    return min(starts, default=None)

"""The parts of a document that record another meeting: a case's history and quoted decisions of
other bodies. Attendance said there ("X deltog ikke i sagens behandling", "Y tog forbehold") was
at that meeting, not at this one.

Two forms open such a part:

- a history heading: "Sagsforløb", "Sagens forløb", "Tidligere behandling", "Tidligere beslutninger",
  "Historik" (alone on its line, or with the first entry after it: "Sagens forløb 25-03-2019
  Magistraten"). The history lists entries, each opened by a short line with its date ("17-08-2020
  Magistraten", "Dato: 19-08-2025", "Økonomiudvalget, 15. marts 2016.", "Magistraten den 2. september
  2025 punkt 12"); an entry of this meeting's own date is this meeting's record and is kept.
- a decision heading of another day: "Beslutning i Magistraten den 19-08-2019", "Økonomiudvalget den
  3. marts 2021:", "Miljø- og klimaudvalgets beslutning den 2. november 2022:" when the day is not this
  meeting's.
- a body's record of the item by day and item number, of another day: "Direktionen, 3. februar 2020, pkt.
  1:", "Kultur- og Idrætsudvalget, 03-04-2019, pkt. 42" (up to the next such line).

The part runs to the next section heading or the next item; an attendance heading under the part
("Fraværende:" after "Beslutning fra Rådet, 1. september 2025, pkt. 73:") is the part's own.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from datetime import date

from graphbuild.parse.attendance_history_flattened import flattened_records
from graphbuild.parse.attendance_reading import CueWords
from graphbuild.parse.dates import find_dates
from graphbuild.parse.sections import heading_kind, inline_heading

# a history heading, with at most a short rest on its line (the first entry's date and body)
_HISTORY_HEADING = re.compile(
    r"(?i)^(?:sagsforløb|sagens\s+forløb|sagens\s+tidligere\s+behandling(?:er)?|"
    r"tidligere\s+(?:politisk\s+)?behandling(?:er)?|tidligere\s+beslutning(?:er)?|historik)\b\s*:?(?P<rest>.{0,80})$"
)
# the bodies' abbreviations after a history heading's colon, the route of the case as a field's value ("HAR",
# "ØU, BY", "TMU/ØK")
_ROUTE_CODES = re.compile(r"[A-ZÆØÅ]{2,6}(?:[ \t]*[,/-][ \t]*[A-ZÆØÅ]{2,6}|[ \t]+[A-ZÆØÅ]{2,6})*")
# "Beslutning i Magistraten den 19-08-2019: Anbefales.": a decision heading with its text on its line
_INLINE_DECISION = re.compile(r"(?i)^beslutning\s+(?:i|fra)\s+[^:\n]{2,80}?:")
# "Miljø- og klimaudvalgets beslutning den 2. november 2022:": a body's dated decision, its name of several words
_BODY_DECISION = re.compile(r"(?i)^[A-ZÆØÅ][^\n:.]{0,80}?\s+beslutning\s+(?:den|d\.)\s+[^\n:]{6,30}:?$")
# "Teknik- og Miljøudvalget, 10. september 2019, pkt. 65:", "Kultur- og Idrætsudvalget, 03-04-2019, pkt. 42": a
# body's handling of the item by day and item number, each body's record under its own such line
_BODY_DAY_ITEM = re.compile(
    r"(?i)^(?:beslutning\s+(?:i|fra)\s+)?[A-ZÆØÅ][^\n:,]{1,60}(?:,[^\n:,]{1,40}){0,2}?,[^\n:,]{6,30},\s*(?:pkt|punkt)\.?\s*\d+\s*:?$"
)
# an attendance heading ("Fraværende:", "Afbud", "Deltog ikke:") under another meeting's decision lists who
# missed that meeting: it is part of the record, not a heading that ends it
_ATTENDANCE_HEADING = re.compile(
    r"(?i)^(?:fraværende|fravær|afbud|forfald|deltog\s+ikke|ikke\s+til\s+stede|til\s+stede|tilstede|deltagere)\b"
)
_CUES = ("forløb", "tidligere", "historik", "beslutning", "pkt", "punkt")
HISTORY_CUES = _CUES  # for the document's one pass over its cue words
_SHORT_LINE = 120
_ENTRY_WORDS = 12  # an entry's opening line is short: a date and a body, perhaps an item number
_ENTRY_DATE_WITHIN = 60
_MAX_SPAN = 20000


class OtherMeetings:
    """Spans of a document's text that record other meetings; ``covers(pos)`` asks about one offset."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        merged: list[tuple[int, int]] = []
        for start, end in sorted(spans):
            if merged and start <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
            else:
                merged.append((start, end))
        self._spans = merged
        self._starts = [start for start, _ in self._spans]

    def covers(self, pos: int) -> bool:
        at = bisect_right(self._starts, pos) - 1
        return at >= 0 and pos < self._spans[at][1]

    @property
    def spans(self) -> list[tuple[int, int]]:
        return list(self._spans)


def _lines(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """(start, end) of each line from the one holding ``start`` up to ``end``."""
    pos = text.rfind("\n", 0, start) + 1
    while pos < end:
        stop = text.find("\n", pos)
        stop = len(text) if stop < 0 else stop
        yield pos, stop
        pos = stop + 1


def _is_heading(line: str) -> bool:
    stripped = line.strip()
    return bool(stripped) and (heading_kind(stripped) is not None or inline_heading(stripped) is not None)


def _another_days_decision(line: str, meeting_date: date | None) -> bool:
    """A decision heading dated another day than the meeting's ("Beslutning i Byrådet den 29-01-2020")."""
    if meeting_date is None:
        return False
    stripped = line.strip()
    inline = _INLINE_DECISION.match(stripped)
    head = stripped[: inline.end() - 1] if inline else stripped
    decision = heading_kind(head) == "beslutning" or _BODY_DECISION.match(head) is not None
    if len(head) > _SHORT_LINE or (inline is None and not decision):
        return False
    dates = find_dates(head)
    return bool(dates) and all(d.value != meeting_date for d in dates)


def _body_day_item(line: str) -> date | None:
    """The day of a line that opens one body's record of the item ("Direktionen, 3. februar 2020, pkt. 1:")."""
    stripped = line.strip()
    if len(stripped) > _SHORT_LINE or not _BODY_DAY_ITEM.match(stripped):
        return None
    dates = find_dates(stripped)
    return dates[0].value if len(dates) == 1 else None


def _entry_date(line: str) -> date | None:
    """The date of a short line that opens a history entry, or None when the line opens none."""
    stripped = line.strip()
    if not stripped or len(stripped) > _SHORT_LINE or len(stripped.split()) > _ENTRY_WORDS:
        return None
    dates = find_dates(stripped)
    return dates[0].value if dates and dates[0].start <= _ENTRY_DATE_WITHIN else None


def _span_end(text: str, after: int, item_starts: list[int], history: bool) -> int:
    """Where a part that opens on the line ending at ``after`` ends: the next heading or item. In a
    history a dated heading ("Økonomiudvalget den 3. marts 2021:") opens one of its entries."""
    following = bisect_right(item_starts, after)
    limit = min(item_starts[following] if following < len(item_starts) else len(text), after + _MAX_SPAN)
    for start, end in _lines(text, after + 1, limit):
        line = text[start:end]
        if start > after and _is_heading(line) and not (history and _entry_date(line) is not None):
            if _ATTENDANCE_HEADING.match(line.strip()):
                continue  # "Fraværende:" under the decision it records who missed
            return start
    return limit


def _history(text: str, start: int, end: int, meeting_date: date | None) -> list[tuple[int, int]]:
    """The spans of a history part from ``start`` (its heading line) to ``end``, leaving out the
    entries of this meeting's own date."""
    heads: list[tuple[int, date | None]] = []
    first = True
    for line_start, line_end in _lines(text, start, end):
        line = text[line_start:line_end]
        if first:
            match = _HISTORY_HEADING.match(line.strip())
            rest = match["rest"] if match else ""
            heads.append((line_start, _entry_date(rest) if rest.strip() else None))
            first = False
            continue
        day = _entry_date(line)
        if day is not None or line.strip().lower().startswith("udvalg:"):
            heads.append((line_start, day))
    spans: list[tuple[int, int]] = []
    for index, (head, day) in enumerate(heads):
        stop = heads[index + 1][0] if index + 1 < len(heads) else end
        if meeting_date is None or day != meeting_date:
            spans.append((head, stop))
    return spans


def other_meetings(text: str, item_starts: list[int], meeting_date: date | None, cues: CueWords) -> OtherMeetings:
    """The parts of ``text`` that record other meetings;
    ``item_starts`` are where the meeting's items open (``cues``: the text's cue words found once, ``HISTORY_CUES``
    among them)."""
    starts = sorted(item_starts)
    spans: list[tuple[int, int]] = []
    covered_to = -1
    lines = cues.lines_holding(text, _CUES)
    for line_start, line_end in lines:
        if line_start < covered_to:
            continue
        line = text[line_start:line_end]
        stripped = line.strip()
        heading = _HISTORY_HEADING.match(stripped)
        if heading and _ROUTE_CODES.fullmatch(heading["rest"].strip()):
            continue  # "Sagsforløb: HAR": a field naming the route by the bodies' abbreviations, no history below
        if heading:
            end = _span_end(text, line_end, starts, history=True)
            spans += _history(text, line_start, end, meeting_date)
            covered_to = end
        elif _another_days_decision(line, meeting_date):
            end = _span_end(text, line_end, starts, history=False)
            spans.append((line_start, end))
            covered_to = end
        elif meeting_date is not None and (day := _body_day_item(line)) is not None and day != meeting_date:
            end = _span_end(text, line_end, starts, history=False)
            for next_start, next_end in _lines(text, line_end + 1, end):
                if next_start > line_end and _body_day_item(text[next_start:next_end]) is not None:
                    end = next_start  # the next body's record, perhaps this meeting's
                    break
            spans.append((line_start, end))
            covered_to = end
    # a page flattened onto one line: its records of other meetings stand mid-line
    spans += flattened_records(text, lines, starts, meeting_date, cues)
    return OtherMeetings(spans)

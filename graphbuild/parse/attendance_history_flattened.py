"""The records of other meetings on a page a PDF's text layer flattened onto one line, where `attendance_history`'s
line readers find no heading on a line of its own: a history heading with its first entry's date after it ("… Sagens
forløb 15-08-2019 Borgmesterens Afdeling …", "… Sagsforløb Udvalg: Magistraten Dato: 19-08-2025 …"), a body's dated
decision ("… Miljø- og klimaudvalgets beslutning den 2. november 2022: Anbefalet. Thomas Rohden (B) … deltog ikke i
behandlingen af sagen.") and a body's record of the item by day and item number ("… Arbejdsmarked, Erhverv og Turisme,
5. februar 2020, pkt. 139: Ikke til stede: Thomas Overgaard (A) …", "… Magistraten den 2. september 2025 punkt 12
Fremsendes …"), each of a day that is not the meeting's. Attendance said there was that meeting's. A part runs to the
next such record (of any day), the next mention of the meeting's own day, this meeting's "Beslutning", the next item
or a reach of a page and a half, whichever comes first."""

from __future__ import annotations

import re
from bisect import bisect_left
from datetime import date

from graphbuild.parse.attendance_reading import CueWords
from graphbuild.parse.dates import find_dates

_LONG_LINE = 400  # a flattened page: an ordinary line, a heading's or a paragraph's, is shorter
_REACH = 4000  # a part runs at most a page and a half past its record's heading

_DATE = r"(?:\d{1,2}\.[ \t]*[a-zæøå]+\.?[ \t]+\d{4}|\d{1,2}[-./]\d{1,2}[-./]\d{2,4})"

# a history heading and its first entry's date within a few words: "Sagens forløb 15-08-2019", "Sagsforløb Udvalg:
# Magistraten Dato: 19-08-2025" (read at its cue word, "forløb", "tidligere", "historik")
_HISTORY = re.compile(
    r"(?:Sagsforløb|Sagens[ \t]+forløb|Tidligere[ \t]+(?:politisk[ \t]+)?behandling(?:er)?|"
    rf"Tidligere[ \t]+beslutning(?:er)?|Historik)\b[ \t:]*(?:\S+[ \t]+){{0,4}}?(?P<date>{_DATE})"
)
# a body's dated decision, its cue word "beslutning" last before the day: "Miljø- og klimaudvalgets beslutning den 2.
# november 2022:", "Beslutning i Magistraten den 19-08-2019:"
_DECISION = re.compile(
    rf"(?:[\w-]+s[ \t]+beslutning|Beslutning[ \t]+(?:i|fra)[ \t]+[A-ZÆØÅ][^:.\n]{{1,60}}?)[ \t]+(?:den|d\.)[ \t]+"
    rf"(?P<date>{_DATE})[ \t]*:"
)
# a body's record of the item by day and number, its cue word "pkt"/"punkt" last: "Turisme, 5. februar 2020, pkt.
# 139:", "Magistraten den 2. september 2025 punkt 12"
_RECORD = re.compile(rf"[A-ZÆØÅ][\w-]*,?[ \t]+(?:den[ \t]+)?(?P<date>{_DATE}),?[ \t]+(?:pkt|punkt)\.?[ \t]*\d{{1,3}}\b")

# each form with the cue words it holds and how far before its cue word its heading may open ("Sagens forløb",
# "Miljø- og klimaudvalgets beslutning", "Arbejdsmarked, Erhverv og Turisme, 5. februar 2020, pkt.")
_FORMS: tuple[tuple[re.Pattern[str], tuple[str, ...], int], ...] = (
    (_HISTORY, ("forløb", "tidligere", "historik"), 8),
    (_DECISION, ("beslutning",), 80),
    (_RECORD, ("pkt", "punkt"), 60),
)


def _heads(text: str, lines: list[tuple[int, int]], cues: CueWords) -> list[tuple[int, int, date]]:
    """(start, end, day) of each record's heading on a flattened line, read in a window round each cue word."""
    long_lines = [(a, b) for a, b in lines if b - a >= _LONG_LINE]
    if not long_lines:
        return []
    starts = [a for a, _ in long_lines]
    found: dict[int, tuple[int, int, date]] = {}
    for form, words, back in _FORMS:
        for at in cues.offsets(words):
            index = bisect_left(starts, at + 1) - 1
            if index < 0 or at >= long_lines[index][1]:
                continue  # a cue word on an ordinary line: the line readers read it
            line_start, line_end = long_lines[index]
            lo = max(line_start, at - back)
            hi = min(line_end, at + 120)
            for m in form.finditer(text, lo, hi):
                if m.start() <= at < m.end():
                    dates = find_dates(m["date"])
                    if dates:
                        found.setdefault(m.start(), (m.start(), m.end(), dates[0].value))
                    break
    return sorted(found.values())


def _own_decision(text: str, start: int, end: int) -> int | None:
    """Where this meeting's "Beslutning" or "Beslutninger" heading stands in ``text[start:end]`` (no "i"/"fra" a body
    after it), if anywhere."""
    at = text.find("Beslutning", start, end)
    while at >= 0:
        word_end = at + 12 if text.startswith("er", at + 10) else at + 10
        after = text[word_end : word_end + 5]
        if not (text[at - 1 : at].isalnum() or after[:1].isalnum() or after.startswith((" i ", " fra"))):
            return at
        at = text.find("Beslutning", at + 10, end)
    return None


def flattened_records(
    text: str, lines: list[tuple[int, int]], item_starts: list[int], meeting_date: date | None, cues: CueWords
) -> list[tuple[int, int]]:
    """The spans of ``text``'s flattened lines that record other meetings: ``lines`` the (start, end) of the lines that
    hold one of `attendance_history`'s cue words, ``item_starts`` where the meeting's items open, ``cues`` the text's
    cue words found once."""
    if meeting_date is None:
        return []
    heads = _heads(text, lines, cues)
    spans: list[tuple[int, int]] = []
    for index, (start, head_end, day) in enumerate(heads):
        if day == meeting_date:
            continue
        # the part goes on over the next flattened page, up to the next record of any day
        end = min(len(text), start + _REACH)
        later = next((s for s, _, _ in heads[index + 1 :] if s >= head_end), None)
        end = min(end, later) if later is not None else end
        end = min([end] + [s for s in item_starts if head_end <= s < end])
        own = _own_decision(text, head_end, end)
        end = own if own is not None else end
        mention = next((d.start for d in find_dates(text[head_end:end]) if d.value == meeting_date), None)
        spans.append((start, head_end + mention if mention is not None else end))
    return spans

"""A dateline's day (the day a letter or page was written, "Tinglev, den 12. august 2014", "24.09.2020" alone on
its line) and the meeting's own day a header line under it prints with its weekday and clock ("Onsdag den 29.
marts 2023 kl. 18.15")."""

from __future__ import annotations

import re

from graphbuild.parse.dates import DateMatch, find_dates, find_times

# "Tinglev, den 12. august 2014", "29. April 2023", "24.09.2020": the date alone on its line, or after a place's name
# and a comma; nothing after it but a full stop
_DATELINE_BEFORE = re.compile(r"^\s*+(?:[A-ZÆØÅ][\w.\- ]{0,30},\s*+)?(?:(?:den\b|d\.)\s*+)?$")
_DATELINE_AFTER = re.compile(r"^[\s.]*$")

_WEEKDAYS = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")
# "mandag den 11. august 2014 ", "Onsdag den 29. marts 2023 ", "Tirsdag, d. 5.": a weekday right before the date
_WEEKDAY_BEFORE = re.compile(rf"(?i)\b(?P<weekday>{'|'.join(_WEEKDAYS)}),?\s*+(?:(?:den\b|d\.)\s*+)?$")
_CLOCK_REACH = 15  # the characters after the date the clock stands in ("2014 kl. 16.")


def is_dateline(text: str, found: DateMatch) -> bool:
    """Whether ``found`` is ``text``'s date alone on its line, or after a place's name and a comma."""
    return bool(_DATELINE_BEFORE.match(text[: found.start])) and bool(_DATELINE_AFTER.match(text[found.end :]))


def weekday_clock_dates(text: str) -> list[DateMatch]:
    """The dates of ``text`` after the weekday that day falls on and before a clock time: "Bestyrelsesmøde i
    Samrådet mandag den 11. august 2014 kl. 16.", "Tirsdag den 29. september 2020 kl. 18.00 holder …"."""
    held: list[DateMatch] = []
    for found in find_dates(text):
        weekday = _WEEKDAY_BEFORE.search(text[max(0, found.start - 30) : found.start])
        if weekday is None or _WEEKDAYS.index(weekday["weekday"].lower()) != found.value.weekday():
            continue
        clock, _ = find_times(text[found.end : found.end + _CLOCK_REACH])
        if clock is not None:
            held.append(found)
    return held

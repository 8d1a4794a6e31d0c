"""Danish dates and times in the forms minutes use.

"d. 22-02-2021", "Mandag d. 22. februar 2021 kl. 12:30", "den 24. januar 2020, kl. 10.00 – 12.00",
"2023-10-04 13:00", "2023-10-04T13:00", "06.10.2023", "14/12 2005", "30.-31. oktober 2023", "Kl. 19:00",
"15-maj-2002", "4/6-2020", "d. 9/12-21",
and the English month-first forms portals render ("Wednesday, April 3, 2019 - 18:00", "8/29/2019 4:00:00 PM").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time
from functools import lru_cache
from zoneinfo import ZoneInfo

from graphbuild.vocab.near import SCANNED_WHOLE, case_blind_key, finditer_near, holds_a_word

COPENHAGEN = ZoneInfo("Europe/Copenhagen")

# the Danish months written out, in order (the other stages' month words come from here)
DANISH_MONTHS = (
    "januar", "februar", "marts", "april", "maj", "juni",
    "juli", "august", "september", "oktober", "november", "december",
)  # fmt: skip
MONTHS = {
    "januar": 1, "jan": 1, "februar": 2, "feb": 2, "marts": 3, "mar": 3, "april": 4, "apr": 4,
    "maj": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sep": 9, "sept": 9, "oktober": 10, "okt": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    # English, as portals render them
    "january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7, "october": 10, "oct": 10,
}  # fmt: skip
_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))

_WORDED = re.compile(
    rf"(?i)\b(?P<day>[0-3]?\d)\.?(?:\s*[-–]\s*(?P<day2>[0-3]?\d)\.?)?(?:\s*|-)(?P<month>{_MONTH_NAMES})\b\.?"
    r"(?:\s+|,\s*|-)(?P<year>(?:19|20)\d\d)\b"
)
_MONTH_FIRST = re.compile(
    rf"(?i)\b(?P<month>{_MONTH_NAMES})\.?\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)\b"
)
_DAY_MONTH_DASH_YEAR = re.compile(r"(?<![\w.\-/])(?P<day>[0-3]?\d)[/.](?P<month>[01]?\d)-(?P<year>(?:19|20)\d\d)\b")
# "bestyrelsesmøde d. 9/12-21", "den 24/10-23", "29/5-17 i aktivitetshuset kl 19:00": day/month, the year's two
# digits after a dash; a page, a case or a journal number ("Side 3/4-21", "Sagsnr. 12/3-21", "j.nr. 4/5-19") is none
_DATED_SHORT_YEAR = re.compile(
    r"(?i)(?<![\w./-])(?<!side )(?<!nr\. )(?<!nr )(?:(?:d\.|den)\s*)?"
    r"(?P<day>[0-3]?\d)/(?P<month>[01]?\d)-(?P<year>\d\d)(?![\d\-/]|\.\d)"
)
# every month name opens with one of these: the worded patterns run only near them (vocab.near)
_MONTH_STEMS = ("jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec", "may", "oct")
_MONTH_REACH = 80  # a day (range) and white space before the month; the month and the year after it
_ISO = re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>[01]?\d)-(?P<day>[0-3]?\d)(?:\b|(?=T\d\d:\d\d))")
# "Referat 2021.11.09": year first with full stops, month and day two digits each (a file name's or school portal's
# form); the four-digit year first tells it from a day-first date or a journal number ("00.01.00")
_ISO_DOTTED = re.compile(r"(?<![\w.\-/])(?P<year>(?:19|20)\d\d)\.(?P<month>[01]\d)\.(?P<day>[0-3]\d)(?![\d\-/]|\.\d)")
# "14/12 2005": day and month with a slash, the year after a space
_SLASH_SPACE_YEAR = re.compile(
    r"(?<![\w.\-/])(?<![Ss]ide )(?P<day>[0-3]?\d)/(?P<month>[01]?\d)\s+(?P<year>(?:19|20)\d\d)\b"
)
_NUMERIC = re.compile(
    r"(?<![\w.\-/])(?P<day>[0-3]?\d)(?P<sep>[-./])(?P<month>[01]?\d)(?P=sep)(?P<year>(?:19|20)?\d\d)(?![\d\-/]|\.\d)"
)
# "15. 02. 2024", "21. 01. 2022 - kl. 11:28": day and month each followed by a full stop and a space, as typed;
# the month's two digits and the year's four say it is a date, no numbered point
_SPACED_NUMERIC = re.compile(
    r"(?<![\w.\-/])(?P<day>[0-3]?\d)\.\s(?P<month>[01]\d)\.\s(?P<year>(?:19|20)\d\d)(?![\d\-/]|\.\d)"
)
_PM = re.compile(r"(?i)(?::[0-5]\d)?\s*PM\b")
# "8/29/2019 4:00:00 PM": a portal's month-first date, told by the AM/PM clock after it
_US_NUMERIC = re.compile(
    r"(?<![\w.\-/])(?P<month>[01]?\d)/(?P<day>[0-3]?\d)/(?P<year>(?:19|20)\d\d)"
    r"(?=\s+[0-2]?\d:[0-5]\d(?::[0-5]\d)?\s*[AP]M\b)",
    re.IGNORECASE,
)
_FOUR_DIGITS = re.compile(r"\d{4}")
_TWO_DIGITS = re.compile(r"\d\d")  # every date holds two digits in a row, its year's
_TIME = r"(?P<{n}h>[0-2]?\d)(?:[:.](?P<{n}m>[0-5]\d))?"
_TIME_RANGE = re.compile(
    r"(?i)(?:\bkl\.?\s*|\bklokken\s+|(?<![\d.:\-])(?=[0-2]?\d[:.][0-5]\d))"
    + _TIME.format(n="s")
    + r"(?:\s*(?:[-–—]|til)\s*(?:kl\.?\s*)?"
    + _TIME.format(n="e")
    + r")?(?![\d.]\d)"
)


@dataclass(frozen=True)
class DateMatch:
    value: date
    start: int
    end: int


def _make_date(year: int, month: int, day: int) -> date | None:
    if year < 100:
        year += 2000 if year < 70 else 1900
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _folded(word: str) -> str:
    """``word`` lowered as the case-blind patterns read it: a long s ("ſeptember") is an s, "ı" and "İ" an i."""
    return case_blind_key(word)


def month_number(month_text: str) -> int | None:
    """The month a month's name or abbreviation printed in any case names, or None for a word no month is."""
    return MONTHS.get(_folded(month_text))


def find_dates(text: str) -> list[DateMatch]:
    """Every date in ``text`` in order of position (a day range gives its first day)."""
    return list(_dates_in(text))


@lru_cache(maxsize=256)
def _dates_in(text: str) -> tuple[DateMatch, ...]:
    """``find_dates``'s, kept for the texts asked again: a third of the calls ask a text (a header, a
    heading, a line) that another stage of the same document has asked already."""
    found: list[DateMatch] = []
    taken: list[tuple[int, int]] = []
    # a worded form is tried only on a text that names a month (``_forms_for``): a short one is scanned whole, as
    # finditer_near would once it found the month, a longer one only around its months
    near = len(text) > SCANNED_WHOLE
    runs: list[int] | None = None  # where each run of digits starts, found once for the forms that open one
    for pattern in _forms_for(text):
        worded = near and (pattern is _WORDED or pattern is _MONTH_FIRST)
        if worded:
            matches = finditer_near(pattern, text, _MONTH_STEMS, _MONTH_REACH)
        elif id(pattern) in _OPENS_A_DIGIT_RUN:
            runs = [run.start() for run in _DIGIT_RUN.finditer(text)] if runs is None else runs
            matches = _matches_at(pattern, text, runs)
        else:
            matches = pattern.finditer(text)
        for match in matches:
            if any(a < match.end() and match.start() < b for a, b in taken):
                continue
            month_text = match["month"]
            month = month_number(month_text) if not month_text.isdecimal() else int(month_text)
            value = _make_date(int(match["year"]), month, int(match["day"])) if month else None
            if value is not None:
                found.append(DateMatch(value, match.start(), match.end()))
                taken.append((match.start(), match.end()))
    return tuple(sorted(found, key=lambda m: m.start))


# The numeric forms whose every match opens a run of digits: a digit after a character that is no word character (a
# look-behind or a word boundary says so; a digit is a word character). Each is matched only where a run of digits
# starts (``_matches_at``), found by one scan for digits at C speed, not tried at every position of the text.
# (by identity: a compiled pattern's hash reads its whole code)
_OPENS_A_DIGIT_RUN = frozenset(
    id(pattern)
    for pattern in (_ISO, _ISO_DOTTED, _US_NUMERIC, _NUMERIC, _DAY_MONTH_DASH_YEAR, _SLASH_SPACE_YEAR, _SPACED_NUMERIC)
)
_DIGIT_RUN = re.compile(r"\d+")


def _matches_at(pattern: re.Pattern[str], text: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern every match of which starts at one of ``starts`` (ascending) and none
    of which is empty: the first start a match holds after the last match's end is where finditer's scan finds the
    next one, and ``match`` there gives what the scan gives."""
    resume = 0
    for at in starts:
        if at < resume:
            continue
        match = pattern.match(text, at)
        if match is not None:
            yield match
            resume = match.end()


# Each form with the signs none of its matches lacks: "4" a year of four digits (every form but _NUMERIC's two-digit
# year and _DATED_SHORT_YEAR), "m" a month's name, "d" a day's number (or its "th", or a comma) before the year
# (_DAY_BEFORE_YEAR), "-", "/" and "." a separator it prints, "--", "//" and ".." one it prints twice (a case-blind
# pattern reads no other character as one of them). In the order the forms are tried: a date an earlier form took is
# not read again by a later one.
_FORMS: tuple[tuple[re.Pattern[str], frozenset[str]], ...] = (
    (_WORDED, frozenset({"4", "m"})),
    (_MONTH_FIRST, frozenset({"4", "m", "d"})),
    (_ISO, frozenset({"4", "--"})),
    (_ISO_DOTTED, frozenset({"4", ".."})),
    (_US_NUMERIC, frozenset({"4", "//"})),
    (_NUMERIC, frozenset()),  # one separator twice, "--", ".." or "//" (below)
    (_DAY_MONTH_DASH_YEAR, frozenset({"4", "-"})),
    (_SLASH_SPACE_YEAR, frozenset({"4", "/"})),
    (_SPACED_NUMERIC, frozenset({"4", ".."})),
    (_DATED_SHORT_YEAR, frozenset({"/", "-"})),
)


# _MONTH_FIRST's day (its last digit, its "st", "nd", "rd" or "th", or the comma after it) and the white space before
# its year, as the form reads them ("April 3, 2019"); a Danish date prints the month's name there ("3. april 2019")
_DAY_BEFORE_YEAR = re.compile(r"(?i)[\d,tdh]\s+(?:19|20)\d\d")


@lru_cache(maxsize=128)
def _forms_of(signs: frozenset[str]) -> tuple[re.Pattern[str], ...]:
    """The forms a text with these signs may hold, in order."""
    twice = bool(signs & {"--", "..", "//"})
    return tuple(pattern for pattern, needs in _FORMS if needs <= signs and (pattern is not _NUMERIC or twice))


def _forms_for(text: str) -> tuple[re.Pattern[str], ...]:
    """The forms worth trying on ``text``: its signs read once (a few substring tests at C speed), and only the
    forms those signs admit tried; every date holds two digits in a row, its year's."""
    if _TWO_DIGITS.search(text) is None:
        return ()
    signs: set[str] = set()
    for separator in "-./":
        count = text.count(separator)
        if count:
            signs.add(separator if count == 1 else separator * 2)
            signs.add(separator)
    if _FOUR_DIGITS.search(text) is not None:
        signs.add("4")
        if holds_a_word(text, _MONTH_STEMS):
            signs.add("m")
            if _DAY_BEFORE_YEAR.search(text) is not None:
                signs.add("d")
    return _forms_of(frozenset(signs))


_WEEKDAYS = {"mandag": 0, "tirsdag": 1, "onsdag": 2, "torsdag": 3, "fredag": 4, "lørdag": 5, "søndag": 6}
# "torsdag den 23. august kl. 12", "Tirsdag den 11. november Kl. 8:30", "Fredag, den 12. september", "fredag
# d. 4. april": a weekday and a day of a month, the year left out (a transcript's title, a header that names
# the year elsewhere)
_YEARLESS = re.compile(
    rf"(?i)\b(?P<weekday>{'|'.join(_WEEKDAYS)}),?(?:\s+(?:den|d\.))?\s+(?P<day>[0-3]?\d)\.?\s*"
    rf"(?P<month>{_MONTH_NAMES})\b\.?"
    r"(?!\s*,?\s*(?:19|20)?\d\d\b)"
)
_YEAR = re.compile(r"(?<![\d.,/-])(?:19|20)\d\d(?![\d.,/-]\d)")


def yearless_weekday_date(head: str, text: str) -> DateMatch | None:
    """A weekday and a day of a month without the year ("torsdag den 23. august") in ``head``, dated by
    the year the text names most often among those whose day falls on that weekday; none when no named
    year fits."""
    if "den" not in head.lower() and not any(day in head.lower() for day in _WEEKDAYS):
        return None
    match = _YEARLESS.search(head)
    if match is None:
        return None
    month, day, weekday = month_number(match["month"]), int(match["day"]), _WEEKDAYS.get(_folded(match["weekday"]))
    if month is None or weekday is None:
        return None
    counts: dict[int, int] = {}
    for year_match in _YEAR.finditer(text):
        year = int(year_match[0])
        counts[year] = counts.get(year, 0) + 1
    fitting = [
        (count, year)
        for year, count in counts.items()
        if (value := _make_date(year, month, day)) is not None and value.weekday() == weekday
    ]
    if not fitting:
        return None
    value = _make_date(max(fitting)[1], month, day)
    return DateMatch(value, match.start(), match.end()) if value is not None else None


# "25. juni kl. 10:00", "Fredag 18. september kl. 09.00", "den 25. maj kl.18.30": a day of a month with no year, then
# the meeting's clock (a letter's "Dato 26. maj" or a notice's "Fra den 10. september er …" has none)
_DAY_OF_MONTH_AT = re.compile(
    rf"(?i)(?<![\d.,/-])(?P<day>[0-3]?\d)\.?\s*(?P<month>{_MONTH_NAMES})\b\.?,?\s*"
    r"(?:kl\.?\s*|klokken\s*)?[0-2]?\d[:.][0-5]\d"
)


def yearless_day_month(head: str) -> tuple[int, int] | None:
    """The first day and month ``head`` prints with no year but a clock after them, as (day, month)."""
    if not any(stem in head.lower() for stem in _MONTH_STEMS):
        return None
    match = _DAY_OF_MONTH_AT.search(head)
    month = month_number(match["month"]) if match else None
    return (int(match["day"]), month) if match and month else None


def find_date(text: str) -> DateMatch | None:
    if len(text) <= _SHORT:
        return _first_date(text)
    dates = find_dates(text)
    return dates[0] if dates else None


_SHORT = 200  # headings and the words after a label: asked again and again, kept once worked out


@lru_cache(maxsize=4096)
def _first_date(text: str) -> DateMatch | None:
    dates = find_dates(text)
    return dates[0] if dates else None


def find_times(text: str) -> tuple[time | None, time | None]:
    """The first clock time (or range) in ``text``: "kl. 10.00 – 12.00" -> (10:00, 12:00), "4:00:00 PM"
    -> 16:00."""
    for match in _TIME_RANGE.finditer(text):
        start = _make_time(match["sh"], match["sm"])
        if start is None:
            continue
        if start.hour < 12 and _PM.match(text, match.end()):
            start = start.replace(hour=start.hour + 12)
        end = _make_time(match["eh"], match["em"]) if match["eh"] else None
        return start, end
    return None, None


def _make_time(hours: str | None, minutes: str | None) -> time | None:
    if hours is None:
        return None
    hour, minute = int(hours), int(minutes or 0)
    if hour > 23:
        return None
    return time(hour, minute)


def _without_dates(text: str) -> str:
    """Blank out dates so "22.02.2021" is not read as a clock time."""
    for found in reversed(find_dates(text)):
        text = text[: found.start] + " " * (found.end - found.start) + text[found.end :]
    return text


def parse_datetime_range(text: str) -> tuple[datetime | None, datetime | None]:
    """The first date in ``text`` with its clock time(s), in Europe/Copenhagen."""
    found = find_date(text)
    if found is None:
        return None, None
    start_time, end_time = find_times(_without_dates(text[found.start :]))
    start = datetime.combine(found.value, start_time or time(0), tzinfo=COPENHAGEN)
    end = datetime.combine(found.value, end_time, tzinfo=COPENHAGEN) if end_time else None
    if end is not None and end < start:
        end = None
    return start, end


def at_time(day: date, clock: time | None) -> datetime:
    return datetime.combine(day, clock or time(0), tzinfo=COPENHAGEN)

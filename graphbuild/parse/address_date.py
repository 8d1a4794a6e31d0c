"""The meeting's day a document's web address names, for minutes whose text names none: a path or query
segment that holds one date ("/kommisionsmoede-18-02-2020/", "/2013-05-29-1700-2706/",
"/node/14441/19042018/edoc-agenda/…", "/møde-29012014/", "?agenda=10-09-2014/…",
"/uskbestyrelsesmoede_torsdag_8_dec_2014/", "…-mote-den-29-oktober-2010-kl-10-00…").

One date within one segment only: "/2014/03/04/" (a blog's publication path) spans three segments and is
no date here; an address that names two different days says neither is the meeting's. Eight digits are
read as day, month and year ("19042018") or year, month and day ("20140115") when only one reading is a
date, and never at the head of a slug ("/18879375-referat-…", a document number)."""

from __future__ import annotations

import re
from datetime import date
from urllib.parse import unquote, urlsplit

from graphbuild.parse.dates import MONTHS, yearless_weekday_date
from graphbuild.parse.publisher_site import host_of, original_address

_SEGMENTS = re.compile(r"[/?&=#]")
_ISO = re.compile(r"(?<!\d)(?P<year>(?:19|20)\d\d)[-_.](?P<month>\d\d?)[-_.](?P<day>\d\d?)(?!\d)")
_DAY_FIRST = re.compile(r"(?<!\d)(?P<day>\d\d?)[-_.](?P<month>\d\d?)[-_.](?P<year>(?:19|20)\d\d)(?!\d)")
_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
_WORDED = re.compile(
    rf"(?i)(?<![\d])(?P<day>\d\d?)\.?[-_ ]+(?P<month>{_MONTH_NAMES})\.?[-_ ]+(?P<year>(?:19|20)\d\d)(?!\d)"
)
_EIGHT = re.compile(r"(?<!\d)\d{8}(?!\d)")
_FIRST_YEAR, _LAST_YEAR = 1990, 2040


def date_in_address(url: str | None) -> date | None:
    """The one day the address's segments name, or None."""
    if not url or host_of(url) is None:
        return None
    parts = urlsplit(original_address(url))
    found: set[date] = set()
    for segment in _SEGMENTS.split(unquote(f"{parts.path}?{parts.query}")):
        found.update(_segment_dates(segment))
    return found.pop() if len(found) == 1 else None


def _segment_dates(segment: str) -> set[date]:
    found: set[date] = set()
    for pattern in (_ISO, _DAY_FIRST, _WORDED):
        for match in pattern.finditer(segment):
            month = match["month"]
            number = int(month) if month.isdecimal() else MONTHS.get(month.lower())
            day = _valid(int(match["year"]), number, int(match["day"]))
            if day is not None:
                found.add(day)
    for match in _EIGHT.finditer(segment):
        digits = match[0]
        if match.start() == 0 and match.end() < len(segment):
            continue  # "18879375-referat-handicapraadet": a document's number heads its slug
        readings = {
            day
            for day in (
                _valid(int(digits[4:]), int(digits[2:4]), int(digits[:2])),
                _valid(int(digits[:4]), int(digits[4:6]), int(digits[6:])),
            )
            if day is not None
        }
        if len(readings) == 1:
            found.update(readings)
    return found


def _valid(year: int, month: int | None, day: int) -> date | None:
    if month is None or not _FIRST_YEAR <= year <= _LAST_YEAR:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


_PATH_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def yearless_day_by_address(head: str, url: str | None) -> date | None:
    """A header's weekday and day of a month without the year ("tirsdag d. 8. juni") dated by a year the address
    names ("/2021/06/14/…", a blog's publication path), only where that year puts the day on that weekday."""
    if not url or host_of(url) is None:
        return None
    parts = urlsplit(original_address(url))
    years = " ".join(_PATH_YEAR.findall(unquote(f"{parts.path}?{parts.query}")))
    found = yearless_weekday_date(head, years) if years else None
    return found.value if found else None

"""The meeting's day and time in the header: a date-labelled field, else the header's first date that is
not a publication, print or dispatch date, preferring the day a line says the meeting is held on."""

from __future__ import annotations

import re
from datetime import datetime

from graphbuild.parse.dates import (
    DateMatch,
    at_time,
    find_date,
    find_dates,
    find_times,
    parse_datetime_range,
    yearless_weekday_date,
)
from graphbuild.parse.header_dateline import is_dateline, weekday_clock_dates
from graphbuild.parse.header_labels import LABEL_KEYS
from graphbuild.parse.lines import Line, split_lines

YEARLESS_REACH = 600  # the header's first characters, where a yearless meeting day stands
YEAR_REACH = 20000  # the text whose years are counted to date it
PUBLICATION = re.compile(
    r"(?i)\b(?:udgivet|opdateret|offentliggjort|offentliggørelse|publiceret|publiceringsdato|udskrevet|udskriftsdato|"
    r"printet|oprettet|ændret|genereret|post(?:ed)? on|views|senest|downloaded|hentet|published|updated)\b"
)


# "ENDELIGT referat Udsendt 3. maj 2013", "Udsendelsesdato: 10-05-2002": the day the minutes were sent out
_SENT_BEFORE = re.compile(r"(?i)\b(?:udsendt|udsendelsesdato)\b(?:\s+den)?\s*:?\s*$")
# "budgetopfølgning pr. 31.03.2020", "indgik pr. 1. juli 2002 lejeaftale", "status per 1. januar 2019": the day
# something takes effect or is counted to, a case's date, not the meeting's
_EFFECT_BEFORE = re.compile(r"(?i)(?<![\w.])(?:pr\.|per)\s*$")


def labelled_date(fields: dict[str, list[str]], text: str = "") -> tuple[datetime | None, datetime | None]:
    """The first date-labelled field that holds a date ("Mødedato" before "Mødetidspunkt: 12:30"); else
    the first that holds a weekday's day without its year ("Dato: Fredag den 4. april", "Tid: Fredag, den
    12. september"), dated by the years of ``text`` that put that day on that weekday."""
    for key in LABEL_KEYS["date"]:
        for value in fields.get(key, []):
            start, end = parse_datetime_range(value)
            if start is not None:
                return start, end
    if not text:
        return None, None
    for key in LABEL_KEYS["date"]:
        for value in fields.get(key, []):
            head = value[:_YEARLESS_VALUE]
            yearless = yearless_weekday_date(head, text[:YEAR_REACH])
            if yearless is not None and _starts_the_rest(head, yearless.start):
                clock, clock_end = find_times(head[yearless.end : yearless.end + 40])
                end = at_time(yearless.value, clock_end) if clock_end else None
                return at_time(yearless.value, clock), end
    return None, None


_YEARLESS_VALUE = 80  # a field's value, where its weekday and day stand first
# "1 Referat 11. april 2014 Bestyrelse Væksthus Hovedstadsregionen Dato: Fredag den 4. april Tidspunkt: Kl",
# "J.nr.: Dato: 28. august 2014 Initialer: UG Bestyrelsesmøde i Sydtrafik Dagsorden Tid: Fredag, den 12.
# september": a date label inside a line a PDF's text layer flattened
_INLINE_DATE_LABEL = re.compile(
    r"(?i)(?<![\w])(?:" + "|".join(re.escape(key) for key in LABEL_KEYS["date"]) + r")\s*:\s*"
)


def inline_yearless_date(lines: list[Line], text: str) -> tuple[datetime | None, datetime | None]:
    """A date label inside a flattened header line whose value opens with a weekday's day without its year,
    dated by the years of ``text`` that put that day on that weekday; none after "næste møde"."""
    for line in lines:
        if ":" not in line.text:
            continue
        for label in _INLINE_DATE_LABEL.finditer(line.text):
            head = line.text[label.end() : label.end() + _YEARLESS_VALUE]
            yearless = yearless_weekday_date(head, text[:YEAR_REACH])
            before = line.text[max(0, label.start() - 60) : label.start()]
            if yearless is None or not _starts_the_rest(head, yearless.start) or OTHER_MEETING.search(before):
                continue
            clock, clock_end = find_times(head[yearless.end : yearless.end + 40])
            return at_time(yearless.value, clock), (at_time(yearless.value, clock_end) if clock_end else None)
    return None, None


# "15. juni 2010 Referat fra møde i Regionskontaktudvalget (REKU) den 31. maj 2010", "9. august 2013
# Referat fra møde i Gudenåkomitéen/VOS 7. juni 2013", "Referat fra bestyrelsesmødet 23. september 2015":
# the date a meeting is said to be held on, "den" or not, before a date the line opens with (when the
# minutes were written)
_MEETING_ON_REACH = 300  # the head of a line (a flattened page's first words)
_MEETING_ON = re.compile(r"(?i)møde(?:t)?\b[^.\n]{0,80}?(?:\b(?:den|d\.)\s*|\s)$")  # "… møde i X (den) "
# another meeting than this one: "Godkendelse af referat fra mødet 4. april", "næste møde 15. marts 2024"
OTHER_MEETING = re.compile(r"(?i)godkend|\b(?:næste|kommende|forrige|sidste|tidligere|seneste)\s+\w*møde")


def _meeting_date_first(text: str) -> list[DateMatch]:
    found = find_dates(text)
    if len(found) < 2:
        return found  # one date or none: no order to change
    for position, day in enumerate(found):
        if day.start >= _MEETING_ON_REACH:
            break
        before = text[max(0, day.start - 100) : day.start]
        if "møde" in before.lower() and _MEETING_ON.search(before) and not OTHER_MEETING.search(before):
            return [day, *found[:position], *found[position + 1 :]]
    return found


def unlabelled_date(lines: list[Line], text: str, lines_only: bool = False) -> tuple[datetime | None, datetime | None]:
    """The header's first date that is not a publication date ("Udgivet 06.10.2023", "12.09.2013 Views");
    unless ``lines_only``, when the lines before the first item hold none, the document's first 1,500
    characters."""
    for top in (lines,) if lines_only else (lines, split_lines(text[:1500])):
        for position, line in enumerate(top):
            for found in _meeting_date_first(line.text):
                near = line.text[max(0, found.start - 40) : found.end + 15]
                before = line.text[max(0, found.start - 30) : found.start]
                if PUBLICATION.search(near) or _SENT_BEFORE.search(before) or _EFFECT_BEFORE.search(before):
                    continue  # a publication, print, dispatch or effective date, not the meeting's
                held = _meeting_on_below(top, position, found) if _DATE_ALONE.match(line.clean) else None
                if held is not None:
                    return held
                own = _weekday_clock_below(top, position, found) if is_dateline(line.text, found) else None
                if own is not None:
                    return own
                following = "\n".join(other.text for other in top[position : position + 3])
                return parse_datetime_range(following[found.start : len(line.text) + 80])
    return None, None


# "17.07.2023" / "Nyt fra Ældrerådet juli 2023" / "Her kan du læse referat af møde i Ældrerådet den 28. juni
# 2023": a web page's date alone on its line over a line that says the day the meeting was held, the same
# statement as "15. juni 2010 Referat fra møde i X den 31. maj 2010" on one line
# (each blank run read once: possessive, as what follows a run never opens with a blank it could give back; as
# `\s*`, `[\d.\-/ ]*` and `\s*$` side by side, a run of blanks before a word was split every way: 1.6 s at 1,000)
_DATE_ALONE = re.compile(
    r"(?i)^\s*+(?:(?:man|tirs|ons|tors|fre|lør|søn)dag\s*+(?:den\s*+)?)?[\d.\-/ ]*+(?:[a-zæøå]++\.?\s++\d{4})?\s*+$"
)
_BELOW_REACH = 6  # the nonblank lines under the date the meeting's day is looked for in
_WRITTEN_WITHIN = 120  # days: the page dated after the meeting, not a year later


def _meeting_on_below(
    top: list[Line], position: int, alone: DateMatch
) -> tuple[datetime | None, datetime | None] | None:
    """The day a line under a date alone on its line says the meeting was held on, within the days before it; a
    line that names the document's kind ("Referat af møde i Ældrerådet den 28. september 2023") over one that tells
    of a meeting ("Orientering fra Ældrerådsmødet den 27. september 2023")."""
    below = [line for line in top[position + 1 :] if line.clean.strip()][:_BELOW_REACH]
    held: list[tuple[Line, DateMatch]] = []
    for line in below:
        found = _meeting_date_first(line.text)
        if not found or found[0].start >= _MEETING_ON_REACH:
            continue
        day = found[0]
        before = line.text[max(0, day.start - 100) : day.start]
        if "møde" not in before.lower() or not _MEETING_ON.search(before) or OTHER_MEETING.search(before):
            continue
        if 0 <= (alone.value - day.value).days <= _WRITTEN_WITHIN:
            held.append((line, day))
    if not held:
        return None
    line, day = next(((line, day) for line, day in held if _KIND_OPENS.match(line.text)), held[0])
    return parse_datetime_range(line.text[day.start : day.end + 80])


def _weekday_clock_below(
    top: list[Line], position: int, dateline: DateMatch
) -> tuple[datetime | None, datetime | None] | None:
    """The day a line under a dateline prints with its weekday and clock, within the days around it ("29. April
    2023" / "Onsdag den 29. marts 2023 kl. 18.15"): the meeting's own day, the dateline's the day it was written;
    none in a line about another meeting ("Næste møde mandag den 15. september 2014 kl. 16")."""
    below = [line for line in top[position + 1 :] if line.clean.strip()][:_BELOW_REACH]
    for line in below:
        for day in weekday_clock_dates(line.text):
            before = line.text[max(0, day.start - 100) : day.start]
            if OTHER_MEETING.search(before) or abs((dateline.value - day.value).days) > _WRITTEN_WITHIN:
                continue
            return parse_datetime_range(line.text[day.start : day.end + 80])
    return None


_KIND_OPENS = re.compile(r"(?i)^\s*(?:referat|dagsorden|beslutningsprotokol)\b")


_BODY_LINE_REACH = 25  # the date stands at the start of the line under the body's name
_AFTER_BODY = re.compile(r"^[\s.,:;|–—-]*")


def date_under_body(lines: list[Line], body: str | None) -> tuple[datetime | None, datetime | None]:
    """The date of the header's line that is the body's name, after it on the line ("Økonomiudvalget -
    20-06-2019", "Byrådet 22-11-2016") or opening the next line ("Byråd" / "Tirsdag den 21-05-2019 kl.
    19:00", "Kommunalbestyrelsen" / "24-09-2019"): a portal's meeting heading, whatever dated notice
    stands above it."""
    if not body:
        return None, None
    wanted = body.casefold()
    nonblank = [line for line in lines if line.clean.strip()]
    for position, line in enumerate(nonblank):
        text = line.clean.strip()
        if not text.casefold().startswith(wanted):
            continue
        after = text[len(wanted) :]
        lead = _AFTER_BODY.match(after)
        rest = after[lead.end() if lead else 0 :]
        if after and after[0].isalnum():
            continue  # a longer word or name: "Byrådets", "Byråd og udvalg"
        if rest:
            found = find_date(rest[: _BODY_LINE_REACH + 40])
            if found is not None and found.start < _BODY_LINE_REACH and _starts_the_rest(rest, found.start):
                return parse_datetime_range(rest[found.start : found.end + 80])
            continue
        if position + 1 < len(nonblank):
            below = nonblank[position + 1].clean.strip()
            found = find_date(below[: _BODY_LINE_REACH + 40])
            if found is not None and found.start < _BODY_LINE_REACH and _starts_the_rest(below, found.start):
                return parse_datetime_range(below[found.start : found.end + 80])
        return None, None
    return None, None


# blank runs read once (possessive: "den" and "d." open with a letter), as `[\s,]*` beside `\s*$` split a run of
# blanks before the date; the same truth (its one use)
_WEEKDAY_LEAD = re.compile(r"(?i)^(?:(?:man|tirs|ons|tors|fre|lør|søn)dag\b)?[\s,]*+(?:(?:den\b|d\.)\s*+)?$")


def _starts_the_rest(text: str, at: int) -> bool:
    """Only a weekday and "den" before the date: "Tirsdag den 21-05-2019", "onsdag den 17. september"."""
    return bool(_WEEKDAY_LEAD.match(text[:at]))


# "Beslutning fra Integrationsrådet" / "Dato: 10. december 2015": an item page's decision under the body's name, dated
# by a label on a line of its own (PolWeb)
_DECISION_DATED = re.compile(
    r"(?m)^[ \t]*Beslutning[ \t]+(?:fra|i)[ \t]+[^\n]{2,60}?[ \t]*\n(?:[ \t]*\n){0,3}[ \t]*Dato[ \t]*:[ \t]*(?=\S)"
)
_DECISION_TEXT_REACH = 30000


def decision_label_date(text: str) -> datetime | None:
    """The day the decision headings' "Dato:" labels give most often, when the header dates nothing."""
    days: dict[datetime, int] = {}
    for match in _DECISION_DATED.finditer(text, 0, _DECISION_TEXT_REACH):
        value = text[match.end() : match.end() + 60]
        found = find_date(value)
        if found is None or found.start != 0:
            continue
        day = at_time(found.value, None)
        days[day] = days.get(day, 0) + 1
    return max(days, key=lambda day: days[day]) if days else None

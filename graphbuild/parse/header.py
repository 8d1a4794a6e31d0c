"""The meeting header: kind, body, time, place, publication date and municipality."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from graphbuild.models import MeetingKind, MunicipalityRef
from graphbuild.parse.dates import (
    at_time,
    find_date,
    find_dates,
    find_times,
    parse_datetime_range,
    yearless_day_month,
    yearless_weekday_date,
)
from graphbuild.parse.header_addressed import addressed_body
from graphbuild.parse.header_bare_body import bare_body_in_page_header
from graphbuild.parse.header_body import body_name
from graphbuild.parse.header_dates import (
    YEAR_REACH,
    YEARLESS_REACH,
    date_under_body,
    decision_label_date,
    inline_yearless_date,
    labelled_date,
    unlabelled_date,
)
from graphbuild.parse.header_decisions import (
    agenda_approval,
    body_from_text,
    date_from_decisions,
    decided_by_header_line,
    repeated_decision_day,
)
from graphbuild.parse.header_field_cuts import cut_field_runs
from graphbuild.parse.header_field_run import body_in_field_run
from graphbuild.parse.header_kind import dated_body_line, document_kind, numbered_lines
from graphbuild.parse.header_labels import first_field, header_fields, meeting_fields
from graphbuild.parse.header_municipality import header_municipality, listed_with_others, placed_in
from graphbuild.parse.header_page_pieces import body_in_page_pieces
from graphbuild.parse.header_title import read_title
from graphbuild.parse.lines import Line
from graphbuild.vocab.gazetteer import is_cross_municipal

__all__ = ["Header", "listed_with_others", "parse_header"]

_POSTCODE = re.compile(r"\b\d{4}\s+[A-ZÆØÅ]")


@dataclass
class Header:
    kind: MeetingKind | None = None
    body: str | None = None
    municipality: MunicipalityRef | None = None
    start: datetime | None = None
    end: datetime | None = None
    location: str | None = None
    published: date | None = None


_COMMA_OR_NEWLINE = re.compile(r",|\n")
_CLOCK = re.compile(r"(?i)\bkl\.|\d[:.]\d\d")
_WEEKDAY = re.compile(r"(?i)^(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)\b")


def _location_from(value: str, has_date: bool) -> str | None:
    """The place in a field value; after a date and time ("Tid og sted") only the address part."""
    if has_date:
        parts = [p.strip() for p in _COMMA_OR_NEWLINE.split(value)]
        kept: list[str] = []
        for part in parts:
            if not part or find_date(part) or _CLOCK.search(part) or _WEEKDAY.match(part):
                if kept:
                    break
                continue
            kept.append(part)
            if _POSTCODE.search(part):
                break
        if kept and not _POSTCODE.search(", ".join(kept)):
            kept = kept[:1]
        return ", ".join(kept) or None
    first_line = value.split("\n")[0].strip(" ,.")
    return first_line or None


def parse_header(
    lines: list[Line],
    text: str,
    has_decisions: bool,
    items_start: int | None = None,
    title: str | None = None,
    records: bool = False,
) -> Header:
    """Header fields from the lines before the first agenda item; `items_start`: where the first item (a
    contents list's too) starts, the header's end for what it names; `title`: the web page's own title, read
    for what the text does not say; `records`: the items show the document records a meeting, so the header
    is read as a meeting's even when nothing in it says so."""
    header = Header()
    fields = header_fields(lines)
    # "… Udvalg: Kommunalbestyrelsen Dato: Tirsdag den 05. december 2017 Tid: Kl. 19:30 Sted: …": a flattened
    # header's fields run together on a page's line, for the labels no line opens with
    for key, values in cut_field_runs(lines, items_start).items():
        fields.setdefault(key, values)
    header.kind = document_kind(lines, has_decisions, text, items_start)
    if (
        header.kind is None
        and not records
        and not has_decisions
        and not meeting_fields(fields)
        and not numbered_lines(text)
        and not dated_body_line(lines)
    ):
        return header  # a news article or a body's web page: no meeting, so no date or body to invent
    # the page's title names the meeting for what the text does not: its body after all the text's readers, its
    # day after the text's statements of it (also picking among the days the header prints), its kind
    named = read_title(title)
    header.body = body_name(lines, fields, text)
    start, end, approved_body = _meeting_day(lines, text, fields, header.body, named.day)
    header.body = header.body or approved_body
    header.start, header.end = _with_clock(start, end, fields)
    if header.body is None:
        header.body = _body_from_the_text(lines, text, start.date() if start else None) or named.body
        # "Emne Bestyrelsesmøde Dato … Sted …": a flattened header's fields, the body one field's value
        header.body = header.body or body_in_field_run(lines)
        # "… kl. 17:00 Byrådet Byrådssalen …", "… Ringkøbing Byrådet Deltagere • …": a bare name between the fields
        header.body = header.body or bare_body_in_page_header(lines, items_start)
        # "… Referat fra Skagen Bytings bestyrelsesmøde d. 24. november 2020. Tilstede var …": a flattened header read
        # as the lines it was
        header.body = header.body or body_in_page_pieces(lines, items_start)
    holds_items = items_start is not None and items_start < len(text)
    if header.kind is None and (has_decisions or start is not None or holds_items):
        header.kind = named.kind  # a page that records a meeting, whose text calls it neither

    place = first_field(fields, "location")
    if place:
        header.location = _location_from(place, find_date(place) is not None)
    published = first_field(fields, "published")
    if published:
        found = find_date(published)
        header.published = found.value if found else None

    if not is_cross_municipal(header.body):
        day = header.start.date() if header.start else None
        header.municipality = (
            header_municipality(lines, header.body, day, items_start)
            or placed_in(header.location, header.body, day)
            # "… | Favrskov Kommune": the publisher the page's title names, as a header line naming it would
            or (header_municipality([Line(named.site, 0, 0)], None, day) if named.site else None)
        )
    return header


def _meeting_day(
    lines: list[Line], text: str, fields: dict[str, list[str]], body: str | None, titled: date | None = None
) -> tuple[datetime | None, datetime | None, str | None]:
    """The meeting's start and end, and the body the agenda-approval item names when that item dated it:
    a date-labelled field, the date under the body's heading, the header's first date (the day the page's
    title names when the header prints it too), the approval item, the body's decision headings, the day the
    page's title names, a weekday without its year, the document's first date."""
    start, end = labelled_date(fields, text)
    if start is None:
        start, end = date_under_body(lines, body)
    if start is None:
        start, end = inline_yearless_date(lines, text)
    head = "\n".join(line.text for line in lines)[:YEARLESS_REACH]
    if start is None:
        start, end = _unless_another_day(unlabelled_date(lines, text, lines_only=True), head)
        if start is not None and titled is not None and start.date() != titled:
            # the header's lines print several days (a publication's, a previous meeting's): the one the page's
            # title names is the meeting's
            start, end = _day_in_lines(lines, titled) or (start, end)
    if start is not None:
        return start, end, None
    approved = agenda_approval(text)
    if approved is not None:
        return at_time(approved[1], None), None, approved[0]
    if body:
        day = date_from_decisions(text, body)
        if day:
            return at_time(day, None), None, None
    decided = repeated_decision_day(text)
    if decided is not None:
        # no body named yet: the body and day two items' decision headings name alike ("Beslutning i Erhvervs- og
        # Udviklingsudvalget 4. oktober 2021:"), before the text's first date ("Status på bevillinger pr. 16.08.2021")
        return at_time(decided[1], None), None, decided[0]
    labelled_decision = decision_label_date(text)
    if labelled_decision is not None:
        return labelled_decision, None, None
    if titled is not None:  # the page's title names the day the text does not: before what may be any day's
        return at_time(titled, None), None, None
    # "Forretningsudvalgets 3. møde i 2012, torsdag den 23. august kl. 12": the weekday dates the day
    yearless = yearless_weekday_date(head, text[:YEAR_REACH])
    if yearless is not None:
        clock, clock_end = find_times(head[yearless.end : yearless.end + 40])
        return at_time(yearless.value, clock), (at_time(yearless.value, clock_end) if clock_end else None), None
    start, end = _unless_another_day(unlabelled_date(lines, text), head)
    return start, end, None


def _unless_another_day(
    found: tuple[datetime | None, datetime | None], head: str
) -> tuple[datetime | None, datetime | None]:
    """The header's first full date, unless the header prints the meeting's day without its year and the full
    date is another day: "Åben beslutningsprotokol 25. juni kl. 10:00" over "besluttede i mødet den 22. maj
    2006" (a case's history)."""
    start = found[0]
    printed = yearless_day_month(head)
    if start is not None and printed is not None and printed != (start.day, start.month):
        return None, None
    return found


def _day_in_lines(lines: list[Line], day: date) -> tuple[datetime, datetime | None] | None:
    """``day`` where a header line prints it, with the clock after it; None when no line does."""
    for line in lines:
        for found in find_dates(line.text):
            if found.value == day:
                clock, clock_end = find_times(line.text[found.end : found.end + 40])
                return at_time(day, clock), (at_time(day, clock_end) if clock_end else None)
    return None


def _with_clock(
    start: datetime | None, end: datetime | None, fields: dict[str, list[str]]
) -> tuple[datetime | None, datetime | None]:
    """The start's clock from a field of its own ("Dato: 29. januar 2020", "Tidspunkt: Kl. 19:00"), the
    end from an end-labelled field ("Sluttidspunkt: 21:30")."""
    if start is not None and start.hour == 0 and start.minute == 0:
        for key in ("tidspunkt", "mødetidspunkt", "tid", "kl"):
            for value in fields.get(key, []):
                clock, clock_end = find_times(value)
                if clock:
                    start = at_time(start.date(), clock)
                    end = at_time(start.date(), clock_end) if clock_end else end
                    break
    end_value = first_field(fields, "end")
    if end_value:
        end_start, _ = parse_datetime_range(end_value)
        if end_start is None and start is not None:
            clock, _ = find_times(end_value)
            end_start = at_time(start.date(), clock) if clock else None
        end = end_start or end
    return start, end


def _body_from_the_text(lines: list[Line], text: str, day: date | None) -> str | None:
    """When the header names no body: the agenda-approval item's, the decision headings', a header line
    the dated decision headings name."""
    approved = agenda_approval(text)
    if approved and approved[0]:
        return approved[0]
    found = body_from_text(text, day)
    if found is None and day is not None:
        found = decided_by_header_line(lines, text, day)
    return found or addressed_body(text)

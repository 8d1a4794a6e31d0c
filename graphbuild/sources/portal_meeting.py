"""A meeting as a portal's markup states it, and its text in the layout the parse stage reads.

The portal readers (``edoc``, ``sbsys``, ``firstagenda``) fill a :class:`PortalMeeting` from what
the markup says is what (the body, the time, each item's number, title, case number and sections, the bodies a
case passed through); :func:`render` writes it as plain minutes text: a header of labelled lines,
then one ``Punkt N: title`` block per item with its sections under their headings. Data still
flows one way: the parse stage reads this text like any other document.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from datetime import datetime

from graphbuild.handling_lines import MONTHS as _MONTHS
from graphbuild.handling_lines import handling_of as read_handling


@dataclass(frozen=True)
class Handling:
    """One stop of a case's passage: a body, and the day and item number when the portal gives them."""

    body: str
    day: datetime | None = None
    item: str | None = None
    text: str = ""  # what that body said there, when the portal gives it (written under the handling)


@dataclass(frozen=True)
class PortalItem:
    number: str
    title: str
    case_number: str | None = None
    sections: list[tuple[str, str]] = field(default_factory=list)  # (heading, text); heading may be ""
    passage: list[Handling] = field(default_factory=list)  # the case's other handlings, in order
    public: bool = True


@dataclass(frozen=True)
class PortalMeeting:
    body: str
    kind: str  # "Referat" or "Dagsorden"
    start: datetime | None = None
    end: datetime | None = None
    location: str | None = None
    members: list[str] = field(default_factory=list)
    members_label: str = "Medlemmer"  # the portal's own label over ``members`` ("Mødedeltagere")
    front_matter: list[str] = field(default_factory=list)  # the portal's own header lines, kept
    items: list[PortalItem] = field(default_factory=list)


def danish_date(day: datetime) -> str:
    """'4. december 2012'."""
    return f"{day.day}. {_MONTHS[day.month - 1]} {day.year}"


def _time(day: datetime) -> str:
    return f"{day.hour:02d}:{day.minute:02d}"


def render_handling(handling: Handling) -> str:
    """'Kommunalbestyrelsen den 30. januar 2012 punkt 5', or the body alone when undated."""
    line = handling.body
    if handling.day is not None:
        line += f" den {danish_date(handling.day)}"
    if handling.item:
        line += f" punkt {handling.item}"
    return line


def handling_of(line: str) -> Handling | None:
    """The handling a line lists ("KMB IT-udvalget den 5. december 2012 Punkt 3", "19-08-2019
    Magistraten"), read by ``graphbuild.handling_lines`` as the extraction step reads it, or None."""
    handling = read_handling(line)
    if handling is None:
        return None
    return Handling(handling.body, datetime.combine(handling.day, datetime.min.time()), handling.item)


def element_text(element: ET.Element | None, path: str) -> str:
    """The text of ``element``'s child at ``path``, whitespace collapsed; empty when there is none."""
    if element is None:
        return ""
    return " ".join((element.findtext(path) or "").split())


def parse_portal_time(value: str | None) -> datetime | None:
    """The portals' 'dd-mm-yyyy hh:mm:ss' (eDoc, SBSYS); None when absent or another form."""
    text = (value or "").strip()
    for form in ("%d-%m-%Y %H:%M:%S", "%d-%m-%Y %H:%M", "%d-%m-%Y"):
        try:
            return datetime.strptime(text, form)
        except ValueError:
            continue
    return None


# "onsdag den 1. oktober 2025 kl. 15.45", "1. oktober 2025 kl. 15:45", "1. oktober 2025"
_DANISH_DATETIME = re.compile(
    r"(?P<day>\d{1,2})\.\s*(?P<month>[a-zæøå]+)\s+(?P<year>\d{4})"
    r"(?:\s*,?\s*(?:kl\.?|klokken)\s*(?P<hour>\d{1,2})[.:](?P<minute>\d{2}))?",
    re.IGNORECASE,
)


def parse_danish_datetime(value: str | None) -> datetime | None:
    """The first day (and its time, when 'kl. hh.mm' follows) written out in Danish in ``value``
    ('onsdag den 1. oktober 2025 kl. 15.45'), else the portals' 'dd-mm-yyyy'; None otherwise."""
    text = " ".join((value or "").split())
    for match in _DANISH_DATETIME.finditer(text):
        month = match.group("month").lower()
        if month not in _MONTHS:
            continue
        hour, minute = int(match.group("hour") or 0), int(match.group("minute") or 0)
        try:
            return datetime(int(match.group("year")), _MONTHS.index(month) + 1, int(match.group("day")), hour, minute)
        except ValueError:
            continue
    return parse_portal_time(text)


def sentence_case(text: str) -> str:
    """A name or heading written in capitals ('FORRETNINGSUDVALGET') as a word: 'Forretningsudvalget'."""
    letters = [c for c in text if c.isalpha()]
    if letters and all(c.isupper() for c in letters):
        lowered = text.lower()
        return lowered[:1].upper() + lowered[1:]
    return text


def _header(meeting: PortalMeeting) -> list[str]:
    lines = [f"{meeting.kind} {meeting.body}"]
    if meeting.start is not None:
        when = f"Mødedato: {danish_date(meeting.start)} kl. {_time(meeting.start)}"
        if meeting.end is not None and meeting.end.date() == meeting.start.date():
            when += f" - {_time(meeting.end)}"
        lines.append(when)
    if meeting.location:
        lines.append(f"Mødested: {meeting.location}")
    return lines


def _text_lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def _item(item: PortalItem) -> list[str]:
    lines = [f"Punkt {item.number}: {item.title}", ""]
    if not item.public:
        lines += ["Lukket punkt", ""]
    if item.case_number:
        lines += [f"Sagsnr.: {item.case_number}", ""]
    if item.passage:
        lines.append("Sagsforløb")  # the parse stage reads what follows as other meetings' record
        for handling in item.passage:
            lines += [render_handling(handling), *_text_lines(handling.text)]
        lines.append("")
    for heading, text in item.sections:
        body = text.strip()
        if not body:
            continue
        lines += ([heading] if heading else []) + [body, ""]
    return lines


def render(meeting: PortalMeeting) -> str:
    """The meeting as minutes text: header, members, the portal's front matter, then the items."""
    lines = [*_header(meeting), ""]
    if meeting.members:
        lines += [meeting.members_label, *meeting.members, ""]
    if meeting.front_matter:
        lines += [*meeting.front_matter, ""]
    for item in meeting.items:
        lines += _item(item)
    text = "\n".join(lines)
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    return text.strip() + "\n"

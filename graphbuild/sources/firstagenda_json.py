"""FirstAgenda's publication API meeting file (JSON): the meeting the portal's publication page is
rendered from, read by its keys, never a municipality's words.

The portal's page loads one meeting as JSON (``/api/agenda/dagsorden/{id}``); scrapers keep exactly
that file. Its top level holds ``Udvalg`` (the body: ``Navn``), ``Moede`` (``Dato`` or
``MeetingBeginUtc``, ``MeetingEndUtc``, ``Sted``, ``Navn`` ("Dagsorden", "Referat", …),
``Afsluttet`` once the meeting is held, ``Description``, and ``Moededeltagere``: each participant's
``Name`` with the flags ``Absent`` and ``ParticipationCancelled``) and ``Dagsordenpunkter``, the
items: ``Punktnummer``/``Number``, ``Navn``/``Caption``, ``SagsNummer``/``CaseNumber``, ``IsOpen``,
``ExternalAgendaItemAttendees`` (who missed this item, with the portal's ``Reason``) and ``Felter``,
whose ``Html`` is the item's text: sections under ``h2``/``h3`` headings (Beslutning, Resume,
Indstilling, Sagsbeskrivelse, …) and a ``span.sagsforloeb`` of the case's handlings, each an
underlined "dd-mm-yyyy Body" line over what that body decided.

It fills the :class:`PortalMeeting` the HTML page's reader fills (an item's HTML read by ``firstagenda_sections``), so
every later stage sees the same layout. Attendance is written as the labelled lists minutes use: those not flagged under
"Mødedeltagere", ``ParticipationCancelled`` under "Afbud", ``Absent`` under "Fraværende", a stand-in
(the portal writes "X (Stedfortræder for Y)" as the participant's name) under "Stedfortrædere" as "X,
stedfortræder for Y", and a
per-item absence under its reason with the items it covers ("Lone Mortensen (punkt 3, 5)").

A participant's record holds its name and those flags (and ``AttendanceType``) only: no title, party
or seat, and ``Udvalg`` names no members (so seen in two portals' files). A person's post is read from
the items' text, as on the portal's page.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TypeGuard
from zoneinfo import ZoneInfo

from graphbuild.errors import SourceError
from graphbuild.sources.encoding import decode_text
from graphbuild.sources.firstagenda_sections import DECISION_HEADINGS, read_sections
from graphbuild.sources.html import html_to_text
from graphbuild.sources.portal_meeting import PortalItem, PortalMeeting, render

# The keys a FirstAgenda meeting file has at its top level; all three, of these types, or it is none.
MEETING_KEYS = ("Dagsordenpunkter", "Moede", "Udvalg")
# A cheap look before parsing, for files found in a folder: the items' key is the API's first key
# (and the first in sorted order), so it is near the start of any meeting file (UTF-8 or UTF-16).
_SNIFF_BYTES = 65536
_SNIFFS = (b'"Dagsordenpunkter"', '"Dagsordenpunkter"'.encode("utf-16-le"), '"Dagsordenpunkter"'.encode("utf-16-be"))
# The portal writes a stand-in into the participant's name: "X (Stedfortræder for Y)".
_STANDS_IN = re.compile(r"(?i)\s*\((?P<word>stedfortræder|suppleant)\s+for\s+(?P<for>[^()]*[^()\s])\s*\)\s*$")
_DENMARK = ZoneInfo("Europe/Copenhagen")
_CLOSED_PREFIX = "lukket"  # the portal's "Lukket: <title>" of an item heard behind closed doors

Json = dict[str, object]


def _dict(value: object) -> Json:
    return value if isinstance(value, dict) else {}


def _list(value: object) -> list[object]:
    return value if isinstance(value, list) else []


def _str(value: object) -> str:
    """A string value with its whitespace collapsed; a number as its digits; anything else empty."""
    if isinstance(value, bool) or value is None:
        return ""
    if isinstance(value, int | float):
        return str(value)
    return " ".join(value.split()) if isinstance(value, str) else ""


def _first(record: Json, *keys: str) -> str:
    for key in keys:
        found = _str(record.get(key))
        if found:
            return found
    return ""


def is_meeting(value: object) -> TypeGuard[Json]:
    """Whether a parsed JSON value is a FirstAgenda meeting: an object with the API's items list,
    meeting object and body object."""
    if not isinstance(value, dict):
        return False
    return (
        isinstance(value.get("Dagsordenpunkter"), list)
        and isinstance(value.get("Moede"), dict)
        and isinstance(value.get("Udvalg"), dict)
    )


def looks_like_meeting_file(path: Path) -> bool:
    """Whether a file's opening holds the items' key (before reading it whole): a folder's other
    JSON files (settings, expected answers, package metadata) are no minutes and are passed over."""
    try:
        with path.open("rb") as handle:
            head = handle.read(_SNIFF_BYTES)
    except OSError:
        return True  # let reading it report the problem
    return any(sniff in head for sniff in _SNIFFS)


def _time(value: str) -> datetime | None:
    """'2022-04-04T15:30:00+02:00' as the wall-clock time in Denmark (a time in UTC, "…Z", is moved
    there); None when absent or not ISO 8601."""
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is not None:
        moment = moment.astimezone(_DENMARK)
    return moment.replace(tzinfo=None)


def _item_html(item: Json) -> str:
    return "\n".join(_str_raw(_dict(f).get("Html")) for f in _list(item.get("Felter")))


def _str_raw(value: object) -> str:
    return value if isinstance(value, str) else ""


def _is_closed(item: Json, title: str, open_flag_used: bool) -> bool:
    """Closed when its title says so ("Lukket: …"), or when the file marks open items (``IsOpen``
    true on some item) and not this one. Some portals write ``IsOpen`` false on every item."""
    if title.lower().startswith(_CLOSED_PREFIX):
        return True
    return open_flag_used and item.get("IsOpen") is not True


def _item(item: Json, position: int, open_flag_used: bool) -> PortalItem:
    title = _first(item, "Navn", "Caption")
    sections, passage = read_sections(_item_html(item))
    return PortalItem(
        number=_first(item, "Punktnummer", "Number") or str(position),
        title=title,
        case_number=_first(item, "SagsNummer", "CaseNumber") or None,
        sections=sections,
        passage=passage,
        public=not _is_closed(item, title, open_flag_used),
    )


@dataclass
class _Attendance:
    present: list[str] = field(default_factory=list)
    by_label: dict[str, list[str]] = field(default_factory=dict)  # label -> entries, in order

    def add(self, label: str, entry: str) -> None:
        entries = self.by_label.setdefault(label, [])
        if entry not in entries:
            entries.append(entry)


def _item_list(numbers: list[str]) -> str:
    """'(punkt 3)', '(punkt 1-3, 5)': the items, a run of three or more consecutive numbers as a range."""
    parts: list[str] = []
    run: list[int] = []

    def end_run() -> None:
        if len(run) >= 3:
            parts.append(f"{run[0]}-{run[-1]}")
        else:
            parts.extend(str(n) for n in run)
        run.clear()

    for number in numbers:
        if number.isdigit() and number.isascii():
            if run and int(number) != run[-1] + 1:
                end_run()
            run.append(int(number))
        else:
            end_run()
            parts.append(number)
    end_run()
    return f"(punkt {', '.join(parts)})"


def _attendance(meeting: Json, items: list[Json], numbers: list[str]) -> _Attendance:
    """The participants as the file flags them, and who missed which items."""
    found = _Attendance()
    for record in (_dict(p) for p in _list(meeting.get("Moededeltagere"))):
        name = _first(record, "Name", "Navn")
        if not name:
            continue
        if record.get("ParticipationCancelled") is True:
            found.add("Afbud", name)
        elif stand_in := _STANDS_IN.search(name):  # "Jesper Fini Kuhre (Stedfortræder for Ronni Mark Nielsen)"
            person = name[: stand_in.start()].strip()
            found.add("Stedfortrædere", f"{person}, {stand_in['word'].lower()} for {stand_in['for']}")
        elif record.get("Absent") is True:
            found.add("Fraværende", name)
        elif name not in found.present:
            found.present.append(name)
    missed: dict[tuple[str, str], list[str]] = {}
    for item, number in zip(items, numbers, strict=True):
        for record in (_dict(a) for a in _list(item.get("ExternalAgendaItemAttendees"))):
            name = _first(record, "Name", "Navn")
            if name:
                reason = _first(record, "Reason") or "Fraværende"
                entries = missed.setdefault((reason, name), [])
                if number not in entries:
                    entries.append(number)
    for (reason, name), missed_items in missed.items():
        found.add(reason, f"{name} {_item_list(missed_items)}")
    return found


def _kind(meeting: Json, items: list[PortalItem]) -> str:
    """'Referat' when the file names minutes, or the meeting is held and an item has a decision
    (a portal may keep calling held meetings' pages "Dagsorden"); else 'Dagsorden'."""
    if "referat" in _first(meeting, "Navn").lower():
        return "Referat"
    decided = any(h.lower() in DECISION_HEADINGS and t.strip() for i in items for h, t in i.sections)
    return "Referat" if decided and meeting.get("Afsluttet") is not False else "Dagsorden"


def _front_matter(meeting: Json, attendance: _Attendance) -> list[str]:
    lines: list[str] = []
    for label, entries in attendance.by_label.items():
        lines += [label, *entries, ""]
    note = _str_raw(meeting.get("Description"))
    note = " ".join((html_to_text(note) if "<" in note else note).split())
    if note:
        lines.append(f"Information: {note}")
    return lines


def read_meeting(value: Json) -> PortalMeeting:
    """The meeting a FirstAgenda meeting file states (see the module's description)."""
    meeting = _dict(value.get("Moede"))
    records = [i for i in _list(value.get("Dagsordenpunkter")) if isinstance(i, dict)]  # others are no items
    open_flag_used = any(r.get("IsOpen") is True for r in records)
    items = [_item(r, n, open_flag_used) for n, r in enumerate(records, start=1)]
    attendance = _attendance(meeting, records, [i.number for i in items])
    return PortalMeeting(
        body=_first(_dict(value.get("Udvalg")), "Navn", "Name"),
        kind=_kind(meeting, items),
        start=_time(_first(meeting, "Dato", "MeetingBeginUtc")),
        end=_time(_first(meeting, "MeetingEndUtc")),
        location=_first(meeting, "Sted") or None,
        members=attendance.present,
        members_label="Mødedeltagere",
        front_matter=_front_matter(meeting, attendance),
        items=items,
    )


def parse_meeting_file(name: str, data: bytes) -> Json:
    """The parsed meeting file, or a :class:`SourceError` naming ``name`` and what is wrong."""
    text, _ = decode_text(data)
    try:
        value: object = json.loads(text)
    except (ValueError, RecursionError) as error:
        problem = str(error).splitlines()[0] if str(error) else "too deeply nested"
        raise SourceError(name, f"not valid JSON ({problem})") from None
    if not is_meeting(value):
        items, meeting, body = MEETING_KEYS
        raise SourceError(
            name,
            f"JSON that is not a FirstAgenda meeting file (no {items} list, {meeting} and {body} at its top level)",
        )
    return value


def json_to_text(name: str, data: bytes) -> str:
    """The minutes text of a FirstAgenda meeting file (see :mod:`portal_meeting` for its layout)."""
    return render(read_meeting(parse_meeting_file(name, data)))

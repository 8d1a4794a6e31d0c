"""The meeting whose decision an item's outcome is read from, as parse read it in the header: its day and its body.

``agenda`` hands it to ``outcome_decision``, which chooses an item's decision text by it ("Beslutning i Byrådet den
29-01-2020" is this meeting's when the Byråd met that day; the case history's "Økonomiudvalget den 15-01-2020" is not).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from graphbuild.models import Meeting


@dataclass(frozen=True, slots=True)
class ThisMeeting:
    """The meeting's day (none for an agenda, whose items have no decision yet, or where the header prints none)
    and its body as the header names it (none where it names none)."""

    day: date | None = None
    body: str | None = None


UNKNOWN = ThisMeeting()


def this_meeting_of(meeting: Meeting) -> ThisMeeting:
    """The day and body of minutes' meeting; an agenda's day is none (its items carry no decision of that day)."""
    day = None if meeting.kind == "dagsorden" or meeting.start is None else meeting.start.date()
    return ThisMeeting(day=day, body=meeting.body)

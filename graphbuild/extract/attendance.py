"""Attendance: the parse stage's attendees, or, when it found none, the header's "Afbud:" block
("Lars Møller, i stedet deltager Claus Brandt")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from graphbuild.extract.people import find_people
from graphbuild.models import Meeting


@dataclass(frozen=True)
class Presence:
    name: str
    status: str  # present, absent, substitute
    for_: str | None
    start: int
    end: int


SUBSTITUTE = re.compile(r",?\s*(?:i\s+stedet\s+deltager|stedfortræder(?::)?|suppleant(?::)?)\s+", re.IGNORECASE)
BLOCK = re.compile(r"^(Afbud|Fraværende|Deltagere|Til\s+stede)\s*:", re.IGNORECASE | re.MULTILINE)


def attendance(meeting: Meeting, header_end: int) -> list[Presence]:
    if meeting.attendance:
        return [Presence(a.name, a.status, a.for_, a.start, a.end) for a in meeting.attendance]
    return _from_header(meeting.source.text, header_end)


def _from_header(text: str, header_end: int) -> list[Presence]:
    out: list[Presence] = []
    for block in BLOCK.finditer(text, 0, header_end):
        end_match = re.compile(r"\n\s*\n").search(text, block.end(), header_end)
        end = end_match.start() if end_match else header_end
        status = "present" if block.group(1).lower() in ("deltagere", "til stede") else "absent"
        pos = block.end()
        for line in text[block.end() : end].split("\n"):
            line_start = pos
            pos += len(line) + 1
            people = find_people(text, line_start, line_start + len(line))
            if not people:
                continue
            sub = SUBSTITUTE.search(line)
            if sub and len(people) >= 2 and status == "absent":
                absent, stand_in = people[0], people[1]
                out.append(Presence(absent.name, "absent", None, absent.start, absent.end))
                out.append(Presence(stand_in.name, "substitute", absent.name, stand_in.start, stand_in.end))
            else:
                out.extend(Presence(p.name, status, None, p.start, p.end) for p in people)
    return out

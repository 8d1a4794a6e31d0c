"""Attendance: the parse stage's attendees, or, when it found none, the header's "Afbud:" block
("Lars Møller, i stedet deltager Claus Brandt")."""

from __future__ import annotations

import re

from graphbuild.extract.people import find_people
from graphbuild.models import Attendance, Meeting

SUBSTITUTE = re.compile(r",?\s*(?:i\s+stedet\s+deltager|stedfortræder(?::)?|suppleant(?::)?)\s+", re.IGNORECASE)
BLOCK = re.compile(r"^(Afbud|Fraværende|Deltagere|Til\s+stede)\s*:", re.IGNORECASE | re.MULTILINE)


def attendance(meeting: Meeting, header_end: int) -> list[Attendance]:
    if meeting.attendance:
        return list(meeting.attendance)
    return _from_header(meeting.source.text, header_end)


def _from_header(text: str, header_end: int) -> list[Attendance]:
    out: list[Attendance] = []
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
                out.append(Attendance(name=absent.name, status="absent", start=absent.start, end=absent.end))
                out.append(
                    Attendance(
                        name=stand_in.name,
                        status="substitute",
                        for_=absent.name,
                        start=stand_in.start,
                        end=stand_in.end,
                    )
                )
            else:
                out.extend(Attendance(name=p.name, status=status, start=p.start, end=p.end) for p in people)
    return out

"""A board member's seat in the board as the board's page prints it on a line under the name (read by `roles`): bare in
a bracket on a line of its own ("(formand)", "(næstformand)"), or opening the line, a comma or the line's end after it
("Formand, fhv. direktør i Kulturstyrelsen", "Bestyrelsesformand, udpeget af Faaborg-Midtfyn Produktionsskolens
bestyrelse"). `role_board_headed_entries` gives such an entry no `medlem`: the seat is its title in the board (README
roles rule 2), held in the body the text is about there. A seat "for" or "i" a body the line names ("Formand for
Dansk Byggeri") is a post elsewhere, no seat in this board."""

from __future__ import annotations

import re

from graphbuild.extract.role_board_headed_entries import BoardEntry
from graphbuild.extract.role_boards import ChairOf
from graphbuild.extract.role_facts import RoleFact, role_fact
from graphbuild.extract.role_list_seats import SEAT_WORD

# the seat alone in a bracket on a line of its own: "(formand)"
BRACKETED = re.compile(r"\([ \t]*(?P<seat>[^()\n]{1,30}?)[ \t]*\)")
# what follows a seat opening its line: a comma, or nothing
AFTER_SEAT = re.compile(r"[ \t]*(?:,|$)")


def seats_under_names(entries: list[BoardEntry], chairs: ChairOf, found: list[RoleFact]) -> list[RoleFact]:
    """The seat in the board a line under each entry's name prints, bare in a bracket or opening the line."""
    known = {(f.person.name, f.role) for f in found}
    out: list[RoleFact] = []
    for entry in entries:
        if not entry.seated:
            continue
        p = entry.person
        for line in entry.details:
            seat = _seat_of_line(line)
            if seat is None or (p.name, seat) in known:
                continue
            known.add((p.name, seat))
            out.append(role_fact(p, seat, chairs(entry.heading_end) or chairs.unnamed, p.start, p.end))
    return out


def _seat_of_line(line: str) -> str | None:
    """The seat a detail line prints: the whole of its bracket, or the words opening it before a comma or its end."""
    bracket = BRACKETED.fullmatch(line)
    text = bracket["seat"] if bracket is not None else line
    seat = SEAT_WORD.match(text)
    if seat is None or seat["of"] is not None:
        return None
    if (bracket is not None and seat.end() != len(text)) or AFTER_SEAT.match(text, seat.end()) is None:
        return None
    return text[: seat.end()].lower()

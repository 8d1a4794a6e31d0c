"""A member a sentence declares disqualified, "Kim Valentin (V) er erklæret inhabil i sager om … Flemming Trojel (V) er
indkaldt som stedfortræder for Kim Valentin", "… deltog stedfortræder Susanne Rasmussen (V), da Charlotte Bie (V) var
inhabil": a member is disqualified in some matters only while at the meeting, so the stand-in called in for them
makes them no absentee of the whole meeting but present (before, the stand-in's "for Kim Valentin" made the member
absent). Only the absence a prose stand-in implies for the member (the member a substitute row stands in for), the
declaration on its line, is read so; an absence a list states ("Fraværende: X") is no prose row and stays, as do
the member's absences from some items. Read by `attendance_prose`."""

from __future__ import annotations

import re

from graphbuild.parse.attendance_merge import name_key
from graphbuild.parse.attendance_rows import Row

# after the member's name: a party's bracket, then the verb that declares them disqualified ("er erklæret inhabil",
# "var inhabil", "erklærede sig inhabil", "blev erklæret inhabil")
_DECLARED = (
    r"(?:[ \t]*\([A-ZÆØÅ]{1,3}\))?,?\s+"
    r"(?:er\s+(?:erklæret\s+)?|var\s+|blev\s+(?:erklæret\s+)?|erklærede\s+sig\s+|erklæres\s+)inhabil\b"
)


def declared_disqualified(text: str, name: str, at: int) -> bool:
    """Whether the line of ``text`` holding offset ``at`` declares the person ``name`` disqualified (inhabil), the name
    right before the verb: the stand-in's paragraph says why they were called."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return re.compile(re.escape(name) + _DECLARED).search(text, start, len(text) if end < 0 else end) is not None


def disqualified_present(text: str, lower: str, rows: list[Row]) -> list[Row]:
    """``rows`` (the prose readers') with the whole meeting's absence of a member a substitute row stands in for whom
    the stand-in's line declares disqualified read as the member's presence; ``lower`` is ``text`` lower-cased."""
    if "inhabil" not in lower:
        return rows
    stood_in_for = {name_key(row.for_) for row in rows if row.status == "substitute" and row.for_}
    for row in rows:
        if (
            row.status == "absent"
            and not row.per_item
            and name_key(row.name) in stood_in_for
            and declared_disqualified(text, row.name, row.start)
        ):
            row.status = "present"
    return rows

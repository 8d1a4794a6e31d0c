"""A table of members with their attendance in a column: "Jens Hansen (A)<tab>Mødt", "Lise Jensen  Afbud",
"• Leila Lindén: Deltog • Sofie de Bretteville Olsen: Afbud (Stedfortræder Jarl Feyling)"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from graphbuild.models import AttendanceStatus
from graphbuild.parse.attendance_names import read_name
from graphbuild.parse.attendance_rows import Row
from graphbuild.parse.attendance_stand_ins import SUB_IN_REST, row_of
from graphbuild.vocab.person_names import NAME_RUN

# a table of members with their attendance in a column: "Jens Hansen (A)<tab>Mødt", "Lise Jensen  Afbud"
_STATUS_WORDS: dict[str, AttendanceStatus] = {
    "mødt": "present", "til stede": "present", "deltog": "present", "deltager": "present", "fremmødt": "present",
    "afbud": "absent", "fraværende": "absent", "ikke mødt": "absent", "fravær": "absent", "forfald": "absent",
}  # fmt: skip

# an entry is a line, or on a page flattened onto one line the text between two bullets:
# "Medlemmer • Lars Gaardhøj: Deltog • Sofie de Bretteville Olsen: Afbud (Stedfortræder Jarl Feyling) • …"
_STATUS_ENTRY = (
    # the party in brackets or in a cell of its own: "Ole Berg (O)  Afbud", "Ole Berg | O | Afbud"
    rf"[ \t•*·-]*(?P<name>{NAME_RUN.pattern})"
    r"(?P<party>[ \t]*\([^()\n]{1,30}\)|[ \t]*\|[ \t]*[A-ZÆØÅ]{1,3}(?=[ \t]*\|))?"
    r"(?:\t+[ \t]*|[ \t]{2,}|[ \t]+[-–|][ \t]+|[ \t]*:[ \t]*)"  # "• Leila Lindén: Deltog"
    rf"(?P<status>(?i:{'|'.join(sorted(_STATUS_WORDS, key=len, reverse=True))}))(?![\wæøå])[^\n•]*(?=•|$)"
)

STATUS_LINE = re.compile(rf"(?m)(?:^|(?<=•)){_STATUS_ENTRY}")

# the line break or bullet right before a status line: a pattern that opens with a character class is
# scanned for at C speed, where one that opens with "^" or a look-behind is tried at every position
_BEFORE_STATUS_LINE = re.compile(rf"(?m)[\n•](?={_STATUS_ENTRY})")


def status_lines(text: str) -> Iterator[re.Match[str]]:
    """What ``STATUS_LINE.finditer(text)`` finds: a match starts at the text's start or right after a
    line break or a bullet (and a match never ends on one, so none is skipped by resuming at its end)."""
    resume = 0
    first = STATUS_LINE.match(text)
    if first is not None:
        yield first
        resume = first.end()
    for before in _BEFORE_STATUS_LINE.finditer(text, resume):
        if before.start() < resume:
            continue
        line = STATUS_LINE.match(text, before.start() + 1)
        if line is not None:
            yield line
            resume = line.end()


def status_column(text: str) -> list[Row]:
    rows: list[Row] = []
    for line in status_lines(text):
        hit = read_name(text, line.start("name"), line.end("name"))
        if hit is None:
            continue
        status = _STATUS_WORDS[" ".join(line["status"].lower().split())]
        rows.append(row_of(hit, status))
        after = line.end("status")
        sub_in = SUB_IN_REST.match(text[after : line.end()]) if status == "absent" else None
        sub = read_name(text, after + sub_in.end(), line.end()) if sub_in else None
        if sub is not None:  # "• Sofie de Bretteville Olsen: Afbud (Stedfortræder Jarl Feyling, …)"
            rows.append(row_of(sub, "substitute", for_=hit.name))
    return rows

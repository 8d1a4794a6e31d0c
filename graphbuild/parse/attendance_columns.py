"""A table of members with their attendance in a column: "Jens Hansen (A)<tab>Mødt", "Lise Jensen  Afbud",
"• Leila Lindén: Deltog • Sofie de Bretteville Olsen: Afbud (Stedfortræder Jarl Feyling)"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from graphbuild.models import AttendanceStatus
from graphbuild.parse.attendance_names import read_name
from graphbuild.parse.attendance_reading import CueWords
from graphbuild.parse.attendance_rows import Row
from graphbuild.parse.attendance_stand_ins import SUB_IN_REST, row_of
from graphbuild.vocab.near import CASE_BLIND_LOOKALIKES
from graphbuild.vocab.person_names import NAME_RUN

# a table of members with their attendance in a column: "Jens Hansen (A)<tab>Mødt", "Lise Jensen  Afbud"
_STATUS_WORDS: dict[str, AttendanceStatus] = {
    "mødt": "present", "til stede": "present", "deltog": "present", "deltager": "present", "fremmødt": "present",
    "afbud": "absent", "fraværende": "absent", "ikke mødt": "absent", "fravær": "absent", "forfald": "absent",
}  # fmt: skip

_STATUS_ALTERNATION = "|".join(sorted(_STATUS_WORDS, key=len, reverse=True))

# an entry is a line, or on a page flattened onto one line the text between two bullets:
# "Medlemmer • Lars Gaardhøj: Deltog • Sofie de Bretteville Olsen: Afbud (Stedfortræder Jarl Feyling) • …"
_STATUS_ENTRY = (
    # the party in brackets or in a cell of its own: "Ole Berg (O)  Afbud", "Ole Berg | O | Afbud"
    rf"[ \t•*·-]*(?P<name>{NAME_RUN.pattern})"
    r"(?P<party>[ \t]*\([^()\n]{1,30}\)|[ \t]*\|[ \t]*[A-ZÆØÅ]{1,3}(?=[ \t]*\|))?"
    r"(?:\t+[ \t]*|[ \t]{2,}|[ \t]+[-–|][ \t]+|[ \t]*:[ \t]*"  # "• Leila Lindén: Deltog"
    # one space after the party's bracket when the status ends the line: "Lone Berg (A) Fraværende" is her status,
    # not a label of the names below ("… Ole Berg (V) Forfald Lise Holm (C)" on a flattened line still is one)
    rf"|(?<=\))[ \t](?=(?i:{_STATUS_ALTERNATION})[ \t.]*$))"
    rf"(?P<status>(?i:{_STATUS_ALTERNATION}))(?![\wæøå])[^\n•]*(?=•|$)"
)

STATUS_LINE = re.compile(rf"(?m)(?:^|(?<=•)){_STATUS_ENTRY}")

# the line break or bullet right before a status line: a pattern that opens with a character class is
# scanned for at C speed, where one that opens with "^" or a look-behind is tried at every position
_BEFORE_STATUS_LINE = re.compile(rf"(?m)[\n•](?={_STATUS_ENTRY})")


def status_lines(text: str, cues: CueWords) -> Iterator[re.Match[str]]:
    """What ``STATUS_LINE.finditer(text)`` finds: a match starts at the text's start or right after a
    line break or a bullet (and a match never ends on one, so none is skipped by resuming at its end).
    A match lies on one line and holds a status word: only the lines that hold one are scanned."""
    resume = 0
    first = STATUS_LINE.match(text)
    if first is not None:
        yield first
        resume = first.end()
    for line_start, line_end in _lines_with_a_status_word(text, cues):
        # the break before the line and the bullets on it; the look-ahead ends at the line's end either way
        for before in _BEFORE_STATUS_LINE.finditer(text, max(line_start - 1, resume), line_end):
            if before.start() < resume:
                continue
            line = STATUS_LINE.match(text, before.start() + 1)
            if line is not None:
                yield line
                resume = line.end()


# the status words as the lower-cased text holds them ("fremmødt", "ikke mødt" hold "mødt", "fraværende" "fravær");
# the letters a case-blind pattern also reads as "i", "s" or "k" make every line a candidate
_STATUS_STEMS = ("mødt", "til stede", "deltog", "deltager", "afbud", "fravær", "forfald")
STATUS_STEMS = _STATUS_STEMS  # for the document's one pass over its cue words


def _lines_with_a_status_word(text: str, cues: CueWords) -> list[tuple[int, int]]:
    """(start, end) of each line of text that holds a status word in any case, in order (``cues``: the text's cue
    words found once, ``STATUS_STEMS`` among them)."""
    if any(ch in text for ch in CASE_BLIND_LOOKALIKES):
        return [(0, len(text))]
    return cues.lines_holding(text, _STATUS_STEMS)


def status_column(text: str, cues: CueWords) -> list[Row]:
    rows: list[Row] = []
    for line in status_lines(text, cues):
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

"""A table of the body's members with their deputies in a second column, "Medlemmer<tab>Suppleanter" over "Kaj Bang
(A)<tab>Per Lund (A)" (or the columns three spaces or more apart): the deputies column names each member's personal
deputy, neither a member nor anyone who came, so its names are no rows of the member list. Read by
`attendance_lists` for a member label whose line goes on with the deputies' column heading and nothing else; a
member list with no such heading ("Medlemmer: A, B" over names on their lines) keeps every row. The deputies' heading
with its colon, "Medlemmer:   Suppleanter:", is that heading too, no next field's label that ends the member list
(`deputy_heading_end`)."""

from __future__ import annotations

import re

from graphbuild.parse.attendance_labels import MEMBER_LABEL_ROLES, ListLabel
from graphbuild.parse.attendance_rows import Row
from graphbuild.vocab.person_names import DEPUTY_WORD

# the rest of the member label's line: a tab or a wide gap, then the deputies' column heading alone
# (each blank run read once, possessive: the gap is the whole run of blanks, after a colon one that opens with a tab
# or is three wide, else one that holds a tab or is three wide; as `[ \t]*:?(?:\t|[ \t]{3,})[ \t]*` a run of
# blanks was split every way, cubic: 1.3 s at 400 blanks)
_DEPUTY_COLUMN = re.compile(
    r"(?i)(?:[ \t]*+:(?=\t|[ \t]{3})|(?=[ \t]{3}|[ \t]{0,2}\t))[ \t]*+"
    rf"(?:personlige[ \t]++)?{DEPUTY_WORD}(?:e|er|ne)?[ \t]*+:?+[ \t]*+(?=\n|\Z)"
)
# between a row's line start and the row: a first column's entry and the gap that ends it
_COLUMN_GAP = re.compile(r"\t|[ \t]{3,}")


def _heads_deputy_column(text: str, label: ListLabel) -> re.Match[str] | None:
    """The deputies' column heading the member label's line goes on with, if it does."""
    if " ".join((label["label"] or "").lower().split()) not in MEMBER_LABEL_ROLES:
        return None
    return _DEPUTY_COLUMN.match(text, len(text[: label.end()].rstrip(" \t")))  # a label read with the gap after it


def deputy_heading_end(text: str, label: ListLabel) -> int:
    """Where the member list's label ends, past the deputies' column heading on its line when it heads one
    ("Medlemmer:   Suppleanter:", whose colon would read as the next field's label and end the list)."""
    heading = _heads_deputy_column(text, label)
    return label.end() if heading is None else max(label.end(), heading.end())


def without_deputy_column(text: str, label: ListLabel, rows: list[Row]) -> list[Row]:
    """The rows of a member list, less those in its deputies' column when the label heads one."""
    if _heads_deputy_column(text, label) is None:
        return rows
    label_end = label.end()
    kept: list[Row] = []
    for row in rows:
        line_start = text.rfind("\n", 0, row.start) + 1
        if (
            line_start > label_end
            and _COLUMN_GAP.search(text, line_start, row.start)
            and text[line_start : row.start].strip()
        ):
            continue  # "Kaj Bang (A)<tab>Per Lund (A)": the name after the first column's entry
        kept.append(row)
    return kept

"""A member listed present whom a post's title marks as a holder's field or a signature below a list of the absent:
"Deltagere: Ole Berg, Lis Holm … Afbud: Karen Juul Formand Ole Berg" (a page flattened: the chair's field after the
list), "Afbud: Karen Juul" then "Ole Berg   Lis Holm" over "Formand   Næstformand" (the signatures). The list
reader reads the names as more absentees, and the merge ranks an absence above a presence, so the member listed
present became absent. The absence is dropped when the same person was read present earlier from a list of those
who came (not a member list: "Medlemmer:" names those summoned) and the absent entry is (a) run on after another entry
on its line with a capitalised post's title right before the name, or (b) on a line of names only (no label's colon)
right above a line of posts' titles only. A member's apology with a title on the label's line ("Afbud: Formand Ole
Berg"), one after a comma ("Afbud: Karen Juul, Formand Ole Berg"), or one with no present row stays absent. Read by
`attendance_lists` before the merge."""

from __future__ import annotations

import re

from graphbuild.parse.attendance_merge import name_key
from graphbuild.parse.attendance_rows import Row

_TITLE = (
    r"(?:[Ff]ormand|[Nn]æstformand|[Bb]orgmester|[Vv]iceborgmester|[Ss]ekretær|[Rr]eferent|[Kk]ommunaldirektør|"
    r"[Dd]irektør|[Uu]dvalgsformand|[Ff]orperson|[Mm]ødeleder)"
)
# a line of posts' titles only, one or more: "Formand   Næstformand", "Formand"
_TITLES_LINE = re.compile(rf"[ \t]*{_TITLE}(?:[ \t]+{_TITLE})*[ \t]*(?=\n|$)")
# a capitalised post's title right before the name, run on after another entry's word (no comma, no label's colon)
_TITLE_RUN_ON = re.compile(r"[\w)][ \t]+(?:Formand|Næstformand|Borgmester|Viceborgmester|Forperson)[ \t]+\Z")
_NAMES_LINE = re.compile(r"[^:,;\n]*\Z")  # the text on the name's line around it: no colon, comma or semicolon


def _signature_like(text: str, row: Row) -> bool:
    line_start = text.rfind("\n", 0, row.start) + 1
    line_end = text.find("\n", row.end)
    line_end = len(text) if line_end < 0 else line_end
    if _TITLE_RUN_ON.search(text[line_start : row.start]):
        return True
    if line_end == len(text) or not _NAMES_LINE.match(text[line_start:line_end]):
        return False
    return _TITLES_LINE.match(text, line_end + 1) is not None


def without_signature_absences(text: str, rows: list[Row], member_rows: set[int]) -> list[Row]:
    """``rows`` less the absences of members listed present before (in a list of those who came: not one of the
    rows starting at ``member_rows``, read under a member list's label) whose entry a post's title marks as a
    holder's field or a signature."""
    present_at: dict[str, int] = {}
    for row in rows:
        if row.status == "present" and not row.per_item and row.start not in member_rows:
            key = name_key(row.name)
            present_at[key] = min(present_at.get(key, row.start), row.start)
    if not present_at:
        return rows
    return [
        row
        for row in rows
        if not (
            row.status == "absent"
            and not row.per_item
            and present_at.get(name_key(row.name), row.start) < row.start
            and _signature_like(text, row)
        )
    ]

"""The minutes' secretary on the last line below a list of the absent, the post in a bracket or after a comma:
"Afbud: Karen Juul" then "Sofie Kragh (referent)" and a blank line. The header names who kept the minutes after the
list, as a "Referent" field with no colon already ended it (`attendance_list_ends`); the secretary is no absentee, the
line no entry (the list ends there). Before, the line was read as one more entry, so the secretary was absent. Never
the list's first entry, nor a list one entry a line, its first on the line below its label ("Afbud:\nKaren
Juul\nSofie Kragh (referent)" keeps her absent), nor a secretary's line with more entries below it. Read by
`attendance_entries`."""

from __future__ import annotations

import re

# the rest of the name's line: the party's bracket, then the secretary's post in a bracket or after a comma, and the
# line's end before a blank line or the text's end
_SECRETARY_LAST = re.compile(
    r"[ \t]*(?:\([A-ZÆØÅ]{1,3}\)[ \t]*)?"
    r"(?:\([ \t]*(?i:referent|sekretær|protokolfører)[ \t]*\)|,[ \t]*(?i:referent|sekretær|protokolfører)\.?)"
    r"[ \t]*(?:\n[ \t]*(?:\n|\Z)|\Z)"
)

_LEAD = " \t*•·-–"  # bullets and dashes that may open an entry's line


def secretary_on_last_line(text: str, name_start: int, rest_start: int, first_start: int, last_end: int) -> bool:
    """Whether the name at ``name_start`` opens a line below the list's entries (the first starting at
    ``first_start`` after its label on its line, the last ending at ``last_end``) and the rest of its line (from
    ``rest_start``) is the secretary's post, a blank line or the text's end after it."""
    line_start = text.rfind("\n", 0, name_start) + 1
    if line_start <= last_end or text[line_start:name_start].strip(_LEAD):
        return False
    if not text[text.rfind("\n", 0, first_start) + 1 : first_start].strip(_LEAD):
        return False  # the list one entry a line: the secretary's line is one more entry
    return _SECRETARY_LAST.match(text, rest_start) is not None

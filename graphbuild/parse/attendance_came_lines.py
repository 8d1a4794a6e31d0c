"""A line below a list of the absent's entries that says its person came, an affiliation between commas before the
verb: "Afbud: Karen Juul" then "Jens Lund, Rambøll, deltog under punkt 2." The name opens its line, one or two
comma pieces follow it, then "deltog" with no "ikke"; the line is a sentence about someone who came, no entry (the
list ends there, as the same sentence with no affiliation, "Jens Lund deltog under punkt 2.", already ended it as
prose). Before, the comma cut the name off as one more entry, so the guest was absent. Never the list's first entry;
"deltog ikke" is still an absence. Read by `attendance_entries`."""

from __future__ import annotations

import re

# the rest of the name's line: one or two comma pieces (an affiliation: "Rambøll", "COWI A/S"), then "deltog" in the
# past tense with no "ikke" after it and the line's end
_CAME_AFTER_AFFILIATION = re.compile(
    r"(?:[ \t]*,[ \t]*[^,\n]{2,60}?){1,2}[ \t]*,?[ \t]+deltog(?![\w-])(?![ \t]+ikke\b)[^\n]*(?=\n|$)"
)

_LEAD = " \t*•·-–"  # bullets and dashes that may open an entry's line


def came_on_own_line(text: str, name_start: int, rest_start: int, last_end: int) -> bool:
    """Whether the name at ``name_start`` opens a line below the entry that ended at ``last_end`` and the rest of its
    line (from ``rest_start``) is an affiliation between commas and "deltog": someone who came, not an absentee."""
    line_start = text.rfind("\n", 0, name_start) + 1
    if line_start <= last_end or text[line_start:name_start].strip(_LEAD):
        return False
    return _CAME_AFTER_AFFILIATION.match(text, rest_start) is not None

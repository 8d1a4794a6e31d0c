"""What a list of one entry a line holds after an entry's name that is no sentence ending the list: a short
remark after the entry's full stop with the next entry on the next line ("Karina Bergmann grundet arbejde. Der
er ingen suppleant"), the reason an absent member was away ("på grund af sygdom i familien")."""

from __future__ import annotations

import re

from graphbuild.parse.attendance_names import read_name
from graphbuild.vocab.reference import first_names

# after a name in a list of the absent, why the member was away: "grundet arbejde", "pga. ferie", "på grund af
# sygdom i familien", "som følge af anden aftale"
REASON_REST = re.compile(
    r"(?i)[ \t,\-–]*(?:grundet|pga\.?|på[ \t]+grund[ \t]+af|som[ \t]+følge[ \t]+af|begrundet[ \t]+i)"
    r"[ \t]+[^\n()]{1,50}?[ \t.]*"
)


_ENTRY_LINE_LEAD = re.compile(r"[ \t•*·-]*")


def _opens_with_name(text: str, pos: int, end: int) -> bool:
    """The line at ``pos`` opens with a person's name (after a bullet), its first name a known one."""
    at = _ENTRY_LINE_LEAD.match(text, pos, end)
    start = at.end() if at else pos
    line_end = text.find("\n", start, end)
    hit = read_name(text, start, line_end if line_end >= 0 else end)
    return hit is not None and hit.start == start and hit.name.split()[0] in first_names()


def remark_before_next_entry(text: str, stop: int, after: int, end: int) -> int | None:
    """Where the next entry starts when the full stop at ``stop`` ends an entry line's first sentence and a
    short remark closes the line ("Karina Bergmann grundet arbejde. Der er ingen suppleant"), the line opened
    with a name and the next line opens with another: one entry a line, the list goes on."""
    line_end = text.find("\n", after, end)
    if line_end < 0 or not 0 < len(text[after:line_end].strip()) <= 80:
        return None
    if not _opens_with_name(text, text.rfind("\n", 0, stop) + 1, stop):
        return None
    following = line_end
    while following < end and text[following].isspace():
        following += 1
    return following if following < end and _opens_with_name(text, following, end) else None

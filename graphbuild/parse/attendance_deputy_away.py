"""A deputy named in an absent member's bracket who did not come either, "Hanne Dahl (suppleant Karen Juul kunne ikke
deltage)", "(stedfortræder Karen Juul var ikke indkaldt)", "(suppleant Karen Juul havde også meldt afbud)": no one
stood in, so the deputy is no substitute (the member's absence stays). Before, the bracket's deputy word and name made
her one. A deputy away from some items only ("(Stedfortræder Jarl Feyling, fraværende ved sag 1-4.)") came, and
stays the member's substitute. Read by `attendance_stand_ins`."""

from __future__ import annotations

import re

# after the deputy's name, inside the bracket or on the line: a verb and "ikke" (no item named after it),
# "forhindret", or an absence of the deputy's own ("også meldt afbud")
_DEPUTY_AWAY = re.compile(
    r"[^()\n]{0,40}?(?<![\w-])(?:"
    r"(?:kunne|var|mødte|deltog|havde|har|kan)[ \t]+(?:heller[ \t]+)?ikke(?![^()\n]*(?:punkt|pkt|sag|behandling))"
    r"|(?:var[ \t]+)?forhindret|(?:også|ligeledes|tillige)[ \t]+(?:meldt[ \t]+)?afbud)(?![\w-])"
)


def deputy_away(text: str, pos: int, end: int) -> bool:
    """Whether the words from ``pos`` (right after the deputy's name) to ``end`` say the deputy did not come."""
    return _DEPUTY_AWAY.match(text, pos, end) is not None

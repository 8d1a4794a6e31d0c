"""A leave a relative clause tells about a person, in the present tense: "… en opsigelse fra slagtøjslærer Thomas
Teisner, som pt er på orlov.", "Karen Juul, der for tiden er på orlov, …": the clause describes who the person is
now, not this meeting's attendance, so no absence (before, "er på orlov" after the name made the teacher absent). The
leave in a main clause ("Karen Juul er på orlov.", "X var på orlov") or in the past tense stays an absence. Read by
`attendance_prose`."""

from __future__ import annotations

import re

# the relative clause's opening right before "er på orlov": a comma, "som" or "der", and an adverb of now
_RELATIVE_BEFORE = re.compile(
    r",[ \t]*(?:som|der)(?:[ \t]+(?:pt\.?|p\.t\.|for[ \t]+tiden|i[ \t]+øjeblikket|aktuelt|fortsat|stadig|nu))?[ \t]+\Z"
)
_REACH = 40  # how far before the verb the clause's opening is looked for


def leave_in_relative_clause(text: str, cue_start: int, cue: str) -> bool:
    """Whether the leave ``cue`` ("er på orlov") starting at ``cue_start`` is a present-tense relative clause's."""
    if not cue.lower().startswith("er"):
        return False
    return _RELATIVE_BEFORE.search(text, max(0, cue_start - _REACH), cue_start) is not None

"""The deputies a council approves under its own item for it ("Godkendelse af indkaldte stedfortrædere",
"Indkaldelse af suppleant"): a decision that names them and says "godkendt" ("Kim Østergaard og Ole Andersen
godkendt.") names who came in a member's seat, whom for only where another sentence says it."""

from __future__ import annotations

import re
from collections.abc import Iterator

from graphbuild.models import AgendaItem
from graphbuild.parse.attendance_prose_names import names_before
from graphbuild.parse.attendance_rows import Row, as_row
from graphbuild.vocab.person_names import DEPUTY_WORD

_APPROVAL_ITEM = re.compile(rf"(?i)\b(?:godkendelse|indkaldelse)\s+af\s+(?:indkaldte?\s+)?(?:\d\.\s+)?{DEPUTY_WORD}")
# the approval closing a line of names alone: "Leif Gammelgaard godkendt.", "A og B er godkendt"
# (the blanks around the closing stop each read once, "[ \t]*+(?:\.[ \t]*+)?$": as "[ \t]*\.?[ \t]*$", two runs side by
# side, a line of blanks after "godkendt" not at the line's end was shared between them every way; the same strings)
_APPROVAL = r"[ \t]+(?:(?:er|blev)[ \t]+)?godkendt(?:e|es)?[ \t]*+(?:\.[ \t]*+)?$"
# searched, its opening blanks read only from their run's first character: tried from each blank of a long line of
# blanks in the decision, they ran to its end and failed there again (quadratic). A match that starts inside a run
# also starts where the run starts, so only a decision that starts inside a run is tried there once more
_APPROVED = re.compile(rf"(?m)(?<![ \t]){_APPROVAL}")
_APPROVED_HERE = re.compile(rf"(?m){_APPROVAL}")


def approved_deputies(text: str, items: list[AgendaItem]) -> list[Row]:
    """A substitute row (for whom not said) for each person a deputy-approval item's decision approves."""
    rows: list[Row] = []
    for item in items:
        decision = item.section("beslutning")
        if decision is None or not _APPROVAL_ITEM.search(item.title):
            continue
        for cue in _approvals(text, decision.start, decision.end):
            line_start = text.rfind("\n", decision.start, cue.start()) + 1 or decision.start
            names = names_before(text, line_start, cue.start())
            if names and not text[line_start : names[0].start].strip():
                rows += [as_row(hit, "substitute") for hit in names]
    return rows


def _approvals(text: str, lo: int, hi: int) -> Iterator[re.Match[str]]:
    """The approvals between lo and hi, as ``finditer`` of the pattern without its look-behind finds them."""
    if 0 < lo < hi and text[lo - 1] in " \t" and text[lo] in " \t":
        here = _APPROVED_HERE.match(text, lo, hi)  # the window starts inside a run of blanks: its one start there
        if here is not None:
            yield here
            lo = here.end()
    yield from _APPROVED.finditer(text, lo, hi)

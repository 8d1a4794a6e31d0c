"""The deputies a council approves under its own item for it ("Godkendelse af indkaldte stedfortrædere",
"Indkaldelse af suppleant"): a decision that names them and says "godkendt" ("Kim Østergaard og Ole Andersen
godkendt.") names who came in a member's seat, whom for only where another sentence says it."""

from __future__ import annotations

import re

from graphbuild.models import AgendaItem
from graphbuild.parse.attendance_prose_names import names_before
from graphbuild.parse.attendance_rows import Row, as_row
from graphbuild.vocab.person_names import DEPUTY_WORD

_APPROVAL_ITEM = re.compile(rf"(?i)\b(?:godkendelse|indkaldelse)\s+af\s+(?:indkaldte?\s+)?(?:\d\.\s+)?{DEPUTY_WORD}")
# the approval closing a line of names alone: "Leif Gammelgaard godkendt.", "A og B er godkendt"
_APPROVED = re.compile(r"(?m)[ \t]+(?:(?:er|blev)[ \t]+)?godkendt(?:e|es)?[ \t]*\.?[ \t]*$")


def approved_deputies(text: str, items: list[AgendaItem]) -> list[Row]:
    """A substitute row (for whom not said) for each person a deputy-approval item's decision approves."""
    rows: list[Row] = []
    for item in items:
        decision = item.section("beslutning")
        if decision is None or not _APPROVAL_ITEM.search(item.title):
            continue
        for cue in _APPROVED.finditer(text, decision.start, decision.end):
            line_start = text.rfind("\n", decision.start, cue.start()) + 1 or decision.start
            names = names_before(text, line_start, cue.start())
            if names and not text[line_start : names[0].start].strip():
                rows += [as_row(hit, "substitute") for hit in names]
    return rows

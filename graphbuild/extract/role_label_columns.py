"""The referent of a header whose labels stand in one column before their values, the form flattened onto one
line ("Mødested: Deltagere: Fraværende: Referent: PLACE NAME, NAME Ingen NAME"; read by `roles`): the values follow
in the labels' order, so the name that ends the line, after no comma and read as no one's attendance, is the
referent."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

from graphbuild.extract.people import PersonMention
from graphbuild.extract.role_facts import RoleFact, Target, placed_titles, role_fact
from graphbuild.parse.lines import end_without_space

# the absentees' label then the referent's with no value between them: a column of labels
LABEL_COLUMN = re.compile(r"Fraværende:[ \t]*Referent:[^\n]*", re.IGNORECASE)
_AFTER_A_LIST = re.compile(r"[,;:][ \t]*$|\bog[ \t]+$")


def referent_after_label_column(
    text: str,
    people: list[PersonMention],
    attended: Collection[str],
    chair: Callable[[int], Target],
    found: list[RoleFact],
) -> list[RoleFact]:
    """The referent a column of labels names last on its line."""
    if "eferent:" not in text and "EFERENT:" not in text:
        return []
    known = placed_titles(found)
    out: list[RoleFact] = []
    for column in LABEL_COLUMN.finditer(text):
        line_end = end_without_space(text, column.end())
        last = next((p for p in people if p.end == line_end and column.start() < p.start), None)
        if last is None or last.name in attended or (last.name, "referent") in known:
            continue
        if _AFTER_A_LIST.search(text, max(0, last.start - 10), last.start):
            continue
        out.append(role_fact(last, "referent", chair(last.start), last.start, last.end))
    return out

"""A list read as a contents list whose numbering the item headings after it go on with: "Dagsorden:" / " 1. Velkomst
og konstituering af bestyrelsen" … " 5. NDV hygiejnekursus" / "Der har været afholdt 2 kurser, …", then "6. NDV
-risikovurdering …" with its text. A contents list names every item and the headings after it print its numbers
again; headings that start at the number after the list's last (6 after 1–5) show the list was the agenda's first
items, each entry an item with its text under it (its points, its minute), not `from_contents`.

Guards: the list's entries each numbered as printed on a line of their own, going up by one from 0 or 1, none under a
closed group; no entry in a flattened text, on a tab-separated row, with a leader or a page number after its title
("Meddelelser 5"), nor a list under a heading that names a contents list or its page column ("Indholdsfortegnelse",
"Oversigt", "Punkter", "Side"); every item heading after the list's last entry, their numbers going on from it."""

from __future__ import annotations

import re

from graphbuild.parse.item_lines import Candidate, ContentsEntry, previous_text
from graphbuild.parse.lines import Line

_PAGE_AFTER_TITLE = re.compile(r"(?:\s\d{1,3}|\.{3,}\s*\d*)$")  # "Meddelelser 5", "Budget ........ 7"
_CONTENTS_HEADING = re.compile(r"(?i)indhold|oversigt|punkter|\bside\b")
_LEAST = 2  # one entry is no list


def _number(value: str | None) -> int | None:
    return int(value) if value is not None and value.isdigit() else None


def continued_entries(
    entries: list[ContentsEntry], chosen: list[Candidate], lines: list[Line], flattened: bool
) -> list[Candidate]:
    """The list's entries as item headings, where the chosen headings go on with its numbering; else none."""
    if flattened or len(entries) < _LEAST or not chosen:
        return []
    ordered = sorted(entries, key=lambda e: e.line.index)
    numbers = [_number(e.number) for e in ordered]
    if None in numbers or not all(e.printed and e.public for e in ordered):
        return []
    listed = [n for n in numbers if n is not None]
    if listed[0] not in (0, 1) or listed != list(range(listed[0], listed[0] + len(listed))):
        return []
    if len({e.line.index for e in ordered}) < len(ordered):
        return []  # titles run together on one line: a contents page
    if any("\t" in e.line.text or _PAGE_AFTER_TITLE.search(e.line.clean.rstrip()) for e in ordered):
        return []
    heading = previous_text(lines, ordered[0].line.index)
    if heading is not None and _CONTENTS_HEADING.search(heading.clean):
        return []
    last = ordered[-1].line.index
    headed = [_number(c.number) for c in chosen]
    if any(c.line.index <= last for c in chosen) or None in headed or headed[0] != listed[-1] + 1:
        return []
    if any(n is None or n <= listed[-1] for n in headed):
        return []
    return [Candidate(e.number or "", e.title, e.line, explicit=False) for e in ordered]

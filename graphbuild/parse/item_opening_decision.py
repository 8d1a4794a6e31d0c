"""An item whose heading the page text lost standing first, before the first item a reader found: a page that prints
each item's decision under a dated heading ("Beslutning i Kommunalbestyrelsen den 25-03-2025") and lost the first
item's title prints that decision right under the page's header, before the next item's "Beslutningstema" and title.
That dated decision heading, the text's first main heading, opens an item with neither number nor title."""

from __future__ import annotations

import re

from graphbuild.parse.item_lines import Candidate
from graphbuild.parse.item_unnumbered import opens_item_text
from graphbuild.parse.lines import Line
from graphbuild.parse.sections import heading_kind

# a decision heading dated with its day ("Beslutning i Børne- Unge- og Uddannelsesudvalget den 14-08-2024"): a
# meeting's decision, not the document's own heading ("Beslutningsprotokol", "Referat")
_DATED = re.compile(r"\b(?:den|d\.)\s+\d{1,2}[.\-/]\s?\d{1,2}[.\-/]\d{2,4}\s*:?\s*$")


def with_opening_decision(chosen: list[Candidate], lines: list[Line], skip: set[int]) -> list[Candidate]:
    """`chosen` with an untitled item first where the text's first main heading, before the first chosen item, is a
    dated decision heading; else `chosen` as it is."""
    if not chosen or chosen[0].untitled:
        return chosen
    first = (chosen[0].title_line or chosen[0].line).index
    for line in lines[:first]:
        cleaned = line.clean
        if not cleaned or line.index in skip or len(cleaned) > 120 or not opens_item_text(cleaned):
            continue
        if heading_kind(cleaned) == "beslutning" and _DATED.search(cleaned):
            return [Candidate("", "", line, explicit=False, untitled=True), *chosen]
        return chosen  # the first main heading is another's ("Resumé", "Indstilling"): no lost item's decision
    return chosen

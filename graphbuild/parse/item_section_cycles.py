"""Items whose headings and case lines the page text both lost: a run of item bodies, each printing the same main
headings in the same order ("Resume" / "Indstilling" / "Beslutning", again "Resume" / "Indstilling" / "Beslutning"),
opens an item with neither number nor title at each heading of the kind the text's first main heading is. Only where
no other reader found an item (no numbered or titled heading, no contents list, no case line over a heading), and
only when every item so opened holds two kinds of main heading at least: a text whose first kind comes back alone
("Beslutning i Byrådet" / "Beslutning i Økonomiudvalget", a decision and an earlier body's) opens none. The last item
may hold one kind: an excerpt cut inside it ("Resumé" and its first lines). The heading an item opens at is its
first section (``item_build``)."""

from __future__ import annotations

import re

from graphbuild.parse.item_lines import Candidate
from graphbuild.parse.item_unnumbered import opens_item_text
from graphbuild.parse.lines import Line
from graphbuild.parse.sections import heading_kind

# "Beslutningsprotokol", "Referat", "Dagsorden": the document's own heading, no item's section
_DOCUMENT_HEADING = re.compile(r"(?i)^(?:beslutningsprotokol|referat|dagsorden)\b")
_KINDS = 2  # each item prints two kinds of main heading at least


def _main_kind(cleaned: str) -> str | None:
    """The kind of an item's main heading a line is ("resume" for "Resumé" and "Beslutningstema"), or None."""
    if not cleaned or len(cleaned) > 120 or _DOCUMENT_HEADING.match(cleaned) or not opens_item_text(cleaned):
        return None
    return heading_kind(cleaned) or cleaned.lower().rstrip(":").strip()


def section_cycles(lines: list[Line], skip: set[int]) -> list[Candidate]:
    """The openings of the items of a run of item bodies whose headings were lost, in order (number and title ""),
    or none."""
    heads = [(line, kind) for line in lines if line.index not in skip and (kind := _main_kind(line.clean))]
    if not heads:
        return []
    first = heads[0][1]
    cycles: list[set[str]] = []
    openings: list[Line] = []
    for line, kind in heads:
        if kind == first:
            openings.append(line)
            cycles.append(set())
        cycles[-1].add(kind)
    # the last item may be cut by the excerpt's end ("Resumé" and its first lines): the items before it show the run
    whole = cycles[:-1] if len(cycles) > 1 else cycles
    if any(len(kinds) < _KINDS for kinds in whole):
        return []  # an item of one kind of heading: no run of alike item bodies
    return [Candidate("", "", line, explicit=False, untitled=True) for line in openings]

"""A run of numbered lines each holding its item's title and the minute after it, as associations' and
boards' minutes write them: "1.Valg af mødeleder og ordstyrer. Lisbet valgt som mødeleder ...", "3. Valg af
ordstyrer: Poul Erik blev valgt." A line read alone breaks into a sentence and is no heading; read as one of
a run numbered 0 or 1 onwards, one up a line, that holds every item the other readers found, it is."""

from __future__ import annotations

import re

from graphbuild.parse.item_headings import LEADS_IN
from graphbuild.parse.item_lines import SENTENCE_BREAK, Candidate, previous_text
from graphbuild.parse.lines import Line

# "4. Meddelelser fra Formand Iver Kaack. Iver fortæller ...", "1.Valg af referent." (the number glued on)
_MINUTED = re.compile(r"^(?P<num>\d{1,2})\.\s*(?P<title>[A-ZÆØÅ][a-zæøå]\S*\s.*)$")
_SHORTEST_RUN = 3
# "Forvaltningen foreslår, at", "med følgende krav:": the run is a sentence's points, no agenda
_LED_IN = re.compile(r"(?i)(?:\bat|,)\s*$")


def _run(numbered: list[tuple[Line, int]]) -> list[tuple[Line, int]]:
    """The longest stretch of the numbered lines, in the document's order, that counts 0 or 1 onwards one up a
    line."""
    best: list[tuple[Line, int]] = []
    current: list[tuple[Line, int]] = []
    for line, number in numbered:
        if current and number == current[-1][1] + 1:
            current.append((line, number))
        else:
            current = [(line, number)] if number in (0, 1) else []
        if len(current) > len(best):
            best = list(current)
    return best


def _led_in(first: Line, lines: list[Line]) -> bool:
    """Whether the line before the run's first leads into its points: ends in "at" or a comma, or in a colon
    after a lead-in word ("følgende:"); "Dagsorden blev afviklet efter vedtægterne:" leads into none."""
    previous = previous_text(lines, first.index)
    before = previous.clean if previous is not None else ""
    return bool(_LED_IN.search(before)) or (before.endswith(":") and LEADS_IN.search(before) is not None)


def _title(text: str) -> str:
    """The title: the line's first sentence."""
    end = SENTENCE_BREAK.search(text)
    return text[: end.start() + 2] if end else text.rstrip(" .")


def minuted_run(candidates: list[Candidate], lines: list[Line], skipped: set[int]) -> list[Candidate]:
    """The candidates with the lines of a minuted run they lack, in the document's order; unchanged when no run
    of three lines or more holds every candidate found and one at least. ``skipped``: lines no item opens (a
    contents list's, a flattened page's pieces, the header's)."""
    if not candidates:
        return candidates
    numbered = [
        (line, int(match["num"]))
        for line in lines
        # at the margin: an indented list is a web page's or a case text's points ("  1. Formålet med ...")
        if line.index not in skipped and line.text[:1].isdigit() and (match := _MINUTED.match(line.clean))
    ]
    run = _run(numbered)
    indexes = {line.index for line, _ in run}
    if len(run) < _SHORTEST_RUN or any(c.line.index not in indexes for c in candidates) or _led_in(run[0][0], lines):
        return candidates
    found = {c.line.index for c in candidates}
    added = [
        Candidate(str(number), _title(match["title"]), line, explicit=False)
        for line, number in run
        if line.index not in found and (match := _MINUTED.match(line.clean))
    ]
    return sorted(candidates + added, key=lambda c: c.line.index)

"""Items numbered "N) Titel" on a page a text layer ran onto one line: "… Dagsorden: 1) Valg af dirigent Bestyrelsen
havde valgt … 2) Valg af stemmetællere Der var brug for 2 stemmetællere … 3) Formandens beretning …".

Unflattened, ``item_parenthesised_runs`` reads three or more such lines numbered up by one as items; flattened, the
sequence cutter of ``flatten`` knows "N." and "N :" and left the line whole. Here three or more "N)" marks before a
capitalised title, each number one above the one before (a list interrupted by text goes on), an item's text after one
of the titles at least, are cut apart (``parenthesised_cuts``), and that reader reads the pieces as its lines, each
title cut where its text begins. A recommendation's points, "At 1) Kultur og Borgerservice … At 2) …", "indstiller,
at 1) …", a bracketed "(1)" or a number glued to a word ("§3)") are none, nor an agenda's list of titles alone, which
``flatten_titles`` reads.
"""

from __future__ import annotations

import re
from itertools import pairwise

from graphbuild.parse.item_lines import ONE_TITLE
from graphbuild.parse.lines import Line

# "1) Valg af dirigent": a number, its closing bracket and a capitalised title; the pattern opens with the digit (a scan
# looks for digits only) and what stands before it is told apart by _BOUND: no word's character, bracket or sign
_MARK = re.compile(r"(?P<num>\d{1,3})\)\s+(?=[A-ZÆØÅ\"“„][\wæøå])")
_BOUND = re.compile(r"[\w.,/:(§-]")
# "At 1) …", "indstiller, at 2) …", "og 3) …": a point of a sentence's list, the word before the number leading into it
_LED = re.compile(r"(?i)(?:^|\s)(?:at|og|eller|samt|indstill\w*|foreslår|følgende|herunder|fx|eksempelvis):?\s+$")
_LED_REACH = 20
_LEAST = 3  # marks in a run
# a run's marks this far apart at least once: an item's text stands after its title. A run of titles alone, "Dagsorden:
# 1) Præsentationsrunde 2) Godkendelse af dagsorden 3) …", is an agenda's list, which ``flatten_titles`` reads whole
_TEXT_REACH = ONE_TITLE + 30


def _marks(text: str) -> list[tuple[int, int, bool]]:
    """(number, offset, whether a sentence leads into it) of the "N)" marks of a line."""
    found: list[tuple[int, int, bool]] = []
    for match in _MARK.finditer(text):
        at = match.start()
        if at and _BOUND.match(text, at - 1):
            continue
        found.append((int(match["num"]), at, _LED.search(text, max(0, at - _LED_REACH), at) is not None))
    return found


def parenthesised_cuts(lines: list[Line], flattened: list[int]) -> dict[int, list[int]]:
    """Offsets (within each line, by line position) of the "N)" marks of runs numbered up by one (each mark joins the
    latest run whose last number is one below its own), read over the flattened lines at positions ``flattened`` in
    text order; a run a sentence leads into at any of its marks is none, as is a run of titles alone (an agenda's
    list), and a mark that opens its line is no cut."""
    if sum(lines[position].text.count(") ") for position in flattened) < _LEAST:
        return {}
    runs: list[list[tuple[int, int, int, bool]]] = []  # (number, position, offset, led)
    for position in flattened:
        for number, at, led in _marks(lines[position].text):
            run = next((run for run in reversed(runs) if run[-1][0] == number - 1), None)
            if run is None:
                runs.append([(number, position, at, led)])
            else:
                run.append((number, position, at, led))
    cuts: dict[int, list[int]] = {}
    for run in runs:
        if len(run) < _LEAST or any(led for *_, led in run) or not _with_text(run):
            continue
        for _, position, at, _ in run:
            if at > 0:
                cuts.setdefault(position, []).append(at)
    return cuts


def _with_text(run: list[tuple[int, int, int, bool]]) -> bool:
    """Whether an item's text stands after one of a run's titles: two marks on one line far apart."""
    return any(a[1] == b[1] and b[2] - a[2] > _TEXT_REACH for a, b in pairwise(run))

"""Items a web editor numbered one list at a time, each printed "1.", in a flattened text: "… Afbud: Vagn Larsen.
1. Godkendelse af referatet … Referat: Godkendt 1. Referat fra Regionsældreråd … 1. Høringssvar. …".

Unflattened, such lists keep their indent and ``item_depth`` reads them as items numbered again from 1; a page run onto
one line loses the indent, and a "1." that neither continues the numbering nor opens a list whose "2." follows was no
cut. Here three or more "1." heads in a row, no other item number between any two of them, each before a capitalised
title and the titles unlike each other, are cut apart (``one_entry_cuts``) and each is an item numbered from 1 again
(``one_entry_heads``). A list whose "2." follows its "1." (a recommendation's points, a list inside an item's text), a
date ("den 1. maj"), a reference ("punkt 1.") or a page's running head printed alike on every page is none.
"""

from __future__ import annotations

import re

from graphbuild.parse.flat_lists import REFERENCE
from graphbuild.parse.lines import Line, first_words

# an item's number with a title after it: "12. Titel", "1. Godkendelse af dagsorden" (not "1.1.", not "den 1. maj",
# not "(1. behandling)" nor "1/1. Titel": a number after a word's character, a bracket or a slash, told apart by
# _BOUND; the pattern opens with the digit, so a scan looks for digits only)
_MARK = re.compile(r"(?P<num>\d{1,3})\.\s+(?=[A-ZÆØÅÉ\"“„])")
_BOUND = re.compile(r"[\w.,/:(-]")
_ONE = "1. "  # a text holding fewer than _LEAST of these holds no run
_LEAST = 3  # "1." heads in a row
_REFERENCE_REACH = 16
_TITLE_WORDS = 3  # a title told from another by its first words: a page's running head repeats them


def _marks(text: str) -> list[re.Match[str]]:
    return [
        m
        for m in _MARK.finditer(text)
        if not (m.start() and _BOUND.match(text, m.start() - 1))
        and not REFERENCE.search(text, max(0, m.start() - _REFERENCE_REACH), m.start())
    ]


def _title_key(text: str, at: int) -> str:
    return " ".join(first_words(text, at, _TITLE_WORDS)).lower()


def _runs_of_ones(marks: list[tuple[int, str, str]]) -> list[list[int]]:
    """The runs of ``_LEAST`` or more "1." marks in a row, each as the positions of its marks in ``marks``
    ((place, number, title key) in text order), their titles all unlike; a run the list's "2." follows is the points
    of lists nested under its first "1." ("1. Velkomst og konstituering 1. Formand – … 1. Kasserer – … 2. Orientering
    …"), none."""
    runs: list[list[int]] = []
    run: list[int] = []
    for k, (_, number, _) in enumerate([*marks, (0, "", "")]):
        if number == "1":
            run.append(k)
            continue
        if len(run) >= _LEAST and len({marks[j][2] for j in run}) == len(run) and number != "2":
            runs.append(run)
        run = []
    return runs


def one_entry_cuts(lines: list[Line], flattened: list[int]) -> dict[int, list[int]]:
    """Offsets (within each line, by line position) of the "1." heads of a run of one-entry lists, read over the
    flattened lines at positions ``flattened`` in text order; a head that opens its line is no cut."""
    if sum(lines[position].text.count(_ONE) for position in flattened) < _LEAST:
        return {}
    marks: list[tuple[int, str, str]] = []
    places: list[tuple[int, int]] = []
    for position in flattened:
        text = lines[position].text
        for match in _marks(text):
            marks.append((len(places), match["num"], _title_key(text, match.end())))
            places.append((position, match.start()))
    cuts: dict[int, list[int]] = {}
    for run in _runs_of_ones(marks):
        for k in run:
            position, at = places[k]
            if at > 0:
                cuts.setdefault(position, []).append(at)
    return cuts


def one_entry_heads(lines: list[Line], segmented: set[int]) -> set[int]:
    """Indexes of the lines cut from a flattened page that open a run of one-entry lists' "1." heads: each an item
    numbered again from 1. Only lines that open with an item's number count as the run's marks."""
    if len(segmented) < _LEAST:
        return set()
    marks: list[tuple[int, str, str]] = []
    for line in lines:
        if line.index not in segmented:
            continue
        match = _MARK.match(line.text)
        if match is not None:
            marks.append((line.index, match["num"], _title_key(line.text, match.end())))
    return {marks[k][0] for run in _runs_of_ones(marks) for k in run}

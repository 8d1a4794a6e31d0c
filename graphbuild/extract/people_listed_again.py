"""A name an attendance list reads, found again where the text prints it once more: "Til stede: …, Silja Smith,
…" then "1. Valg af ordstyrer: Silja Smith." (a first name no names list knows, which `people` reads only in the
list's structure). Only a name of two words or more, printed whole, with no capitalised word run on before or
after it (never a part of a longer name: "Anne Silja Smith", "Silja Smith Hansen"), where no person is read."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable

import ahocorasick

from graphbuild.extract.people import PersonMention
from graphbuild.parse.lines import start_of_line

# a capitalised word run on right before or after the name: the name is part of a longer one
_WORD_BEFORE = re.compile(r"[A-ZÆØÅ][\wæøå-]*[ \t]+$")
_WORD_AFTER = re.compile(r"[ \t]+[A-ZÆØÅ]")
_NAME_LETTER = re.compile(r"[\wæøåÆØÅ.-]")
_GLUED_AFTER = re.compile(r"[\wæøåÆØÅ-]")


def listed_again(text: str, people: list[PersonMention], listed: Iterable[tuple[int, str]]) -> list[PersonMention]:
    """The people, with each further printing of a name the attendance list (``listed``: its rows' starts and
    names) reads where no person was read, sorted by start."""
    names = {" ".join(name.split()) for _, name in listed}
    names = {name for name in names if len(name.split()) >= 2}
    if not names:
        return people
    taken = _Taken(sorted((p.start, p.end) for p in people))
    added: list[PersonMention] = []
    printed = _printings(text, names) if len(text) >= _ONE_PASS_FROM else None
    for name in names:
        for at in printed.get(name, ()) if printed is not None else _found(text, name):
            end = at + len(name)
            if _alone(text, at, end) and not taken.overlaps(at, end):
                added.append(PersonMention(at, end, name))
    if not added:
        return people
    return sorted([*people, *added], key=lambda p: p.start)


def _found(text: str, name: str) -> list[int]:
    """Where ``text.find`` finds the name, each search from the end of the last printing found."""
    out: list[int] = []
    at = text.find(name)
    while at >= 0:
        out.append(at)
        at = text.find(name, at + len(name))
    return out


# a text this long is passed once for every name (one automaton), not searched once per name
_ONE_PASS_FROM = 20_000


def _printings(text: str, names: set[str]) -> dict[str, list[int]]:
    """``_found`` for every name, from one automaton pass over the text: each name's places in order, a place
    overlapping the last one kept skipped as the search from that one's end skips it."""
    automaton = ahocorasick.Automaton()
    for name in names:
        automaton.add_word(name, name)
    automaton.make_automaton()
    out: dict[str, list[int]] = {}
    for last, name in automaton.iter(text):
        at = last - len(name) + 1
        kept = out.setdefault(name, [])
        if not kept or at >= kept[-1] + len(name):
            kept.append(at)
    return out


def _alone(text: str, start: int, end: int) -> bool:
    """Whether the name stands as a whole name: no letter glued to it, no capitalised word run on either side."""
    if start > 0 and _NAME_LETTER.match(text, start - 1):
        return False
    if _GLUED_AFTER.match(text, end):
        return False
    line_start = start_of_line(text, start)
    if _WORD_BEFORE.search(text, max(line_start, start - 40), start):
        return False
    return _WORD_AFTER.match(text, end) is None


class _Taken:
    """The spans people are read at (sorted by start), asked whether one overlaps a span: by bisection over their
    starts and the furthest end among the spans starting before it, not by looking at every span for every
    printing of a name."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self._starts = [a for a, _ in spans]
        self._furthest: list[int] = []  # the furthest end among spans[: k + 1]
        for _, b in spans:
            self._furthest.append(max(b, self._furthest[-1]) if self._furthest else b)

    def overlaps(self, start: int, end: int) -> bool:
        """``any(a < end and start < b for a, b in spans)``."""
        before = bisect_left(self._starts, end)  # the spans with a < end
        return before > 0 and self._furthest[before - 1] > start

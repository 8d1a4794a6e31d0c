"""A pattern's gate: words of which every match of the pattern holds one, looked for in a window before the
pattern is tried there.

A reader's pattern (a title's words and all that may stand around them) costs tens of microseconds a window
however rarely it matches; one pass of an automaton over the lower-cased window costs about one. A gate that
finds none of its words in the window says the pattern cannot match in it, and the pattern is not tried:
the answer is the one the pattern would give.

``str.lower`` finds a word wherever ``re.IGNORECASE`` would, but for three characters: "ı" (a dotless i) and
"ſ" (a long s), which the pattern reads as "i" and "s" and ``str.lower`` leaves as they are, and "İ", which
``str.lower`` writes as "i" and a combining dot (U+0307). A window holding any of them is let through.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable

from graphbuild.vocab.near import lowered, places
from graphbuild.vocab.pattern_words import words_automaton

# what a window lowered holds where re.IGNORECASE reads a letter that str.lower does not give back as that letter
_CASE_EXCEPTIONS = ("ı", "ſ", "\u0307")


class WordGate:
    """The words (lower case) every match holds one of; ``may_match`` asks a window of a text for them."""

    def __init__(self, words: Iterable[str]) -> None:
        self.words, self._automaton = words_automaton(words)

    def may_match(self, text: str, lo: int, hi: int) -> bool:
        """Whether text[lo:hi] holds one of the words (any case), or a character that keeps the test from telling."""
        low = text[lo:hi].lower()
        if next(self._automaton.iter(low), None) is not None:
            return True
        return any(char in low for char in _CASE_EXCEPTIONS)


class WordPlaces:
    """Where a gate's words stand in one whole text, found by one automaton pass over it lowered (``near.lowered``:
    one character for one, "İ" as "i", which re.IGNORECASE reads it as): ``holds`` then asks any window of the
    text by bisection, the test ``WordGate.may_match`` makes on a window's own copy."""

    def __init__(self, gate: WordGate, text: str) -> None:
        low = lowered(text)
        spans = sorted((end + 1 - len(word), end + 1) for end, word in gate._automaton.iter(low))
        self._starts = [start for start, _ in spans]
        self._ends = [end for _, end in spans]
        # "ı" and "ſ" stand where the pattern may read "i" and "s": a window holding one is let through
        self._marks = sorted(at for char in _CASE_EXCEPTIONS[:2] for at in places(low, char))

    @classmethod
    def of_spans(cls, spans: list[tuple[int, int]], marks: list[int]) -> WordPlaces:
        """The places a pass made elsewhere found (`role_cues.CuePlaces`): the words' spans, sorted, and the marks."""
        found = cls.__new__(cls)
        found._starts = [start for start, _ in spans]
        found._ends = [end for _, end in spans]
        found._marks = marks
        return found

    def holds(self, lo: int, hi: int) -> bool:
        """Whether text[lo:hi] holds one of the words whole (any case), or a character keeping the test from telling."""
        starts, ends = self._starts, self._ends
        for i in range(bisect_left(starts, lo), len(starts)):
            if starts[i] >= hi:
                break
            if ends[i] <= hi:
                return True
        marks = self._marks
        if marks:
            i = bisect_left(marks, lo)
            return i < len(marks) and marks[i] < hi
        return False


_GATES: dict[int, WordGate] = {}


def gated(pattern: re.Pattern[str], words: Iterable[str]) -> re.Pattern[str]:
    """``pattern``, recorded with the words every match of it holds one of (``gate_of`` finds them)."""
    _GATES[id(pattern)] = WordGate(words)
    return pattern


def gate_of(pattern: re.Pattern[str]) -> WordGate | None:
    """The gate recorded for a pattern by ``gated``, if any."""
    return _GATES.get(id(pattern))

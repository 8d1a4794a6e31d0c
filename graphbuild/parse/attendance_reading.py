"""What the attendance readers ask of one document's lines, found once and handed to each of them: the lines that
hold one of a set of cue words (lower case), read in one pass over the lower-cased text for the union of the words
every reader of a group needs, each reader then taking the lines that hold one of its own words (a filter over a
few lines, not a pass over the document per reader)."""

from __future__ import annotations

import re

from graphbuild.vocab.near import lines_holding


class CueLines:
    """The lines of ``text[:hi]`` that hold one of ``words`` in ``lower`` (its lower case, same offsets), found in one
    pass; ``holding(some)`` gives those that hold one of ``some`` (a subset of ``words``), as ``lines_holding`` with
    ``some`` would."""

    def __init__(self, text: str, lower: str, words: tuple[str, ...], hi: int) -> None:
        self.lower = lower
        self.words = frozenset(words)
        self.lines = lines_holding(text, lower, words, hi)

    def holding(self, some: tuple[str, ...]) -> list[tuple[int, int]]:
        """The lines that hold one of ``some`` (each of them one of the words the lines were found for)."""
        if not self.words.issuperset(some):
            raise ValueError(f"not among the cue words: {sorted(set(some) - self.words)}")
        if self.words.issubset(some):
            return self.lines
        lower = self.lower
        return [(start, end) for start, end in self.lines if any(word in lower[start:end] for word in some)]


def matches_on_lines(pattern: re.Pattern[str], text: str, lines: list[tuple[int, int]]) -> list[re.Match[str]]:
    """``pattern.match`` tried once at each line's start, up to its end: for a pattern anchored at a line's start
    none of whose matches runs past its line (as ``vocab.near.matches_on_lines_holding`` reads it)."""
    found: list[re.Match[str]] = []
    for line_start, line_end in lines:
        match = pattern.match(text, line_start, line_end)
        if match is not None:
            found.append(match)
    return found

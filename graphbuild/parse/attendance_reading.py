"""What the attendance readers ask of one document's text, found once and handed to each of them: where each of their
cue words stands (``CueWords``: one automaton pass over the lower-cased text for the union of every reader's words,
each reader then taking its own words' offsets, or the lines that hold them); the lines that hold one of a group's
cue words (``CueLines``: one pass for the union of the group's words, each reader taking the lines that hold one of
its own: a filter over a few lines, not a pass over the document per reader)."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from functools import lru_cache

import ahocorasick

from graphbuild.vocab.near import lines_holding


class CueWords:
    """Where each of ``words`` begins in ``lower`` (a document's text lower-cased, same offsets), overlapping places
    too, found in one automaton pass; ``offsets`` gives what a ``str.find`` scan per word finds for some of the
    words, ``lines_holding`` what ``vocab.near.lines_holding`` gives for some of them. Every attendance reader reads
    its words here (``attendance_lists.document_cues`` builds the document's one)."""

    def __init__(self, lower: str, words: Iterable[str], found: Iterable[tuple[int, str]] | None = None) -> None:
        """``found``: each word's hits in ``lower`` (the offset of its last character, the word), by their end, from a
        pass made elsewhere over the same text that looked for every one of ``words`` and no other
        (`vocab.document_words`); None: this pass finds them."""
        unique = tuple(dict.fromkeys(words))
        self._at: dict[str, list[int]] = {word: [] for word in unique}
        if found is None and unique:
            found = _automaton(unique).iter(lower)
        if found is not None:
            at = self._at
            for end, word in found:
                at[word].append(end - len(word) + 1)
        self._present: list[tuple[str, list[int]]] | None = None  # the words found, with their offsets

    def _of(self, word: str) -> list[int]:
        found = self._at.get(word)
        if found is None:
            raise ValueError(f"not among the cue words: {word!r}")
        return found

    def offsets(self, words: tuple[str, ...]) -> list[int]:
        """The sorted offsets of ``words``, overlapping places too."""
        wanted = _distinct(words)
        if wanted is None:  # a word named twice: its offsets twice
            return sorted(at for word in words for at in self._of(word))
        if not self._at.keys() >= wanted:
            raise ValueError(f"not among the cue words: {sorted(wanted - self._at.keys())}")
        # a document holds a few of the words: the words found are walked (once listed), not every word asked for
        present = self._present
        if present is None:
            present = self._present = [(word, found) for word, found in self._at.items() if found]
        out: list[int] = []
        for word, found in present:
            if word in wanted:
                out += found
        return sorted(out)

    def apart(self, word: str) -> list[int]:
        """The offsets of ``word`` that a scan resuming after each one finds (as ``lower.find(word, at + len(word))``
        from the start): no one overlapping the one before."""
        out: list[int] = []
        free = 0
        for at in self._of(word):
            if at >= free:
                out.append(at)
                free = at + len(word)
        return out

    def any_of(self, words: tuple[str, ...], end: int | None = None) -> bool:
        """Whether one of ``words`` stands in ``lower[:end]``, whole (as ``lower.find(word, 0, end) >= 0``)."""
        return any(self.before(word, end) for word in words)

    def before(self, word: str, end: int | None = None) -> list[int]:
        """The offsets of ``word`` that end by ``end`` (the whole text when None), in order."""
        found = self._of(word)
        if end is None or not found or found[-1] + len(word) <= end:
            return found
        return found[: bisect_right(found, end - len(word))]

    def lines_holding(self, text: str, words: tuple[str, ...], hi: int | None = None) -> list[tuple[int, int]]:
        """(start, end) of each line of ``text[:hi]`` that holds one of ``words``, in order, each once; a line's end
        its newline's offset or ``hi`` (as ``lines_holding(text, lower, words, hi)``)."""
        stop = len(text) if hi is None else hi
        lines: dict[int, int] = {}
        for word in words:
            for at in self._of(word):
                if at + len(word) > stop:
                    break  # a word's offsets rise
                line_start = text.rfind("\n", 0, at) + 1
                if line_start not in lines:
                    line_end = text.find("\n", at, stop)
                    lines[line_start] = stop if line_end < 0 else line_end
        return sorted(lines.items())


# each word tuple's words as a set, by the tuple's identity (the readers ask for module-level tuples), the tuple kept
# so that its identity is not reused; None for a tuple that names a word twice
_DISTINCT: dict[int, tuple[tuple[str, ...], frozenset[str] | None]] = {}


def _distinct(words: tuple[str, ...]) -> frozenset[str] | None:
    known = _DISTINCT.get(id(words))
    if known is not None and known[0] is words:
        return known[1]
    if len(_DISTINCT) >= 64:
        _DISTINCT.clear()
    wanted = frozenset(words)
    _DISTINCT[id(words)] = (words, wanted if len(wanted) == len(words) else None)
    return _DISTINCT[id(words)][1]


@lru_cache(maxsize=8)
def _automaton(words: tuple[str, ...]) -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for word in words:
        automaton.add_word(word, word)
    automaton.make_automaton()
    return automaton


class CueLines:
    """The lines of ``text[:hi]`` that hold one of ``words`` in ``lower`` (its lower case, same offsets), found in one
    pass; ``holding(some)`` gives those that hold one of ``some`` (a subset of ``words``), as ``lines_holding`` with
    ``some`` would."""

    def __init__(
        self, text: str, lower: str, words: tuple[str, ...], hi: int, lines: list[tuple[int, int]] | None = None
    ) -> None:
        self.lower = lower
        self.words = frozenset(words)
        # ``lines``: those lines found already (``CueWords.lines_holding`` over the same lower case, for ``words``)
        self.lines = lines_holding(text, lower, words, hi) if lines is None else lines

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

"""A regex pass run only near the words it cannot match without.

Python's regex engine tries a pattern that opens with a look-behind, a word boundary or a character
class at every position of the text: a whole-document pass costs about half a microsecond a character
however rare the pattern's matches are. Most extraction patterns cannot match without one of a few
words ("kr", "medlem", "tilmeld", "strategi" ...); ``finditer_near`` finds those words first (plain
substring search over the lower-cased text, at C speed) and runs the pattern only in windows around
them. The matches are the same as ``pattern.finditer(text, lo, hi)``'s as long as every match starts
at most ``reach`` characters before a word of ``words`` that stands inside it (each window's scan
runs to ``hi`` and stops at the first match past the window, so a match may end anywhere).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import cast

import ahocorasick

from graphbuild.vocab.document_words import kept_hits, register
from graphbuild.vocab.pattern_gate import gated_like
from graphbuild.vocab.text_runs import run_end, run_start, runs_after, runs_back

# The letters re.IGNORECASE reads as another letter that ``str.lower`` does not turn them into: "ı" and "ſ" as "i" and
# "s", "İ" (which lowers to "i" and a combining dot, U+0307), the Kelvin sign as "k", "ẞ" as "ß". A gate that looks
# for a case-blind pattern's words in lower case lets a text holding one of them through (the one list; a copy of it
# once held an ASCII "K" and sent every text with a capital K to the whole-text scan).
CASE_BLIND_LOOKALIKES = ("İ", "ı", "ſ", "\u212a", "ẞ", "\u0307")
_AS_CASE_BLIND_READS = str.maketrans({"İ": "i", "ı": "i", "ſ": "s"})


def case_blind_key(word: str) -> str:
    """``word``, matched by a case-blind pattern, in lower case as the pattern read it: "ſ" an s, "ı" and "İ" an i
    (``str.lower`` keeps the first two and turns "İ" into two characters), so a table of the words the pattern was
    written from finds it ("beſtyrelse" is "bestyrelse"). The Kelvin sign and "ẞ" lower to what the pattern reads."""
    return word.translate(_AS_CASE_BLIND_READS).lower()


@lru_cache(maxsize=8)
def lowered(text: str) -> str:
    """The text in lower case, one character for one, so offsets stay ("İ" lowers to two)."""
    low = text.lower()
    return low if len(low) == len(text) else "".join(ch.lower()[:1] for ch in text)


# the one letter whose lower case is two characters (a dotted "i"): a text without it lowers one character for one
_LOWERS_TO_TWO = "İ"


def plain_lowered(text: str) -> str:
    """``text.lower()``: the text's one shared lower-case copy (``lowered``) when the two are the same, as they are
    unless the text holds "İ"; a reader that lowers a whole document asks here instead of lowering it again."""
    return text.lower() if _LOWERS_TO_TWO in text else lowered(text)


def lowered_as_written(text: str) -> str:
    """``text`` in lower case with the same offsets, a letter whose lower case is longer ("İ") kept as it is written
    (``lowered`` writes it "i"): the shared copy ``lowered`` when the text holds no such letter."""
    if _LOWERS_TO_TWO not in text:
        return lowered(text)
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


# A word, or a word with what must stand where it does for a match to hold it there ("med" only as
# "medlem" or "med i"): a common word then opens a window only where it can be a match's word.
Word = str | tuple[str, re.Pattern[str]]
_Value = tuple[int, re.Pattern[str] | None, str]  # a word's hit: its length, the pattern that confirms it, the word


SCANNED_WHOLE = 160  # a text this short is scanned whole: looking for the words would cost more
_SHORT = SCANNED_WHOLE
_MANY = 8  # more words than this are looked for by one automaton, not a search each


@lru_cache(maxsize=32)
def _automaton(words: tuple[Word, ...]) -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for entry in words:
        word, confirm = (entry, None) if isinstance(entry, str) else entry
        automaton.add_word(word, (len(word), confirm, word))
    automaton.make_automaton()
    return automaton


def asked_of_whole_documents(words: tuple[Word, ...]) -> tuple[Word, ...]:
    """``words`` (more than eight), which a reader asks ``word_positions`` for over whole documents: registered as a
    vocabulary of the document's one pass (`document_words`), so that over a text whose pass is kept they are read
    from it (the hits the automaton of ``words`` gives, in its order) instead of an automaton pass of their own."""
    if len(words) > _MANY:
        register(("near", words), lambda: _values(words))
    return words


def _values(words: tuple[Word, ...]) -> dict[str, _Value]:
    """Each word and its hit's value, as ``_automaton`` adds them (a word named twice: its last entry)."""
    out: dict[str, _Value] = {}
    for entry in words:
        word, confirm = (entry, None) if isinstance(entry, str) else entry
        out[word] = (len(word), confirm, word)
    return out


def word_positions(text: str, words: tuple[Word, ...], lo: int = 0, hi: int | None = None) -> list[int]:
    """Every place in text[lo:hi] where one of the (lower-case) words stands, any case, sorted."""
    hi = len(text) if hi is None else hi
    low = lowered(text)
    out: list[int] = []
    if len(words) > _MANY:
        kept = kept_hits(low, ("near", words)) if lo == 0 and hi == len(text) else None
        found = _automaton(words).iter(low, lo, hi) if kept is None else cast(list[tuple[int, _Value]], kept)
        for last, (length, confirm, _word) in found:
            at = last - length + 1
            if confirm is None or confirm.match(text, at, hi):
                out.append(at)
        out.sort()
        return out
    for entry in words:
        word, confirm = (entry, None) if isinstance(entry, str) else entry
        at = low.find(word, lo, hi)
        while at >= 0:
            if confirm is None or confirm.match(text, at, hi):
                out.append(at)
            at = low.find(word, at + 1, hi)
    out.sort()
    return out


def holds_a_word(text: str, words: tuple[Word, ...]) -> bool:
    """Whether one of the words stands in text, any case (a word's confirming pattern is not asked)."""
    low = text.lower()
    if len(low) != len(text):
        low = "".join(ch.lower()[:1] for ch in text)  # as ``lowered``, without filling its cache
    if len(words) > _MANY:
        return next(_automaton(words).iter(low), None) is not None
    return any(word in low for word in _plain(words))


@lru_cache(maxsize=64)
def _plain(words: tuple[Word, ...]) -> tuple[str, ...]:
    """The words without their confirming patterns."""
    return tuple(entry if isinstance(entry, str) else entry[0] for entry in words)


def finditer_near(
    pattern: re.Pattern[str],
    text: str,
    words: tuple[Word, ...],
    reach: int,
    lo: int = 0,
    hi: int | None = None,
    searcher: re.Pattern[str] | None = None,
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text, lo, hi)`` for a pattern each of whose matches holds one of ``words``
    (lower case, any case in the text) no more than ``reach`` characters from its start, and looks no
    further than ``reach`` characters past that word (its end and any look-ahead). ``searcher``: a pattern that
    matches wherever ``pattern`` does (``pattern_dispatch.dispatched``), searched in the windows instead of
    ``pattern_gate.gated_like``'s twin."""
    hi = len(text) if hi is None else hi
    if hi - lo <= _SHORT:
        # no match without one of the words: a short text without any is spared the pass (a few
        # substring tests, or one automaton pass, cost far less than a pattern tried at every position)
        if holds_a_word(text[lo:hi], words):
            yield from pattern.finditer(text, lo, hi)
        return
    positions = word_positions(text, words, lo, hi)
    resume = lo  # the end of the last match: matches never overlap
    i = 0
    while i < len(positions):
        window_start = max(lo, positions[i] - reach, resume)
        while i + 1 < len(positions) and positions[i + 1] - reach <= positions[i]:
            i += 1  # the window runs over every word whose own window overlaps it
        last_word = positions[i]
        i += 1
        for match in _window_matches(pattern, text, window_start, min(hi, last_word + reach), last_word, hi, searcher):
            yield match
            resume = max(match.end(), match.start() + 1)
        while i < len(positions) and positions[i] < resume:
            i += 1  # a word inside a match found starts no window of its own


def finditer_in_windows(
    pattern: re.Pattern[str], text: str, windows: list[tuple[int, int]], lo: int = 0, hi: int | None = None
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text, lo, hi)`` for a pattern each of whose matches, with any character its
    look-ahead reads, lies inside one of ``windows`` ((start, end) pairs, any order, overlapping ones
    merged): the pattern is searched only there, and each start it finds is matched again against the
    whole text, so a window's end that cut a match or let a look-ahead pass changes nothing."""
    hi = len(text) if hi is None else hi
    resume = lo  # the end of the last match: matches never overlap
    for window_start, window_end in _merged(windows, lo, hi):
        for match in _window_matches(pattern, text, max(window_start, resume), window_end, window_end - 1, hi):
            yield match
            resume = max(match.end(), match.start() + 1)


def _window_matches(
    pattern: re.Pattern[str],
    text: str,
    pos: int,
    window_end: int,
    last_start: int,
    hi: int,
    searcher: re.Pattern[str] | None = None,
) -> Iterator[re.Match[str]]:
    """The pattern's matches that start in [pos, last_start], searched for in [pos, window_end) with ``searcher``
    (one that matches where the pattern does; ``gated_like``'s twin by default) and each matched again against the
    text up to hi: the window's end may have cut a match or allowed it."""
    if searcher is None:
        searcher = gated_like(pattern)  # the same matches, tried only where one can start
    while pos <= last_start:
        found = searcher.search(text, pos, window_end)
        if found is None or found.start() > last_start:
            return
        match = pattern.match(text, found.start(), hi)
        if match is None:
            pos = found.start() + 1
            continue
        yield match
        pos = max(match.end(), found.start() + 1)


def _merged(windows: list[tuple[int, int]], lo: int, hi: int) -> list[tuple[int, int]]:
    """The windows cut to [lo, hi), sorted, and overlapping ones joined."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(windows):
        start, end = max(start, lo), min(end, hi)
        if start >= end:
            continue
        if out and start <= out[-1][1]:
            if end > out[-1][1]:
                out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def word_windows(text: str, places: list[tuple[int, int]], words_before: int) -> list[tuple[int, int]]:
    """Windows for ``finditer_in_windows`` around the places (start, end) of the words a pattern's
    matches end in: from ``words_before`` runs of non-space characters before a place's start (the run
    it stands in counted) to just past the run it ends in, where a match's look-ahead reads.

    A walk stops at its neighbour place: a window that would reach past it overlaps the neighbour's,
    and the two are merged into the same window anyway. So each character is walked over a bounded
    number of times, and a text of one endless run costs no more than a line."""
    out: list[tuple[int, int]] = []
    ordered = sorted(set(places))
    for i, (start, end) in enumerate(ordered):
        floor = ordered[i - 1][0] if i else 0
        limit = ordered[i + 1][0] if i + 1 < len(ordered) else len(text)
        out.append((runs_back(text, start, words_before, floor), run_end(text, end, limit) + 1))
    return out


def finditer_around(pattern: re.Pattern[str], text: str, words: tuple[Word, ...], runs: int) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a case-blind pattern each of whose matches, with what its look-arounds read,
    lies within ``runs`` runs of non-space characters before and after the run a word of ``words`` (lower case)
    stands in: searched only in those windows (``run_window``). A text holding a letter the pattern reads otherwise
    than ``str.lower`` ("ı", "ſ") is searched whole."""
    if any(char in lowered(text) for char in CASE_BLIND_LOOKALIKES):
        return pattern.finditer(text)
    return finditer_in_windows(pattern, text, [run_window(text, at, runs) for at in word_positions(text, words)])


def run_window(text: str, pos: int, runs: int) -> tuple[int, int]:
    """A window for ``finditer_in_windows`` around a word at pos: from ``runs`` runs of non-space characters before
    the run it stands in to ``runs`` runs after that run, and the character after (where a ``\\b`` reads)."""
    end = runs_after(text, pos, runs + 1)
    start = run_start(text, pos)  # the run the word stands in
    return runs_back(text, start, runs, 0), min(len(text), end + 1)


def search_near(
    pattern: re.Pattern[str], text: str, words: tuple[Word, ...], reach: int, lo: int = 0, hi: int | None = None
) -> re.Match[str] | None:
    """``pattern.search(text, lo, hi)`` under the assumption of ``finditer_near``."""
    return next(finditer_near(pattern, text, words, reach, lo, hi), None)


def finditer_after(pattern: re.Pattern[str], text: str, starter: re.Pattern[str]) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern that matches only where a match of ``starter`` ends, the
    starter a cheap pattern the engine scans for at C speed (``\\s(?=[SB])`` for a pattern that opens with
    ``(?<=\\s)`` and one of the words "Sag…", "Beslutning"): the pattern, whose look-behind makes the engine
    try it at every position, is tried only there. The starter's matches must not overlap a place it is
    needed (a starter of one character never does)."""
    resume = 0  # the end of the last match: matches never overlap
    for start in starter.finditer(text):
        at = start.end()
        if at < resume:
            continue
        match = pattern.match(text, at)
        if match is not None:
            yield match
            resume = max(match.end(), at + 1)


def line_matches(pattern: re.Pattern[str], text: str, word: str) -> list[re.Match[str]]:
    """``pattern.match`` at the start of each line that holds ``word`` (lower case, any case in the text), each line
    tried once: for a label that opens its line, a scan of the whole text by the pattern costs more than finding
    the word."""
    lower = lowered(text)  # one character for one: a word's place in it is its place in the text
    found: list[re.Match[str]] = []
    tried = -1
    at = lower.find(word)
    while at >= 0:
        line_start = text.rfind("\n", 0, at) + 1
        if line_start != tried:
            tried = line_start
            match = pattern.match(text, line_start)
            if match is not None:
                found.append(match)
        at = lower.find(word, at + len(word))
    return found


def places(text: str, word: str, start: int = 0, end: int | None = None) -> list[int]:
    """Every offset in text[start:end] where ``word`` begins, overlapping ones too, in order."""
    stop = len(text) if end is None else end
    out: list[int] = []
    at = text.find(word, start, stop)
    while at >= 0:
        out.append(at)
        at = text.find(word, at + 1, stop)
    return out


def lines_holding(text: str, lower: str, words: Iterable[str], hi: int | None = None) -> list[tuple[int, int]]:
    """(start, end) of each line of ``text[:hi]`` on which ``lower`` (the text to look in, same offsets: its lower
    case, or the text itself) holds one of ``words``, in order, each line once; a line's end is its newline's
    offset, or ``hi`` where the line runs past it."""
    stop = len(text) if hi is None else hi
    lines: dict[int, int] = {}
    for word in words:
        at = lower.find(word, 0, stop)
        while at >= 0:
            line_end = text.find("\n", at, stop)
            line_end = stop if line_end < 0 else line_end
            lines[text.rfind("\n", 0, at) + 1] = line_end
            at = lower.find(word, line_end, stop)  # the next line's
    return sorted(lines.items())


def matches_on_lines_holding(
    pattern: re.Pattern[str], text: str, words: tuple[str, ...], hi: int
) -> list[re.Match[str]]:
    """The matches of ``pattern.finditer(text, 0, hi)`` that stand on a line holding one of ``words`` (lower case,
    found in ``lowered`` text), for a pattern anchored at a line's start (``(?m)^``) none of whose matches runs past
    its line: each such line is matched once, up to its end or ``hi``, instead of the pattern scanning every line."""
    found: list[re.Match[str]] = []
    for line_start, line_end in lines_holding(text, lowered(text), words, hi):
        match = pattern.match(text, line_start, line_end)
        if match is not None:
            found.append(match)
    return found

"""Walks over runs of non-space characters at C speed: forward by one regex match a run, backward by the same match
over the text reversed (once per text, kept for the few texts asked last).

A walk of a reader's window ("four runs before the word, ten after it") stepped a character at a time in Python; on
a flattened page, where a run of blanks or a glued run of letters is hundreds of characters long, that walk was most
of the window's cost. ``\\s`` reads exactly the characters ``str.isspace`` does (every code point checked), so each
walk ends where the character loop it replaces ended.
"""

from __future__ import annotations

import re
from functools import lru_cache

_RUN = re.compile(r"\S*")
_SPACES_THEN_RUN = re.compile(r"\s*\S*")


@lru_cache(maxsize=8)
def reversed_text(text: str) -> str:
    """The text backwards: offset j in it is offset len(text) - 1 - j in the text."""
    return text[::-1]


def run_end(text: str, pos: int, limit: int) -> int:
    """Where the run of non-space characters pos stands in (or starts at) ends, or ``limit``; pos where a space (or
    ``limit``) stands there."""
    if pos >= limit:
        return pos
    return _RUN.match(text, pos, limit).end()  # type: ignore[union-attr]  # an empty match at least


def runs_after(text: str, pos: int, runs: int) -> int:
    """Where the ``runs``-th run of non-space characters from pos on ends (the run pos stands inside counted), or
    the text's end."""
    for _ in range(runs):
        if pos >= len(text):
            return pos
        pos = _SPACES_THEN_RUN.match(text, pos).end()  # type: ignore[union-attr]
    return pos


def run_start(text: str, pos: int, floor: int = 0) -> int:
    """Where the run of non-space characters that ends at pos (or runs through it) starts, or ``floor``: pos where a
    space stands right before it."""
    if pos <= floor:
        return pos
    size = len(text)
    return size - _RUN.match(reversed_text(text), size - pos, size - floor).end()  # type: ignore[union-attr]


def runs_back(text: str, pos: int, runs: int, floor: int = 0) -> int:
    """Walking back from pos ``runs`` times over white space and then the run of other characters before it: where
    the last run starts, or ``floor`` if the walk reaches it."""
    if pos <= floor:
        return pos
    size = len(text)
    backwards = reversed_text(text)
    at, stop = size - pos, size - floor
    for _ in range(runs):
        at = _SPACES_THEN_RUN.match(backwards, at, stop).end()  # type: ignore[union-attr]
        if at >= stop:
            break
    return size - at

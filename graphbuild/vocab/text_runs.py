"""Walks over runs of non-space characters at C speed: forward by one regex match for all the runs walked, backward by
the same match over the text reversed (once per text, kept for the few texts asked last).

A walk of a reader's window ("four runs before the word, ten after it") stepped a character at a time in Python; on
a flattened page, where a run of blanks or a glued run of letters is hundreds of characters long, that walk was most
of the window's cost. ``\\s`` reads exactly the characters ``str.isspace`` does (every code point checked), so each
walk ends where the character loop it replaces ended.
"""

from __future__ import annotations

import re
from functools import lru_cache

_RUN = re.compile(r"\S*")


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


@lru_cache(maxsize=32)
def _runs(count: int) -> re.Pattern[str]:
    """``count`` steps of white space then a run of other characters, as one match: each step greedy with nothing after
    it to give back, so the match ends where ``count`` matches of ``\\s*\\S*`` one after another end, without a Python
    step (and a call into the engine) for each."""
    return re.compile(rf"(?:\s*+\S*+){{{count}}}")


def runs_after(text: str, pos: int, runs: int) -> int:
    """Where the ``runs``-th run of non-space characters from pos on ends (the run pos stands inside counted), or
    the text's end."""
    if runs <= 0 or pos >= len(text):
        return pos
    return _runs(runs).match(text, pos).end()  # type: ignore[union-attr]  # an empty match at least


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
    if runs <= 0:
        return pos
    size = len(text)
    at = _runs(runs).match(reversed_text(text), size - pos, size - floor).end()  # type: ignore[union-attr]
    return size - at

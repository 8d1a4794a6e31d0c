"""A whole-text pass of a pattern run only on the lines that hold one of the words it cannot match without.

A pattern that opens with a look-behind or a character class is tried by the regex engine at every position of
the text (about half a microsecond a character, however rare its matches); finding its words first costs a plain
substring search. ``finditer_on_lines`` gives ``pattern.finditer(text)``'s matches exactly for a pattern none of
whose matches holds a newline (a look-around that reads a newline reads a line's end the same way) and each of
whose matches holds one of ``words``: such a match lies inside one line, and a line without any of the words holds
none. The pattern must not read the text's end (``$``, ``\\Z``): a line's end is one to it. With ``any_case`` the
words are looked for in the lower-cased text (``near.lowered``), as ``re.IGNORECASE`` reads them; a text holding
"ı" or "ſ" (which the engine reads as "i" and "s" and ``str.lower`` keeps) is scanned whole.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from graphbuild.vocab.near import CASE_BLIND_LOOKALIKES, lowered, places
from graphbuild.vocab.near import lines_holding as near_lines_holding


def holds_any(text: str, words: tuple[str, ...], any_case: bool = False) -> bool:
    """Whether one of the words stands in text (``any_case``: in any case, or a character keeps the test from
    telling)."""
    if not any_case:
        return any(word in text for word in words)
    low = lowered(text)
    return any(word in low for word in words) or any(char in low for char in CASE_BLIND_LOOKALIKES)


def lines_holding(text: str, words: tuple[str, ...], any_case: bool = False) -> list[tuple[int, int]] | None:
    """The spans (start, end without the newline) of the runs of lines that hold one of the words, in order, lines
    next to each other joined; None when the text must be read whole (``any_case`` and a case exception in it)."""
    haystack = _haystack(text, any_case)
    if haystack is None:
        return None
    spans: list[tuple[int, int]] = []
    for start, end in near_lines_holding(text, haystack, words):
        if spans and start <= spans[-1][1] + 1:
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    return spans


def finditer_on_lines(
    pattern: re.Pattern[str], text: str, words: tuple[str, ...], any_case: bool = False
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern whose every match lies in one line and holds one of ``words``."""
    spans = lines_holding(text, words, any_case)
    if spans is None:
        yield from pattern.finditer(text)
        return
    for start, end in spans:
        yield from pattern.finditer(text, start, end)


def lines_with(text: str, words: tuple[str, ...], any_case: bool = False) -> list[int]:
    """The start of every line that holds one of the words, in order (``any_case``: as ``lines_holding``; every line's
    start when a case exception keeps the test from telling)."""
    haystack = _haystack(text, any_case)
    if haystack is None:
        return [0, *(at + 1 for at in places(text, "\n") if at + 1 < len(text))]
    return [start for start, _ in near_lines_holding(text, haystack, words)]


def _haystack(text: str, any_case: bool) -> str | None:
    """Where the words are looked for: the text, or its lower case; None when a case exception keeps that from
    telling."""
    if not any_case:
        return text
    low = lowered(text)
    return None if any(char in low for char in CASE_BLIND_LOOKALIKES) else low

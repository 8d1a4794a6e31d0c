"""An answer kept per short text: a pure reading several readers ask of the same short lines again and again keeps
its answers in a bounded cache; a longer text (a flattened page) is read each time, so no page is held and memory does
not grow with the corpus (issue 13 item 7, issue 17 item 1)."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Generic, TypeVar

Answer = TypeVar("Answer")


class KeptAnswers(Generic[Answer]):
    """`read` called as it is, its answer kept for a text of at most `longest` characters (`entries` of them)."""

    def __init__(self, read: Callable[[str], Answer], longest: int, entries: int) -> None:
        self.read = read
        self.kept = lru_cache(maxsize=entries)(read)
        self.longest = longest
        self.__doc__ = read.__doc__

    def __call__(self, text: str) -> Answer:
        return self.kept(text) if len(text) <= self.longest else self.read(text)


def kept_for_short_texts(longest: int, entries: int = 8192) -> Callable[[Callable[[str], Answer]], KeptAnswers[Answer]]:
    """A decorator: the reading's answers kept for texts of at most `longest` characters."""

    def keep(read: Callable[[str], Answer]) -> KeptAnswers[Answer]:
        return KeptAnswers(read, longest, entries)

    return keep

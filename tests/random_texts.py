"""Random texts built from a pattern's own pieces: the pattern-rewrite tests compare a pattern's old and new forms
on them (the same seed gives the same texts, so a failure repeats)."""

import random
import re
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from functools import partial

Window = tuple[int, ...]
"""Where in a text a reading is tried: nothing (the whole text), a start, or a start and an end."""


def random_texts(pieces: Sequence[str], *, seed: int, count: int, most: int) -> Iterator[str]:
    """``count`` texts, each of 0 to ``most`` pieces drawn from ``pieces``."""
    rng = random.Random(seed)
    for _ in range(count):
        yield "".join(rng.choice(pieces) for _ in range(rng.randint(0, most)))


def whole(text: str) -> Iterable[Window]:
    """The whole text, read once."""
    return [()]


def every_start(text: str) -> Iterable[Window]:
    """Each start in the text, its end included."""
    return [(pos,) for pos in range(len(text) + 1)]


def every_window(text: str) -> Iterable[Window]:
    """Each start and each end at or after it."""
    return [(pos, end) for pos in range(len(text) + 1) for end in range(pos, len(text) + 1)]


def start_and_two_ends(text: str) -> Iterable[Window]:
    """Each start, with the text's end and with the end half-way from the start to it."""
    return [(pos, end) for pos in range(len(text)) for end in (len(text), (pos + len(text)) // 2)]


def fixed_window(width: int) -> Callable[[str], Iterable[Window]]:
    """Each start, its end ``width`` characters on (or the text's end)."""

    def windows(text: str) -> Iterable[Window]:
        return [(pos, min(len(text), pos + width)) for pos in range(len(text) + 1)]

    return windows


def match_span(pattern: re.Pattern[str], text: str, pos: int = 0, end: int | None = None) -> tuple[int, int] | None:
    """The span of ``pattern``'s match at ``pos`` (up to ``end``, or the text's end), or None."""
    found = pattern.match(text, pos, len(text) if end is None else end)
    return None if found is None else found.span()


def fullmatch_span(pattern: re.Pattern[str], text: str, pos: int = 0, end: int | None = None) -> tuple[int, int] | None:
    """The span of ``pattern`` matching all from ``pos`` to ``end`` (or the text's end), or None."""
    found = pattern.fullmatch(text, pos, len(text) if end is None else end)
    return None if found is None else found.span()


def same_readings(
    new: Callable[..., object],
    old: Callable[..., object],
    pieces: Sequence[str],
    *,
    seed: int,
    count: int,
    most: int,
    windows: Callable[[str], Iterable[Window]] = whole,
) -> int:
    """Asserts that ``new(text, *window)`` is ``old(text, *window)`` on each random text (``random_texts``' seed,
    count and most) in each of its ``windows``; returns how many of the old readings found something (neither
    None nor False), so a test can tell that the texts hold finds, not only misses."""
    found = 0
    for text in random_texts(pieces, seed=seed, count=count, most=most):
        for window in windows(text):
            expected = old(text, *window)
            assert new(text, *window) == expected, (text, *window)
            found += expected is not None and expected is not False
    return found


def group_spans(match: re.Match[str] | None, blank_groups: Collection[str] = ()) -> tuple[object, ...] | None:
    """The match's span and each named group's, a group of ``blank_groups`` holding blanks alone counted as none
    ((-1, -1)): a rewrite that reads its blanks once may leave such a group out where no caller reads it."""
    if match is None:
        return None
    spans: list[object] = [match.span()]
    for name in match.re.groupindex:
        blank = match.group(name) is not None and not match.group(name).strip(" \t")
        spans.append((name, (-1, -1) if name in blank_groups and blank else match.span(name)))
    return tuple(spans)


def same_spans(
    new: re.Pattern[str],
    old: re.Pattern[str],
    pieces: Sequence[str],
    *,
    seed: int,
    count: int,
    most: int,
    windows: Callable[[str], Iterable[Window]] = every_start,
    read: Callable[..., tuple[int, int] | None] = match_span,
) -> int:
    """``same_readings`` of the spans ``read`` gives for ``new`` and for ``old`` (their matches', by default at
    every start)."""
    return same_readings(
        partial(read, new), partial(read, old), pieces, seed=seed, count=count, most=most, windows=windows
    )

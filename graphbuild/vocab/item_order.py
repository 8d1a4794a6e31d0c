"""The one order of a meeting's item numbers, for every reader that sorts them (the eDoc portal's items, a member's
missed items, a meeting page's items): ``item_number_key`` of an item's key as ``vocab.ids.item_keys`` writes it.

The stated order: a number printed with digits by those digits as numbers, each run in turn ("2" before "10", "1.2"
before "1.10" and "2"), its letters after the number it follows ("2" before "2a" before "3"); a number printed with
no digit ("", "A") after every one printed with some, by its text; a repeated number ("1~2", the second "1") after
its first, and an item printed with no number ("~1", "~3") by its place among those:
"2" < "2a" < "10" < "" < "~3".
"""

from __future__ import annotations

import re

_DIGIT_RUN = re.compile(r"([0-9]+)([^0-9]*)")

ItemNumberKey = tuple[bool, tuple[tuple[int, str], ...], str, int]


def item_number_key(key: str) -> ItemNumberKey:
    """A sort key for an item's number, or its key in its meeting ("1~2", "~3": the number, then its place among
    the items printed with that number)."""
    number, tilde, place = key.rpartition("~")
    if not tilde or not place.isdecimal():
        number, place = key, ""
    runs = tuple((int(digits), rest) for digits, rest in _DIGIT_RUN.findall(number))
    return (not runs, runs, number, int(place) if place else 0)

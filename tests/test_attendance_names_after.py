"""attendance_lists._names_after (the words after a first name that the list gives alone, "Afbud: Tonni") reads
with str.find and one pattern compiled once what a pattern compiled per first name read."""

from __future__ import annotations

import re

from graphbuild.parse.attendance_lists import _names_after
from tests.random_texts import random_texts


def _names_after_by_pattern(first: str, text: str) -> list[str]:
    """The words as the reader found them before: a pattern per first name."""
    pattern = rf"\b{re.escape(first)}((?:[ \t]+[A-ZÆØÅ][a-zæøå]+(?:-[A-ZÆØÅ][a-zæøå]+)?){{1,3}})"
    return [m.group(1) for m in re.finditer(pattern, text)]


def test_names_after_read_as_the_pattern_did() -> None:
    """The same words on random texts built of first names, last names and what stands around them (a space, a
    tab, a line break, a letter, a digit, "_", "-", an upper-case word, a name glued to a word)."""
    pieces = ["Tonni", "Ib", "Anne-Marie", "Jens.", " ", "\t", "\n", "a", "1", "_", "-", "Jensen", "Hansen-Berg"]
    pieces += ["Æble", "ABC", "xTonni", "Tonni Jensen", "Ib Ib", "é", "."]
    found = 0
    for first in ("Tonni", "Ib", "Anne-Marie", "Jens."):
        for text in random_texts(pieces, seed=25, count=3000, most=10):
            expected = _names_after_by_pattern(first, text)
            assert list(_names_after(first, text)) == expected, (first, text)
            found += bool(expected)
    assert found > 500

r"""attendance_prose_names' separator of a list in first names ("afbud fra Jesper, Marianne, Kjeld Flemming og
Niels."): each blank run read once (possessive: a comma and "og"/"samt" never open with a blank). As ``[ \t]*`` before
``[ \t]+(?:og|samt)``, the run before "og" was split every way (quadratic: 0.4 s at 4,000 blanks). The caller reads
the match's end: it is the old pattern's (kept here) on random texts."""

from __future__ import annotations

import re

from random_texts import random_texts

from graphbuild.parse.attendance_prose_names import _FIRST_NAME_SEPARATOR, first_names_after

OLD = re.compile(r"[ \t]*(?:,[ \t]*(?:og[ \t]+|samt[ \t]+)?|[ \t]+(?:og|samt)[ \t]+)")


def _names(text: str) -> list[str]:
    pos = text.index("Jesper")
    return [hit.name for hit in first_names_after(text, pos, len(text))]


def _span(match: re.Match[str] | None) -> tuple[int, int] | None:
    return None if match is None else match.span()


def test_the_names_between_separators_are_read() -> None:
    assert _names("Der var afbud fra Jesper, Marianne, Kjeld Flemming og Niels.") == [
        "Jesper", "Marianne", "Kjeld Flemming", "Niels",
    ]  # fmt: skip
    assert _names("Der var afbud fra Jesper , samt  Marianne.") == ["Jesper", "Marianne"]
    # the near miss: "og" glued to the next word is no separator, so no list
    assert _names("Der var afbud fra Jesper ogNiels.") == []


def test_the_end_is_the_old_patterns_on_random_texts() -> None:
    pieces = [" ", "  ", "\t", ",", "og", "samt", "og ", "x", "\n", "o", "Jens", " og"]
    found = 0
    for text in random_texts(pieces, seed=80, count=30_000, most=8):
        for pos in (0, 1):
            old = _span(OLD.match(text, pos))
            assert _span(_FIRST_NAME_SEPARATOR.match(text, pos)) == old, text
            found += old is not None
    assert found > 3000


def test_a_long_run_of_blanks_is_read_in_time() -> None:
    assert _FIRST_NAME_SEPARATOR.match(" " * 50_000 + "x") is None
    assert _span(_FIRST_NAME_SEPARATOR.match(" " * 50_000 + "og" + " " * 50_000 + "x")) == (0, 100_002)
    assert _FIRST_NAME_SEPARATOR.match(" " * 50_000 + "ogx") is None

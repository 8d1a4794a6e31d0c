r"""role_board_elections' join between two names elected together ("A (V), Aarhus og B"): the blanks before the join
read once (``[ \t]++og``, a comma after ``[ \t]*+``). As ``[ \t]*`` beside ``[ \t]+og``, a line of blanks between two
names was shared between them every way (0.33 s at 4,000 blanks). The join after the run opens with its first
character, so the strings are the old pattern's (kept here)."""

from __future__ import annotations

import re

from random_texts import every_window, fullmatch_span, same_spans

from graphbuild.extract.role_elected_names import JOIN, NAME_TAIL

OLD = re.compile(rf"{NAME_TAIL}[ \t]*(?:,[ \t]*(?:(?:og|samt)[ \t]+)?|[ \t]+(?:og|samt)[ \t]+)")


def test_the_join_between_two_names_is_read() -> None:
    text = "Jens Hansen (V), Aarhus og Karin Holm blev valgt"
    pos, end = text.index(" (V)"), text.index("Karin")
    assert fullmatch_span(JOIN, text, pos, end) == fullmatch_span(OLD, text, pos, end) == (pos, end)
    # the near miss: a word between the names that joins nothing
    assert JOIN.fullmatch(" (V) ved ") is None


def test_the_strings_are_the_old_patterns_on_random_texts() -> None:
    pieces = [" ", "  ", "\t", "\n", ",", "og", " og ", "samt", " samt ", " (V)", "(", ")", " fra", " Aarhus", "x", "o"]
    pieces += [" Kommune", "-"]
    found = same_spans(JOIN, OLD, pieces, seed=101, count=3000, most=10, windows=every_window, read=fullmatch_span)
    assert found > 1000


def test_a_long_line_of_blanks_between_two_names_is_read_in_time() -> None:
    assert JOIN.fullmatch(" " * 50_000 + "x") is None
    assert JOIN.fullmatch(" " * 50_000 + "og ") is not None

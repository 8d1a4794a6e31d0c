"""The walks over runs of non-space characters (vocab/text_runs.py), which `vocab.near`'s windows and the lone
first-name reader take at C speed, end where the character loops they replaced ended: on a real page's lines (a
heading indented by eighty blanks, a non-breaking space) at every offset, on random texts of every kind of white
space, and a window around a word is the same window."""

from __future__ import annotations

import random

from graphbuild.vocab.near import run_window
from graphbuild.vocab.text_runs import run_end, run_start, runs_after, runs_back

# Ældre Sagen Farum, Referat af årsmødet 22. marts 2024 (tests/realworld/docs/aeldresagen-farum-aarsmoede-2024-03-22)
FARUM = (
    " " * 80
    + "Referat af årsmødet 22. marts 2024\n107 medlemmer var mødt frem.\n"
    + "Sangen ”Så’n er det sjældent i Ældre Sagen” blev sunget som indledning.\u00a0Herefter bød formand Birthe "
    + "Berger velkommen og præsenterede bestyrelsen.\n\n1. Carsten Thaarup blev valgt som dirigent – og konstaterede "
    + "at årsmødet var rettidigt indkaldt.\t\x1c"
)


def _run_end_by_character(text: str, pos: int, limit: int) -> int:
    while pos < limit and not text[pos].isspace():
        pos += 1
    return pos


def _runs_after_by_character(text: str, pos: int, runs: int) -> int:
    for _ in range(runs):
        while pos < len(text) and text[pos].isspace():
            pos += 1
        while pos < len(text) and not text[pos].isspace():
            pos += 1
    return pos


def _run_start_by_character(text: str, pos: int) -> int:
    while pos > 0 and not text[pos - 1].isspace():
        pos -= 1
    return pos


def _runs_back_by_character(text: str, pos: int, runs: int, floor: int) -> int:
    for _ in range(runs):
        while pos > floor and text[pos - 1].isspace():
            pos -= 1
        while pos > floor and not text[pos - 1].isspace():
            pos -= 1
    return pos


def _same_walks(text: str, pos: int, runs: int, floor: int, limit: int) -> None:
    assert run_end(text, pos, limit) == _run_end_by_character(text, pos, limit)
    assert runs_after(text, pos, runs) == _runs_after_by_character(text, pos, runs)
    assert run_start(text, pos) == _run_start_by_character(text, pos)
    assert runs_back(text, pos, runs, floor) == _runs_back_by_character(text, pos, runs, floor)


def test_every_offset_of_a_real_page_walks_as_the_character_loops() -> None:
    for pos in range(len(FARUM) + 1):
        for runs in (0, 1, 4, 12):
            _same_walks(FARUM, pos, runs, max(0, pos - 30), min(len(FARUM), pos + 50))


def test_the_heading_after_eighty_blanks() -> None:
    heading = FARUM.index("Referat")
    assert runs_back(FARUM, heading + 3, 2, 0) == 0  # the blanks' walk reaches the text's start
    assert run_start(FARUM, heading + 3) == heading
    assert runs_after(FARUM, 0, 1) == heading + len("Referat")


def test_random_texts_of_every_white_space() -> None:
    letters = "ab.-æ\u200b" + " \n\t\r\x0b\x0c\x1c\x85\u00a0\u2003\u2028\u3000"  # \u200b is no space to str.isspace
    pick = random.Random(42)
    for _ in range(3000):
        text = "".join(pick.choice(letters) for _ in range(pick.randint(0, 24)))
        pos = pick.randint(0, len(text))
        _same_walks(text, pos, pick.randint(0, 5), pick.randint(0, len(text)), pick.randint(0, len(text)))
    assert runs_after("ab", 5, 3) == 5  # past the end: where it was, as the loop left it


def test_the_window_around_a_word_is_the_loops_window() -> None:
    at = FARUM.index("valgt")
    start = _runs_back_by_character(FARUM, _run_start_by_character(FARUM, at), 4, 0)
    end = min(len(FARUM), _runs_after_by_character(FARUM, at, 5) + 1)
    assert run_window(FARUM, at, 4) == (start, end)
    assert FARUM[start:end] == "1. Carsten Thaarup blev valgt som dirigent – og "


def test_texts_of_one_length_are_walked_each_on_its_own() -> None:
    # the reversed copy is kept per text: a second text of the same length is never walked on the first one's copy
    assert run_start("abc def", 7) == 4
    assert run_start("abcdefg", 7) == 0
    assert runs_back("x  yz w", 5, 1) == 3
    assert runs_back("xyzabcw", 5, 1) == 0


def test_a_walk_of_many_runs_is_one_match_that_ends_where_the_loops_end() -> None:
    # (speed46) every count of runs, one match of that many steps: past the last run the walk stops at the text's
    # end or the floor, and a walk of no run stays where it was
    for runs in range(16):
        for pos in range(0, len(FARUM) + 1, 7):
            _same_walks(FARUM, pos, runs, max(0, pos - 60), len(FARUM))
    assert runs_after(FARUM, 3, 0) == 3 and runs_back(FARUM, 90, 0, 0) == 90
    assert runs_after(FARUM, 0, 1000) == len(FARUM) and runs_back(FARUM, len(FARUM), 1000, 10) == 10

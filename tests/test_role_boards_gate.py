"""The board cues' word gates (graphbuild/extract/role_boards): "valgt", "udpeget" and "sammensat" open a window
only where the colon or the "i" the patterns need after them follows, and every match of the whole-text pattern
still passes."""

from __future__ import annotations

import random
import re
from collections.abc import Iterable

from graphbuild.extract import role_boards
from graphbuild.vocab.near import finditer_near, word_positions

_PIECES = [
    "Movias nye bestyrelse er valgt for perioden 2022-2025:",
    "Bestyrelsen blev udpeget på generalforsamlingen:",
    "Repræsentantskabet er sammensat således:",
    "De fire nye borgmestre, som er valgt ind i Movias bestyrelse, er borgmester Benedikte Kiær,",
    "som er udpeget i Fondens bestyrelse, er",
    "Bestyrelsen består af: borgmester Hans Rex (V),",
    "Jens Hansen blev valgt som formand.",
    "Peter Olsen (V) er udpeget af byrådet",
    "valgt",
    "udpeget",
    "sammensat",
    "indtrådt",
    ":",
    ".",
    "\n",
    "i",
    "ind i",
    "Bestyrelsen",
    "Movias bestyrelse,",
    "er",
    "blev",
    "Anne Larsen",
    "for perioden",
]


def _spans(matches: Iterable[re.Match[str]]) -> list[tuple[int, int]]:
    return [m.span() for m in matches]


def test_the_gates_let_every_match_of_the_whole_text_pattern_through() -> None:
    rng = random.Random(21)
    found = 0
    for _ in range(2000):
        text = " ".join(rng.choice(_PIECES) for _ in range(rng.randint(10, 40)))
        for pattern, words in (
            (role_boards.BOARD_CONSISTS, role_boards.BOARD_CONSISTS_WORDS),
            (role_boards.BOARD_JOINED, role_boards.BOARD_JOINED_WORDS),
        ):
            expected = _spans(pattern.finditer(text))
            assert _spans(finditer_near(pattern, text, words, role_boards.BOARD_CUE_REACH)) == expected, text
            found += len(expected)
    assert found > 2000


def test_an_election_without_the_colon_or_the_board_opens_no_window() -> None:
    # "Jens Hansen blev valgt som formand.": no list after a colon, no "valgt ind i": nothing to try the patterns at
    prose = "Jens Hansen blev valgt som formand. Peter Olsen er udpeget af byrådet. Udvalget er sammensat af fem."
    assert word_positions(prose, role_boards.BOARD_CONSISTS_WORDS) == []
    assert word_positions(prose, role_boards.BOARD_JOINED_WORDS) == []
    # the near misses' forms that the patterns read keep their windows
    listed = "Movias nye bestyrelse er valgt for perioden 2022-2025:\n"
    assert word_positions(listed, role_boards.BOARD_CONSISTS_WORDS) == [listed.index("valgt")]
    joined = "som er valgt ind i Movias bestyrelse, er borgmester Benedikte Kiær"
    assert word_positions(joined, role_boards.BOARD_JOINED_WORDS) == [joined.index("valgt")]

r"""adoption_adopters' unknown item between two joins ("Følgende kommuner deltager i DK2020:\nFavrskov,\nHedensted,
\nLyngby\nog Herning.", test_adoption_forms' DK2020 pages): each word read once. The closing join opens at the last
word's end, or inside it where the word ends in joins' words ("Lyngbyog og": "og", "samt", "-"), which are peeled from
the right (no one the end of another); the name keeps one letter and ends on no dash. As one pattern the name's
``[\wæøå-]*`` gave back each "og" of a glued run to the closing join, which read on to the window's end each time
(quadratic under ``fullmatch``: 1.1 s at 16,000). Whether it matches is h-lintre5's pattern's (kept here) on random
texts and windows."""

from __future__ import annotations

import re
from pathlib import Path

from random_texts import random_texts
from test_adoption_forms import PAGE, adoptions_of

from graphbuild.extract.adoption_adopters import _ITEM_JOIN, unknown_item

OLD = re.compile(
    rf"{_ITEM_JOIN}(?-i:[A-ZÆØÅ][\wæøå-]*)(?:[ \t]+(?-i:[A-ZÆØÅ][\wæøå-]*)){{0,2}}(?:[ \t]+[Kk]ommune)?(?<!-)"
    rf"{_ITEM_JOIN}"
)


def test_an_unknown_item_is_skipped_and_a_glued_join_read(tmp_path: Path) -> None:
    text = PAGE + "Følgende kommuner deltager i DK2020:\nFavrskov,\nHedensted,\nLyngby\nog Herning."
    assert {m for m, _, _ in adoptions_of(tmp_path, text)} == {"Favrskov", "Hedensted", "Herning"}
    assert unknown_item(", Lyngbyog ", 0, 11)  # the join glued to the name
    # the near misses: a lower-case word; a name with no join after it, where its last letters make none
    assert not unknown_item(", og så ", 0, 8)
    assert not unknown_item(", Lyngbyo ", 0, 10)


def test_whether_it_matches_is_the_old_patterns_on_random_texts() -> None:
    pieces = [" ", "\n", "\t", "\xa0", ",", "og", "samt", "&", "/", "•", "-", "–", "*", "(A)", "Lyngby", "Faxe-"]
    pieces += ["x", "o", "s", "Og", "kommune", "Kommune", "Æ", "A-B", "A", "sam", "t", "g", "Aog", "-og"]
    found = 0
    for seed, most in ((100, 6), (101, 10)):
        for text in random_texts(pieces, seed=seed, count=20_000, most=most):
            for start, end in ((0, len(text)), (1, len(text)), (0, max(0, len(text) - 2))):
                old = OLD.fullmatch(text, start, end) is not None
                assert unknown_item(text, start, end) == old, (text, start, end)
                found += old
    assert found > 1_000


def test_a_long_glued_run_is_read_in_time() -> None:
    text = "ogA" + "og" * 100_000
    assert not unknown_item(text + "x", 0, len(text) + 1)
    assert unknown_item(text + "  ", 0, len(text) + 2)
    assert not unknown_item(", A" + "-" * 100_000 + "x", 0, 100_004)
    assert unknown_item(", A" + "samt" * 50_000 + ", ", 0, 200_005)

"""vocab.near keeps each long text's word places (one automaton pass) and bisects them for every part
asked about: the answers are those of a search over the part itself (the definition before it)."""

from __future__ import annotations

import random
import re

import pytest

from graphbuild.vocab.near import Word, finditer_near, word_positions


def searched_positions(text: str, words: tuple[Word, ...], lo: int, hi: int) -> list[int]:
    """The places found by searching text[lo:hi] for each word (the earlier definition)."""
    low = "".join(ch.lower()[:1] for ch in text)
    out = []
    for entry in words:
        word, confirm = (entry, None) if isinstance(entry, str) else entry
        at = low.find(word, lo, hi)
        while at >= 0:
            if confirm is None or confirm.match(text, at, hi):
                out.append(at)
            at = low.find(word, at + 1, hi)
    return sorted(out)


MED = ("med", re.compile(r"med(?:lem|\s+i\b)", re.IGNORECASE))
FEW: tuple[Word, ...] = (MED, "ejer", "ejere", "kr")
MANY: tuple[Word, ...] = (MED, "ejer", "ejere", "kr", "sammen", "deltager", "fælles", "mellem", "stifte", "dækker")
PIECES = ["med", "Medlem", "med i", "MED I ", "ejer", "Ejere", "kr.", "sammen", "İ", "fælles", "deltager", " ", "\n", "x", "mellem"]


@pytest.mark.parametrize("words", [FEW, MANY, ()])
def test_positions_in_any_part_of_a_long_text_are_the_searched_ones(words: tuple[Word, ...]) -> None:
    chance = random.Random(7)
    for _ in range(200):
        text = "".join(chance.choice(PIECES) for _ in range(chance.randint(60, 300)))
        for _ in range(10):
            lo = chance.randint(0, len(text))
            hi = chance.randint(lo, len(text))
            assert word_positions(text, words, lo, hi) == searched_positions(text, words, lo, hi), (text, lo, hi)


def test_a_short_part_of_a_long_text_runs_the_pattern_only_when_it_holds_a_word() -> None:
    pattern = re.compile(r"\bmedlem\w*", re.IGNORECASE)
    text = "Byrådet. " * 40 + "Kommunen er Medlem af KL. " + "Byrådet. " * 40
    at = text.index("Medlem")
    near = [m.group() for m in finditer_near(pattern, text, (MED,), 20, at - 12, at + 30)]
    assert near == ["Medlem"]
    assert list(finditer_near(pattern, text, (MED,), 20, 0, 100)) == []
    assert list(finditer_near(pattern, text, (MED,), 20, at - 12, at + 5)) == []  # "Medlem" cut by the part: no match

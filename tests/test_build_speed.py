"""The build's faster steps give what the plain steps they replace gave (issue 17 item 2)."""

from __future__ import annotations

import random
import re
import unicodedata

import pytest
from fixtures_shared import EXAMPLES

from graphbuild.search_terms import hyphenated_words, indexed_form
from graphbuild.vocab.folding import fold, spell_out

# --- the folding of the search index, ids and names ----------------------------------------------

_OLD_SPELLED_OUT = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "é": "e", "ü": "ue", "ö": "oe", "ä": "ae"})


def _old_spell_out(text: str) -> str:
    spelled = unicodedata.normalize("NFKC", text).lower().translate(_OLD_SPELLED_OUT)
    if spelled.isascii():
        return spelled
    return "".join(c for c in unicodedata.normalize("NFKD", spelled) if not unicodedata.combining(c))


def _old_fold(text: str) -> str:
    return " ".join(re.sub(r"[^a-z0-9§]+", " ", _old_spell_out(text)).split())


# letters of many scripts, accents as separate combining marks, ligatures, compatibility forms,
# punctuation, spaces of several kinds, hyphens
_ALPHABET = (
    "aeiouAEIOUæøåÆØÅäöüÄÖÜéèêëÉçñßẞİıŁłĳﬁﬂ²³½ⅫＡＢａｂ ℌ℃µΩΣσςДдЖжאבعربي中文가힣"
    "\u0301\u0308\u030a\u0327\u0323\u200b\u00ad §-–—_.,;:!?()\"'«»„“\n\t\u00a0\u2009 0123456789"
)


def _random_texts(count: int, seed: int = 17) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_ALPHABET) for _ in range(rng.randint(0, 80))) for _ in range(count)]


def _example_texts() -> list[str]:
    paths = sorted(EXAMPLES.rglob("*.md")) + sorted(EXAMPLES.rglob("*.txt"))
    return [path.read_text(encoding="utf-8") for path in paths]


def test_spell_out_and_fold_are_the_plain_steps_they_replace() -> None:
    long_runs = ["Дж\u0435\u0308" * 150, "中文ﬁ²" * 100 + " Århus"]  # runs past the cache's length
    texts = [*_random_texts(3000), *_example_texts(), *long_runs, "Åbenrå", "Crème brûlée", "KD-Net § 17", "İstanbul ǅ"]
    assert len(texts) > 3000
    for text in texts:
        assert spell_out(text) == _old_spell_out(text), text
        assert fold(text) == _old_fold(text), text
        assert fold(text * 5) == _old_fold(text * 5), text  # long texts are folded without the cache


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Åbenrå", "aabenraa"),
        ("ÅBENRÅ", "aabenraa"),
        ("Crème brûlée", "creme brulee"),
        ("Müller", "mueller"),
        ("Social- og Sundhedsudvalget", "social og sundhedsudvalget"),
        ("§ 17, stk. 4", "§ 17 stk 4"),
        ("ﬁnans²", "finans2"),
        ("", ""),
    ],
)
def test_fold_spells_out_and_squeezes(text: str, expected: str) -> None:
    assert fold(text) == expected


def test_hyphenated_words_are_found_as_the_plain_pattern_finds_them() -> None:
    plain = re.compile(r"\w+(?:-\w+)+")
    rng = random.Random(5)
    pieces = ["KD", "Net", "-", "--", " ", "a", "ø", "_", "1", "x-", "-y", ".", "\n"]
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 30))) for _ in range(3000)]
    texts += _example_texts()
    assert sum(bool(plain.findall(text)) for text in texts) > 1000
    for text in texts:
        assert hyphenated_words(text) == plain.findall(text), text


def test_a_hyphenated_word_is_indexed_joined_too() -> None:
    assert indexed_form("Mødet om KD-Net og Aarhus-Randers-aftalen") == (
        "moedet om kd net og aarhus randers aftalen aarhusrandersaftalen kdnet"
    )

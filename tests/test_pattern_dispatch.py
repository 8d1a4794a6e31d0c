"""pattern_dispatch: the searcher that tries at each place only the alternatives that can start with its character
matches exactly where the pattern matches (so ``vocab.near``'s windows, matching again with the pattern, find the
same matches), and is left out for a pattern it cannot split. The membership cues (``membership_prose._all_cues``)
read with it as without it."""

from __future__ import annotations

import re

import pytest

from graphbuild.extract.membership_cues import CUE_REACH, CUE_WORDS, CUES, MORE_CUE_WORDS, MORE_CUES
from graphbuild.extract.membership_prose import _all_cues
from graphbuild.vocab.near import finditer_near
from graphbuild.vocab.pattern_dispatch import dispatched, finditer_dispatched, forms, top_alternatives
from graphbuild.vocab.pattern_gate import first_letters, gated_like
from tests.random_texts import random_texts, same_readings, start_and_two_ends

# the cues' own words and their neighbours, in both cases, and the letters a case-blind pattern reads otherwise
_PIECES = [
    "er ", "Er ", "medlem", "medlemmer", "Medlemmer:", " af ", " i ", "har ", "været ", "deltager", "Deltagere:",
    "deltagerkommuner", "Kommune", "kommunerne ", "sammen med ", "ejer", "ejerne ", "interessent", "stiftet ",
    "består ", "bestod ", "melde sig ind", "optaget ", "indtræder ", "Albertslund", "DSD", "selskabets ", " ets ",
    "ens ", "fælles ", "beredskab ", "for ", "Med i ", "nu ", "blevet ", "en del af", "\n", ". ", ", ", "ı", "ſ",
    "İ", "\u212a", "DE NI KOMMUNER", "9 kommuner", "omfatter ", "mellem ",
]  # fmt: skip


@pytest.mark.parametrize("pattern", [CUES, MORE_CUES], ids=["CUES", "MORE_CUES"])
def test_the_searcher_matches_where_the_pattern_matches(pattern: re.Pattern[str]) -> None:
    searcher = dispatched(pattern)
    assert searcher is not gated_like(pattern)  # split: the cues have many alternatives
    matched = same_readings(
        lambda text, at, end: searcher.match(text, at, end) is not None,
        lambda text, at, end: pattern.match(text, at, end) is not None,
        _PIECES,
        seed=31,
        count=1500,
        most=10,
        windows=start_and_two_ends,
    )
    assert matched > 100


def test_the_windows_find_the_same_matches_with_the_searcher() -> None:
    for text in random_texts(_PIECES, seed=7, count=300, most=60):
        for pattern, words in ((CUES, CUE_WORDS), (MORE_CUES, MORE_CUE_WORDS)):
            plain = [(m.span(), m.lastgroup) for m in finditer_near(pattern, text, words, CUE_REACH)]
            with_searcher = finditer_near(pattern, text, words, CUE_REACH, searcher=dispatched(pattern))
            assert [(m.span(), m.lastgroup) for m in with_searcher] == plain


# Albertslund Kommune (a dev-write form quoted in membership_prose): a subject cue, a list cue and a count
def test_the_cues_of_a_statement_are_read() -> None:
    text = (
        "Albertslund Kommune er medlem af DSD sammen med Ballerup, Brøndby og Glostrup. "
        "Medlemskommunerne i KD-Net er Favrskov, Viborg og Aarhus Kommune, de tre medlemskommuner."
    )
    assert [(text[s:e], subject) for s, e, subject in _all_cues(text)] == [
        ("er medlem", True),
        ("Medlemskommunerne", False),
        ("de tre medlemskommuner", False),
        ("medlemskommuner", False),
    ]


def test_alternatives_split_at_the_top_level_only() -> None:
    pattern = r"\ba[|(]b|(?:c|d)\||[^]|]x|(?P<g>e|f)"
    assert top_alternatives(pattern) == [r"\ba[|(]b", r"(?:c|d)\|", r"[^]|]x", r"(?P<g>e|f)"]
    assert forms(pattern) == [r"\ba[|(]b", r"(?:c|d)\|", r"[^]|]x", "e", "f"]
    assert forms(r"(?:a|b)+|c") == [r"(?:a|b)+", "c"]  # a group with a quantifier is one alternative
    assert forms(r"(?:a)|(?:b)c") == ["a", "(?:b)c"]


def test_the_first_characters_are_read_in_the_patterns_case() -> None:
    assert first_letters(r"\b(?:er\s+)?deltager", re.IGNORECASE) == {"e", "d"}
    assert first_letters(r"(?<=s\s)(?:medlemskab|ejerandel)", re.IGNORECASE) == {"m", "e"}
    assert first_letters(r"\b[\wæøå]+ets", re.IGNORECASE) is None  # any word's character
    assert first_letters(r"(?-i:[A-Z])x", re.IGNORECASE) is None  # case-bound in a case-blind pattern
    assert first_letters(r"[a-c]x", re.IGNORECASE) is None  # a range
    assert first_letters(r"x?", re.IGNORECASE) is None  # may be empty


@pytest.mark.parametrize("pattern", [r"(a)b\1|c|d|e|f|g|h|i|j", r"(?i)ab|c|d|e|f|g|h|i|j", r"ab|cd"])
def test_a_pattern_not_split_gets_the_gated_searcher(pattern: str) -> None:
    compiled = re.compile(pattern)
    assert dispatched(compiled) is gated_like(compiled)


@pytest.mark.parametrize(
    "pattern",
    [CUES, MORE_CUES, re.compile(r"a*|b|c|d|e|f|g|h|i|j"), re.compile(r"(?P<x>ab|a)|b|c|d|e|f|g|h|i|j\b")],
    ids=["CUES", "MORE_CUES", "empty", "groups"],
)
def test_finditer_dispatched_is_finditer(pattern: re.Pattern[str]) -> None:
    pieces = [*_PIECES, "a", "ab", "b", "j ", "jj"]
    for text in random_texts(pieces, seed=33, count=400, most=30):
        for pos, endpos in ((0, len(text)), (len(text) // 3, len(text) - 2), (2, len(text) + 5)):
            expected = [(m.span(), m.groups(), m.lastindex) for m in pattern.finditer(text, pos, endpos)]
            found = finditer_dispatched(pattern, text, pos, endpos)
            assert [(m.span(), m.groups(), m.lastindex) for m in found] == expected, (text, pos, endpos)

"""A pattern's word gate (extract/word_gate.py) only spares the pattern where it cannot match: `ending` with a gate
gives what the pattern alone gives."""

from __future__ import annotations

import re

import pytest

from graphbuild.extract import people
from graphbuild.extract.role_bare_posts import POST_IS
from graphbuild.extract.role_body_before import ROLE_FOR_ORG
from graphbuild.extract.role_chair_posts import CHAIR_IS
from graphbuild.extract.role_patterns import ROLE_STEMS, ROLE_WORDS
from graphbuild.extract.role_sentence import Sentence, clause_start, ending
from graphbuild.extract.role_title_before import ROLE_BEFORE_NAME
from graphbuild.extract.word_gate import WordGate, WordPlaces, gate_of

BEFORE_NAMES = [
    "Mødet blev ledet af borgmester ",
    "Til stede var Social- og sundhedsdirektør ",
    "Sagen blev drøftet, og der var enighed om at ",
    "Formand: Borgmester ",
    "Ny formand for Trekantområdet er ",
    "Næstformanden bliver fortsat ",
    "Kommunaldirektør i ",
    "Formanden for bestyrelsen, ",
    "den nyudnævnte FORMAND, ",
    "borgmeſter ",  # a long s: re.IGNORECASE reads it as "s", str.lower keeps it
    "Mİnister ",  # a dotted capital I: str.lower writes it as two characters
    "Mødet åbnede kl. 16 med ",
]


def _ungated(pattern: re.Pattern[str], text: str, words: int) -> re.Match[str] | None:
    """`ending`'s answer without a gate: the leftmost match at one of the last words' starts."""
    starts = [m.start() for m in re.finditer(r"(?<![\w-])\w|(?<=\w-)\w", text[max(0, len(text) - 24 * words) :])]
    offset = max(0, len(text) - 24 * words)
    for start in starts[-words:]:
        match = pattern.match(text, offset + start, len(text))
        if match is not None:
            return match
    return None


@pytest.mark.parametrize("pattern", [ROLE_BEFORE_NAME, POST_IS, ROLE_FOR_ORG, CHAIR_IS])
@pytest.mark.parametrize("before", BEFORE_NAMES)
def test_a_gated_pattern_ends_where_the_pattern_alone_does(pattern: re.Pattern[str], before: str) -> None:
    assert gate_of(pattern) is not None
    found, expected = ending(pattern, before, 0, len(before)), _ungated(pattern, before, 7)
    assert (found and found.span()) == (expected and expected.span())


def test_the_gate_lets_a_title_through_and_spares_a_window_with_none() -> None:
    gate = WordGate(ROLE_STEMS)
    assert gate.may_match("Til stede var KOMMUNALDIREKTØR ", 0, 32)
    assert not gate.may_match("Sagen blev drøftet, og der var enighed om at ", 0, 45)
    assert gate.may_match("borgmeſter ", 0, 11)  # a long s: the pattern would read it


def test_every_title_of_role_words_holds_a_stem() -> None:
    alternatives: list[str] = []
    depth, start = 0, 0
    for at, char in enumerate(ROLE_WORDS):
        depth += {"(": 1, ")": -1}.get(char, 0) if ROLE_WORDS[at - 1 : at] != "\\" else 0
        if char == "|" and depth == 0:
            alternatives.append(ROLE_WORDS[start:at])
            start = at + 1
    alternatives.append(ROLE_WORDS[start:])
    assert len(alternatives) > 20
    for alternative in alternatives:
        assert any(stem in alternative for stem in ROLE_STEMS), alternative


def test_a_texts_word_places_answer_as_the_gate_on_each_window() -> None:
    text = (
        "Til stede: Borgmester Jens Hansen (A), Lone Holm, KOMMUNALDIREKTØR Anne Berg.\n"
        "Sagen blev drøftet. Mødet blev ledet af formanden; borgmeſter Bo Ek og Mİnister Ida Lund deltog."
    )
    gate = WordGate(ROLE_STEMS)
    places = WordPlaces(gate, text)
    stems = re.compile("|".join(ROLE_STEMS), re.IGNORECASE)  # the stems as a case-blind pattern reads them
    for lo in range(0, len(text), 3):
        for hi in range(lo, min(len(text), lo + 90) + 1, 5):
            if stems.search(text, lo, hi):
                assert places.holds(lo, hi) and gate.may_match(text, lo, hi), (lo, hi)
            elif places.holds(lo, hi):
                # a long s: the test cannot tell (the pattern reads it as "s")
                assert "ſ" in text[lo:hi] or re.search("(?i)" + "|".join(ROLE_STEMS), text[lo:hi]), (lo, hi)
    assert places.holds(0, 40) and not places.holds(90, 110)


@pytest.mark.parametrize(
    "before",
    [
        "Mødet blev ledet af Kontorchef ",
        "indkaldt som stedfortræder for ",
        "Formanden for Handicaprådet, ",
        "Deltog som gæst: ",
        "Sagen blev drøftet med ",
        "SUPPLEANTEN for ",
    ],
)
def test_a_name_cue_is_looked_for_only_where_its_gate_lets_it(before: str) -> None:
    if people._CUE_BEFORE.search(before):
        assert people._CUE_GATE.may_match(before, 0, len(before))
    assert people._CUE_GATE.may_match(before, 0, len(before)) or not people._CUE_BEFORE.search(before)


def test_a_sentences_clause_start_is_the_direct_computation() -> None:
    text = "Mødet åbnede. Formand er Bo Ek, og næstformand bliver Ida Lund. • Referent Ole Berg deltog."
    s = Sentence(text, 0, len(text), [], [], None, None, None, None, None, None)
    for pos in [*range(len(text)), *range(len(text))]:  # asked twice: the second answer is the one kept
        assert s.clause_start(pos) == clause_start(text, 0, pos)

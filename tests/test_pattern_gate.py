"""pattern_gate: the look-ahead put before an alternation changes none of its matches, and is left out where a
match's start cannot be bounded."""

from __future__ import annotations

import random
import re

import pytest

from graphbuild.extract.decision_rules import DECISION_RULES, WEAK_RULES
from graphbuild.vocab.pattern_gate import gated, gated_like, start_test

FLAGS = re.IGNORECASE | re.MULTILINE
TEXTS = [
    "Godkendt.",
    "Udvalget drøftede sagen og besluttede at give tilskud. Ikke godkendt af V.",
    "Indstillingen blev taget til efterretning.\n  Afslag på ansøgningen.",
    "Fremsendes til Byrådet med bemærkning, at Magistraten anbefaler forslaget.",
    "Sagen blev udsat:sendes til Økonomiudvalget.  Bilag: Ingen Godkendt med følgende bemærkninger",
    "BYRÅDET VEDTOG INDSTILLINGEN. KØBENHAVNS KOMMUNE",
    "",
]
PATTERNS = [
    r"\bgodkend\w*|^\s*afslag\b|(?<=[.:])\s*sendes|til\s+efterretning",
    r"(?:^\s*|\b(?:sagen|punktet)\s+)udsat\b",
    r"\w*(?:udvalg|byråd)",
    r"(?-i:[A-ZÆØÅ])\w+\s+(?:Kommune|Byråd)",
    *(pattern for _outcome, pattern in DECISION_RULES + WEAK_RULES),
]


@pytest.mark.parametrize("pattern", PATTERNS)
def test_the_gated_pattern_matches_as_the_pattern(pattern: str) -> None:
    plain, gate = re.compile(pattern, FLAGS), gated(pattern, FLAGS)
    for text in TEXTS:
        assert [m.span() for m in gate.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_a_word_start_is_tested_after_a_boundary() -> None:
    test = start_test(r"\bgodkend", FLAGS)
    assert test is not None and test.startswith(r"(?=(?:\b[")


@pytest.mark.parametrize("pattern", [r"\w*", r"a|.b", r"[^a]|.b", r"(a)?\1", r"x?"])
def test_an_unbounded_start_gets_no_gate(pattern: str) -> None:
    assert start_test(pattern, FLAGS) is None
    assert gated(pattern, FLAGS).pattern == pattern


def test_a_case_blind_part_of_a_case_bound_pattern_gets_no_gate() -> None:
    assert start_test(r"(?i:g)odkend", re.MULTILINE) is None


def test_a_pattern_opening_with_its_flags_keeps_them_first() -> None:
    gate = gated(r"(?i)\bfoo|bar", 0)
    assert gate.pattern.startswith("(?i)(?=")
    assert [m.span() for m in gate.finditer("FOO xbar")] == [(0, 3), (5, 8)]


def test_a_verbose_pattern_is_compiled_as_it_is() -> None:
    assert gated(r"\bfoo  # a comment", re.VERBOSE).pattern == r"\bfoo  # a comment"


def test_the_twin_of_a_compiled_pattern_is_worked_out_once() -> None:
    pattern = re.compile(r"\bgodkend\w*|til\s+efterretning", re.IGNORECASE)
    assert gated_like(pattern) is gated_like(pattern)
    assert gated_like(pattern).flags == pattern.flags


def test_a_case_bound_part_of_a_case_blind_pattern_is_tested_case_bound() -> None:
    # "Finn orienter om mødet" (an informal minute's name before "orienter"): the capital is tested as a capital,
    # so the gate does not hold at every letter, and a name in lower case is still no match
    pattern = r"(?-i:[A-ZÆØÅ][a-zæøå]+)\s+orienter\s+om\b|til\s+efterretning"
    test = start_test(pattern, FLAGS)
    assert test is not None and "(?-i:[" in test
    gate, plain = gated(pattern, FLAGS), re.compile(pattern, FLAGS)
    assert re.compile(test, FLAGS).match("finn") is None and re.compile(test, FLAGS).match("Finn")
    for text in ["Finn orienter om mødet", "finn orienter om mødet", "Ørsted ORIENTER OM", "taget til efterretning"]:
        assert [m.span() for m in gate.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_the_case_bound_and_look_behind_gates_match_as_the_pattern_on_random_texts() -> None:
    pieces = ["Finn", "finn", "FINN", "Åse", "åse", " ", "  ", "\n", "orienter", "ORIENTER", "om", ".", "til", "ı", "K"]
    pieces += ["s", "S", "ejer", "medlem", "ommuner", "\t", "-"]
    patterns = [
        r"(?-i:[A-ZÆØÅ][a-zæøå]+)\s+orienter\s+om\b",
        r"\bom\b|(?-i:[A-Z])[a-z]+|(?-i:(?:K|å))\w",
        r"(?<=s\s)medlem\w*|(?:(?<=ommuner\s)|(?<=ommunerne\s))ejer\b|(?<=[.:])\s*til",
        r"(?<![\w-])(?:medlem|ejer)|(?-i:(?<![a-z]))(?:s|om)\b|(?<!s)orienter",
    ]
    rng = random.Random(13)
    for pattern in patterns:
        gate, plain = gated(pattern, FLAGS), re.compile(pattern, FLAGS)
        assert gate.pattern != plain.pattern
        for _ in range(3000):
            text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
            assert [m.span() for m in gate.finditer(text)] == [m.span() for m in plain.finditer(text)], text


def test_a_longer_look_behind_is_tested_by_its_last_character() -> None:
    # "Lejre Kommunes medlemskab af Gate 21": the cue after "s " is tried after a space, not at every "m"
    pattern = r"(?<=s\s)(?:medlemskab|ejerandel)\s+(?:af|i)\b|(?:(?<=ommuner\s)|(?<=ommunerne\s))ejer\b"
    test = start_test(pattern, FLAGS)
    assert test is not None and test.startswith(r"(?=(?:(?<=[\s])[")
    assert re.compile(test, FLAGS).search("kommunesmedlemskab") is None
    gate, plain = gated(pattern, FLAGS), re.compile(pattern, FLAGS)
    texts = [
        "Lejre Kommunes medlemskab af Gate 21",
        "Lejres\tmedlemskab i X",
        "Lejre medlemskab af",
        "Kommunerne ejer X",
    ]
    for text in texts:
        assert [m.span() for m in gate.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_a_look_behind_ending_in_a_negated_class_is_tested_by_that_class() -> None:
    pattern = r"(?<=a[^b])cd"
    test = start_test(pattern, FLAGS)
    assert test is not None and test.startswith("(?=(?:(?<=[^")
    gate, plain = gated(pattern, FLAGS), re.compile(pattern, FLAGS)
    for text in ["axcd", "abcd", "cd", "a cd"]:
        assert [m.span() for m in gate.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_a_negative_look_behind_of_one_class_is_tested_in_its_own_case() -> None:
    # "(?<![\w-])Medlemmer:" opens a word only: the gate holds at a word's start, not at every "m"; a case-bound
    # class is kept case-bound (a case-blind "[a-z]" would keep out "Ax", which the pattern matches)
    pattern = r"(?<![\w-])(?:Medlemmer|Deltagere)[ \t]*:|(?-i:(?<![a-z]))x"
    test = start_test(pattern, FLAGS)
    assert test is not None and "(?i:(?<![" in test and "(?-i:(?<![" in test
    assert re.compile(test, FLAGS).search("bestyrelsesmedlemmer") is None
    gate, plain = gated(pattern, FLAGS), re.compile(pattern, FLAGS)
    for text in ["Medlemmer: A og B", "Bestyrelsesmedlemmer: A", "-Deltagere:", "Ax", "ax", "x"]:
        assert [m.span() for m in gate.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_a_line_start_before_spaces_and_tabs_keeps_its_gate() -> None:
    # "^[^\S\n]*afslag": a word that opens a line after spaces and tabs, never after a line break; the gate holds at
    # a line's start before the word's letter or a space, not at every position
    pattern = r"\bnedstemt\b|^[^\S\n]*afslag\b|^[^\S\n]*(?:enige?|enighed)\s*\.?\s*$"
    test = start_test(pattern, FLAGS)
    assert test is not None and r"^(?:[" in test and r"|[^\S" in test
    compiled = re.compile(test, FLAGS)
    assert compiled.match("\n\nAfslag", 2) and compiled.match("  Afslag") and compiled.match("x afslag", 1) is None
    gate, plain = gated(pattern, FLAGS), re.compile(pattern, FLAGS)
    texts = ["Sagen blev drøftet.\n\n\n   Afslag.", "\t Enighed.\n", "Punktet blev nedstemt", "x afslag", "\n\n"]
    for text in texts:
        assert [m.span() for m in gate.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_a_negated_class_of_one_character_is_tested_as_written() -> None:
    # the parser reads "[^a]" as one character not "a": the gate keeps it negated, and a case-bound one case-bound
    assert start_test(r"[^a]x", FLAGS) == "(?=(?:[^\\U00000061]))"
    test = start_test(r"(?-i:[^A-Z])x", FLAGS)
    assert test is not None and "(?-i:[^" in test
    assert re.compile(test, FLAGS).match("A") is None and re.compile(test, FLAGS).match("a")


def test_the_negated_class_gates_match_as_the_pattern_on_random_texts() -> None:
    pieces = ["afslag", "Afslag", "AFSLAG", "enig", "Enighed", " ", "  ", "\t", "\n", "\r", "\x0b", "\u2028", ".", "a"]
    pieces += ["x", "X", "-", "ø"]
    patterns = [
        r"^[^\S\n]*afslag\b|^[^\S\n]*(?:enige?|enighed)\s*\.?\s*$|\bx",
        r"[^\s.]x|(?-i:[^a-z])afslag|[^a]",
        r"(?<=[^\S\n])enig|(?<![^\w])x|(?-i:(?<![^A-Z]))afslag",
        r"(?:^[^\S\n]*|(?<=[.:])\s*)afslag|[^\W\d_]ø",
    ]
    rng = random.Random(14)
    for pattern in patterns:
        gate, plain = gated(pattern, FLAGS), re.compile(pattern, FLAGS)
        assert gate.pattern != plain.pattern
        for _ in range(3000):
            text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
            assert [m.span() for m in gate.finditer(text)] == [m.span() for m in plain.finditer(text)], text

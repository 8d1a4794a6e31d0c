"""The record rules are asked only of a text holding one of their words: the same sentences are found as when
every rule is searched."""

from __future__ import annotations

import re

import pytest

from graphbuild.extract.outcome_prose import _RECORD_WORDS, RECORD_RULES, _record_patterns

TEXTS = [
    "Referatet blev godkendt.",
    "Dagsorden godkendt og referat godkendt.",
    "Forslaget blev enstemmigt forkastet.",
    "Udskudt til næste møde.",
    "Beredskabskommissionen godkendte referatet",
    "Orienteringen blev taget til efterretning.",
    "Bestyrelsen noterede sig orienteringen.",
    "Sagen blev grundigt drøftet.",
    "Bilag: Ingen Godkendt med følgende bemærkninger",
    "Formanden bød velkommen.",
    "Sagen blev ſkudt.",  # a look-alike letter: every rule asked
]


@pytest.mark.parametrize("text", TEXTS)
def test_the_rules_left_out_have_no_match(text: str) -> None:
    asked = set(_record_patterns(text))
    for outcome, pattern in RECORD_RULES:
        compiled = re.compile(pattern, re.IGNORECASE)
        if compiled.search(text):
            assert any(p.pattern == pattern for p in asked), outcome


def test_every_rule_has_its_words() -> None:
    assert {outcome for outcome, _ in RECORD_RULES} == set(_RECORD_WORDS)


def test_a_text_without_the_words_asks_no_rule() -> None:
    assert _record_patterns("Formanden bød velkommen.") == []

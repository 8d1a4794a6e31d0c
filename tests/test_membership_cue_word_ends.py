"""``membership_cues.LIST_CUE``'s "Xets/Xens deltagere er" form reads the word's letters once (a possessive run and a
look-behind at its end), not backing off letter by letter at every word's start (speed work, no change of output): on
random texts of its pieces, at every start and two ends, it matches as the form written with a backing-off run did."""

from __future__ import annotations

import re

from graphbuild.extract.membership_cues import CUES, LIST_CUE
from tests.random_texts import random_texts

_NEW = r"\b[\wæøå]++(?<=[\wæøå]ets|[\wæøå]ens)\s+(?:deltagere|interessenter|medlemmer|ejere)\s+er\b"
_OLD = r"\b[\wæøå]+(?:ets|ens)\s+(?:deltagere|interessenter|medlemmer|ejere)\s+er\b"
_PIECES = [
    "Interessentskabets", "Foreningens", "selskab", "ets", "ens", "ENS", "Ets", "ſ", "s", "e", "t", "n", " ", "  ",
    "\n", " deltagere", " medlemmer", " ejere", " er", "er", "x", "-", "æ", "_", "1", ".", "ets deltagere er",
    "ens medlemmer er", "Foreningens ejere er", "ets interessenter\ner", "ENS DELTAGERE ER", "ſ ejere er",
]  # fmt: skip


def test_the_word_end_form_matches_as_the_backing_off_form() -> None:
    assert _NEW in LIST_CUE.pattern and _NEW in CUES.pattern
    old_list = re.compile(LIST_CUE.pattern.replace(_NEW, _OLD), LIST_CUE.flags)
    old_form, new_form = re.compile(_OLD, re.IGNORECASE), re.compile(_NEW, re.IGNORECASE)
    matched = 0
    for text in random_texts(_PIECES, seed=31, count=6000, most=8):
        for at in range(len(text) + 1):
            for end in (len(text), (at + len(text)) // 2):
                old = old_form.match(text, at, end)
                assert (old and old.span()) == ((new := new_form.match(text, at, end)) and new.span()), (text, at)
                matched += old is not None
        assert [m.span() for m in LIST_CUE.finditer(text)] == [m.span() for m in old_list.finditer(text)]
    assert matched > 200


def test_a_body_s_members_are_a_list_cue() -> None:
    text = "Interessentskabets deltagere er Favrskov, Viborg og Aarhus Kommune."
    assert [m.group(0) for m in LIST_CUE.finditer(text)] == ["Interessentskabets deltagere er"]
    assert LIST_CUE.search("Interessentskabet deltagere er") is None  # no genitive: no cue

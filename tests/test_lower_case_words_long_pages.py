"""Whether an acronym's letters stand in lower case as a word of their own (extract/mention_organisations.py
`written_in_lower_case`) is read on a long page from its words of their own, found once, not by a search of the page
per acronym: the same answer as the loop it replaces, for a word alone, inside a longer word, in an address or an
e-mail, before a full stop and at the text's very end (which the loop never counted)."""

from __future__ import annotations

import random

import pytest

from graphbuild.extract import mention_organisations
from graphbuild.extract.mention_organisations import written_in_lower_case

# Esbjerg Erhvervsudvikling, a news page (tests/realworld/docs/esbjerg-erhvervsudvikling-news-bre-2017-01-03), its
# kind of prose with an acronym, an address and an e-mail added, repeated past the length read from the words found once
PAGE = (
    "Business Region Esbjerg (BRE) er et samarbejde mellem kommunerne, og bre står for tiltag i regionen. "
    "Læs mere på www.bre.dk eller skriv til info@bre.dk, og se også abc-listen. Kontakt sf for mere. "
) * 600


def _by_the_loop(text: str, word: str) -> bool:
    return mention_organisations._found_standing(text, word.lower())


def test_a_long_page_answers_as_the_loop() -> None:
    assert len(PAGE) >= mention_organisations._WORDS_KEPT_FROM
    for word in ("BRE", "SF", "ABC", "DK", "INFO", "KL", "MERE", "E", "A-B"):
        assert written_in_lower_case(PAGE, word) == _by_the_loop(PAGE, word), word
    assert written_in_lower_case(PAGE, "BRE")  # "og bre står": a word of its own
    assert not written_in_lower_case(PAGE, "DK")  # only in addresses
    assert not written_in_lower_case(PAGE, "ABC")  # only before a hyphen


def test_the_text_end_counts_as_the_loop_counts_it() -> None:
    page = PAGE + "til sidst nævnes kku"
    assert not written_in_lower_case(page, "KKU")
    assert written_in_lower_case(page + " ", "KKU")


def test_random_long_texts_answer_as_the_loop(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(mention_organisations, "_WORDS_KEPT_FROM", 0)  # every text read from its words
    pieces = ["a", "b", "ab", "A", " ", ".", "@", "_", "-", "/", "1", "²", "æ", "\n", "é", "\u0301"]
    pick = random.Random(11)
    for _ in range(4000):
        text = "".join(pick.choice(pieces) for _ in range(pick.randint(0, 14)))
        word = pick.choice(["ab", "a", "AB", "æ", "b.", "a-b", ""])
        assert written_in_lower_case(text, word) == _by_the_loop(text, word), (text, word)

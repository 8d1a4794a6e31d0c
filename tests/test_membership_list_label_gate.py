"""The member-list label reader (extract/membership_lists.py) opens a window at its two common words only where a
label can hold them ("kommuner" at its line's end, after a colon or none; "medlemmer" before a colon or at its line's
end, or before a colon ending its line up to 100 characters on): it finds the labels the plain words found, on real
labels and on random texts of the pattern's pieces, and no window opens at the words in prose."""

from __future__ import annotations

import re

from graphbuild.extract.membership_lists import MEMBER_LIST_LABEL, MEMBER_LIST_LABEL_REACH, MEMBER_LIST_WORDS
from graphbuild.vocab.near import Word, finditer_near, word_positions
from tests.random_texts import random_texts

# the words as they were, each a plain word
PLAIN: tuple[Word, ...] = (
    "kommuner", "medlemmer", "bestyrelse", "underskriftsark", "interessent", "ejere", "repræsentantskab",
    "styregruppe", "kommissionen",
)  # fmt: skip
# longer than near.SCANNED_WHOLE: the words are looked for, not the text scanned whole
FILLER = "Referat af mødet.\n" * 10


def _labels(text: str, words: tuple[Word, ...]) -> list[tuple[int, int]]:
    return [m.span() for m in finditer_near(MEMBER_LIST_LABEL, text, words, MEMBER_LIST_LABEL_REACH)]


def test_real_labels_are_found() -> None:
    text = (
        FILLER + "Ejerkommuner:\nAllerød Kommune\nEgedal Kommune\n\nKommunale medlemmer udpeget af KKR Hovedstaden:\n"
        "Budgettet sendes til ejerkommunerne:\nBestyrelsesmedlemmer: Jens Hansen, Ole Bach\n"
    )
    found = [text[a:b].strip() for a, b in _labels(text, MEMBER_LIST_WORDS)]
    assert found == [
        "Ejerkommuner:",
        "Kommunale medlemmer udpeget af KKR Hovedstaden:",
        "Budgettet sendes til ejerkommunerne:",
        "Bestyrelsesmedlemmer:",
    ]
    assert _labels(text, MEMBER_LIST_WORDS) == _labels(text, PLAIN)


def test_a_run_in_label_is_found_by_a_word_early_in_its_line() -> None:
    # the label's own word stands more than 80 characters past the line's start, an earlier "kommuner" within them
    text = FILLER + "Til kommuner og regioner samt " + "de " * 8 + "følgende sjællandske medlemskommuner:\nA\n"
    labels = _labels(text, MEMBER_LIST_WORDS)
    assert [text[a:b] for a, b in labels] == [text[len(FILLER) : text.index(":") + 1]]
    assert labels == _labels(text, PLAIN)


def test_no_window_at_the_words_in_prose() -> None:
    text = FILLER + "Alle kommuner i regionen deltager, og udvalgets medlemmer er enige om at anbefale forslaget."
    assert word_positions(text, MEMBER_LIST_WORDS) == []
    assert word_positions(text, PLAIN) != []


PIECES = [
    "Kommuner", "KOMMUNER", "kommuner", "ne", "Medlemskommuner", "ejerkommunerne", "Deltagende", "Medlemmer",
    "medlemmer", "MEDLEMMER", "Bestyrelsesmedlemmer", "Bestyrelsens", "Bestyrelsen", "består", "af", "følgende",
    "Kommunale", "5", "udpeget af KKR", "Interessenter", "Ejere", "Underskriftsark", "-", ":", " ", " ", "\t", "\n",
    "\n\n", "x" * 30, "Budgettet sendes til",
]  # fmt: skip


def test_the_confirmed_words_find_the_plain_words_labels_on_random_texts() -> None:
    found = 0
    for text in random_texts(PIECES, seed=27, count=2500, most=40):
        text = FILLER + text
        labels = _labels(text, PLAIN)
        assert _labels(text, MEMBER_LIST_WORDS) == labels, text
        found += len(labels)
    assert found > 250  # the texts hold labels


def test_the_confirmations_are_case_blind_and_line_bound() -> None:
    kommuner, medlemmer = (entry[1] for entry in MEMBER_LIST_WORDS[:2] if isinstance(entry, tuple))
    assert isinstance(kommuner, re.Pattern) and kommuner.match("KOMMUNERNE :  \nx") is not None
    assert kommuner.match("kommuner i regionen: A og B") is None
    assert medlemmer.match("medlemmer udpeget af KKR:\n") is not None
    assert medlemmer.match("medlemmer udpeget af KKR: Jens") is None
    assert kommuner.match("kommuner og regioner samt de følgende interessentkommuner:") is not None

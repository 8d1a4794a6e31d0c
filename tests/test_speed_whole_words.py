"""Whether a word stands whole in a long text (``person_names.written_in_lower_case``), read from the text's runs of
letters, digits and hyphens found once instead of a search of the text for each word asked (a long page asks once
per name on it; issue 13 item 7, issue 17): the same answers as the search."""

from __future__ import annotations

import random

from graphbuild.vocab import person_names
from graphbuild.vocab.person_names import written_in_lower_case


def _searched(text: str, word: str) -> bool:
    """The search the long texts were read with (the short ones still are)."""
    at = text.find(word)
    while at >= 0:
        before, after = text[at - 1 : at] if at else "", text[at + len(word) : at + len(word) + 1]
        if not (before.isalnum() or before == "-") and not (after.isalnum() or after == "-"):
            return True
        at = text.find(word, at + 1)
    return False


_PIECES = ["formand", "Formand", "formanden", "næst", "-", "_", " ", "\n", ".", "2", "²", "é", "æ", "x", "(", "/"]
_WORDS = ["formand", "næst", "næst-formand", "formand-", "-", "x", "2", "²", "é", "formand_", "for mand", "", "a.b"]


def test_a_long_texts_words_answer_as_the_search() -> None:
    rng = random.Random(13)
    for _ in range(40):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 30)))
        long_text = text + " " * person_names._WORDS_KEPT_FROM  # read from its runs
        for word in _WORDS:
            assert written_in_lower_case(long_text, word) == _searched(long_text, word), (text, word)
            assert written_in_lower_case(text, word) == _searched(text, word), (text, word)


def test_a_word_inside_a_longer_one_is_not_whole() -> None:
    # the form the readers ask it for: "Formand" read as a name where the page writes "formand" as a noun
    page = "Referat\n" + "Mødet blev ledet af næstformanden. " * 700 + "Valg af formand: Anne Hansen."
    assert len(page) >= person_names._WORDS_KEPT_FROM
    assert written_in_lower_case(page, "formand")
    assert not written_in_lower_case(page, "næst")  # guard: only inside "næstformanden"
    assert not written_in_lower_case(page.replace("Valg af formand", "Valg af Formand"), "formand")

"""A case number's first place read within the word that holds each place of its characters (a match holds no white
space), not by the patterns' search from that word on to the text's next case number or its end (issue 13 item 7,
issue 17): the same spans as before."""

from __future__ import annotations

import random

from graphbuild.vocab.case_numbers import KLE_CASE_RE, MUNICIPAL_RE, first_case_number_span


def _searched_on(text: str, number: str) -> tuple[int, int] | None:
    """The search the spans were found with: from the word's start, unbounded."""
    at = text.find(number) if number else -1
    while at >= 0:
        word_start = at
        while word_start > 0 and not text[word_start - 1].isspace():
            word_start -= 1
        for pattern in (MUNICIPAL_RE, KLE_CASE_RE):
            for match in pattern.finditer(text, word_start):
                if match.start() > at:
                    break
                if match.start() == at and match.group(0) == number:
                    return at, match.end()
        at = text.find(number, at + 1)
    return None


_NUMBERS = ["329-2021-12345", "00.01.00-A00-1-21", "27.69.40-P20-3-20", "329-2021-1", "1329-2021-12345"]
_PIECES = [*_NUMBERS, "-", "7", ".", " ", "\n", "\u00a0", "Sagsnr.", "(", ")", "x"]


def test_the_word_bounded_search_gives_the_spans_of_the_unbounded_one() -> None:
    rng = random.Random(17)
    for _ in range(600):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 12)))
        for number in (*_NUMBERS, "329-2021-12", "2021-12345"):
            assert first_case_number_span(text, number) == _searched_on(text, number), (text, number)


def test_a_case_number_in_an_items_text() -> None:
    # the form the agenda reader asks it for: "Sagsnr.: 329-2021-12345" under an item's title
    text = "Punkt 4. Budget\nSagsnr.: 329-2021-12345\nSagsfremstilling …\n" + "Ord. " * 2000
    assert first_case_number_span(text, "329-2021-12345") == (text.index("329"), text.index("329") + 14)
    # guard: the number inside a longer one is not its place
    assert first_case_number_span("Sagsnr. 1329-2021-12345", "329-2021-12345") is None

"""A quote's sentence bounded by its line, the line's ends read from the text's newlines found once (bisection)
instead of a look back and ahead from each quote to the nearest newline within the scope, which on a page of one
line walked the page per quote (issue 13 item 7, issue 17): the same bounds as before, scope limits included."""

from __future__ import annotations

import random
from bisect import bisect_left, bisect_right

from graphbuild.extract.evidence import MAX_QUOTE, Sentences, sentence_bounds


def _bounds_before(sentences: Sentences, start: int, end: int, lo: int = 0, hi: int | None = None) -> tuple[int, int]:
    """``Sentences.bounds`` as it read the line's ends: ``rfind`` / ``find`` between the scope's limits."""
    text = sentences.text
    hi = len(text) if hi is None else hi
    left = line_start = max(lo, text.rfind("\n", lo, start) + 1)
    stops = sentences._stops
    i = bisect_right(stops, start - 2) - 1
    while i >= 0 and stops[i] >= line_start:
        if sentences._is_stop(stops[i]):
            left = stops[i] + 1
            break
        i -= 1
    nl = text.find("\n", end, hi)
    right = hi if nl < 0 else nl
    ends = sentences._ends
    j = bisect_left(ends, end)
    while j < len(ends) and ends[j] < right - 1:
        if sentences._is_stop(ends[j]):
            right = ends[j] + 1
            break
        j += 1
    while left < start and text[left].isspace():
        left += 1
    while right > end and text[right - 1].isspace():
        right -= 1
    if right - left > MAX_QUOTE:
        left = max(left, start - MAX_QUOTE // 2)
        right = min(right, max(end, left + MAX_QUOTE))
    return left, right


_PIECES = ["Ord", "ord", " ", "\n", "\n\n", ". ", "kl. ", "! ", ": ", "2. ", "C.C. Nielsen", "\t"]


def test_the_bounds_are_those_of_the_looks_they_replace() -> None:
    rng = random.Random(23)
    for _ in range(150):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 25)))
        sentences = Sentences(text)
        for _ in range(20):
            start = rng.randint(0, len(text))
            end = rng.randint(start, len(text))
            lo = rng.randint(0, start)
            hi = rng.choice([None, rng.randint(end, len(text)), rng.randint(0, len(text))])
            expected = _bounds_before(sentences, start, end, lo, hi)
            assert sentences.bounds(start, end, lo, hi) == expected, (text, start, end, lo, hi)


def test_a_quote_on_a_page_of_one_line() -> None:
    # the attendance run together on the page's line, as a flattened page prints it (AAB's organisation board, 5
    # December 2012, tests/realworld/docs/aab-organisationsbestyrelse-2012-12-05.txt)
    page = (
        "1 Referat af OB-møde Mødedato: 5. december 2012 kl Til stede: Bent Haupt Jensen, Formand Jørn Nielsen, "
        "Næstformand Michael Bagge Kuehn. Afbud: Bjarne Lindqvist Næste møde 6. februar 2013"
    )
    start = page.index("Bjarne")
    # (a colon ends the sentence on the left: the quote opens at the name)
    assert sentence_bounds(page, start, start + len("Bjarne Lindqvist")) == (start, len(page))
    # guard: the scope's end bounds the quote
    hi = page.index(" Næste")
    assert sentence_bounds(page, start, start + 6, 0, hi) == (start, hi)

r"""header_kind's meeting heading ("Referat fra ekstraordinært møde", "1. Møde i Byrådet"): the marks and digits before
it, and each of up to three words before "ordinært", are read all at once (possessive): a run of digits or dashes at a
line's start was split between the marks and the first word every way, quadratic in the line (0.009 s at 1,000
digits, 0.14 s at 4,000). The lines found and the spans are the old pattern's."""

from __future__ import annotations

import random
import re

from graphbuild.parse.header_kind import _MEETING_HEADING

OLD = re.compile(r"(?i)^[\W\d]*(?:[\w-]+[.,:]?\s+){0,3}(?:ordinært|ekstraordinært)\s+møde\b|^[\W\d]*møde\s+i\s+\S")


def _span(pattern: re.Pattern[str], text: str) -> tuple[int, int] | None:
    found = pattern.search(text)
    return found.span() if found else None


def test_a_meeting_heading_is_found_after_its_date() -> None:
    # the date and a dash, then the kind of meeting; test_header_realworld_forms' "Referat fra ekstraordinært møde"
    assert _span(_MEETING_HEADING, "29.08.2022 – Ordinært møde") == (0, 26)
    assert _span(_MEETING_HEADING, "Referat fra ekstraordinært møde") == (0, 31)
    assert _span(_MEETING_HEADING, "1. Møde i Byrådet") == (0, 11)
    # the near miss: four words before "ordinært" are more than a heading's
    assert _span(_MEETING_HEADING, "Her er et nyt ordinært møde") is None


def test_the_spans_are_the_old_patterns_on_random_lines() -> None:
    before = ["1", "-", ".", " ", "12", "_", "a1", "1a", "-1", ":", ",", "(", "§", "\n", "  "]
    words = ["ab", "1", "x-", "-y", "12.", "a:", "b,", "_", "Byrådets", "2."]
    tails = ["ordinært møde", "Ekstraordinært  møde", "møde i x", "ordinært mødex", "møde i  ", "ordinært\tmøde."]
    rng = random.Random(37)
    found = 0
    for _ in range(30000):
        text = "".join(rng.choice(before) for _ in range(rng.randint(0, 5)))
        for _ in range(rng.randint(0, 5)):
            text += rng.choice(words) + rng.choice([" ", "", "  ", "\n", ".", ". "])
        text += rng.choice(tails) + rng.choice(["", " 2025", "x", "\n"])
        assert _span(_MEETING_HEADING, text) == _span(OLD, text), text
        found += _span(OLD, text) is not None
    assert found > 3000


def test_a_long_run_of_digits_or_dashes_is_read_in_time() -> None:
    for mark in ("1", "-", "1-"):
        assert _MEETING_HEADING.search(mark * 50_000) is None
        assert _span(_MEETING_HEADING, mark * 50_000 + " Ordinært møde") == (0, len(mark) * 50_000 + 14)

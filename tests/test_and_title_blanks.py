r"""role_after_name's second title joined by "og" ("…, formand for Greater Copenhagen siden årsskiftet og
regionsrådsformand i …"), matched where the first title's body ends: the words before "og" end on a character that is
no white space and each run of white space is read once. As ``[^,.;:\n]{0,60}?\s+og``, every blank of a line of blanks
was tried as the words' end and the run read again from it (60 reads of the window). The matches are the old
pattern's."""

from __future__ import annotations

import random
import re

from graphbuild.extract.role_after_name import AND_TITLE
from graphbuild.extract.role_patterns import ROLE_WORDS

OLD = re.compile(rf"[^,.;:\n]{{0,60}}?\s+og\s+(?P<role>{ROLE_WORDS})\s+(?:i|for|ved|hos|på)\s+", re.IGNORECASE)


def _read(pattern: re.Pattern[str], text: str, pos: int = 0, end: int | None = None) -> tuple[str, str] | None:
    found = pattern.match(text, pos, len(text) if end is None else end)
    return (found.group(0), found["role"]) if found else None


def test_a_second_title_after_og_is_read() -> None:
    text = " siden årsskiftet og regionsrådsformand i Region Hovedstaden"
    assert (
        _read(AND_TITLE, text)
        == _read(OLD, text)
        == (" siden årsskiftet og regionsrådsformand i ", "regionsrådsformand")
    )
    # the near misses: a comma ends the first title's clause; "og" joins no title
    assert _read(AND_TITLE, ", og regionsrådsformand i Region Hovedstaden") is None
    assert _read(AND_TITLE, " siden årsskiftet og Region Hovedstaden") is None


def test_the_matches_are_the_old_patterns_on_random_texts() -> None:
    words = ["formand", "og", "borgmester", "i", "for", "Greater", "siden", "x", "næstformand", "kd.", "daglig leder"]
    words += ["adm. direktør", "teknik- og miljødirektør", "1. viceborgmester", "på", "Og", "fmd.", "ab"]
    rng = random.Random(43)

    def gap() -> str:
        return rng.choice([" ", " ", "  ", "\t", "\n", " \n ", "\xa0", ",", ".", "", "   "])

    found = 0
    for _ in range(8000):
        text = gap() + "".join(rng.choice(words) + gap() for _ in range(rng.randint(0, 12)))
        for pos in range(0, len(text) + 1, 3):
            end = min(len(text), pos + rng.choice([30, 60, 120]))
            assert _read(AND_TITLE, text, pos, end) == _read(OLD, text, pos, end), (text, pos, end)
            found += _read(OLD, text, pos, end) is not None
    assert found > 500


def test_a_long_line_of_blanks_is_read_once() -> None:
    assert AND_TITLE.match(" " * 50_000 + "x") is None
    assert _read(AND_TITLE, "x" + " " * 50_000 + "og formand for X") == (
        "x" + " " * 50_000 + "og formand for ",
        "formand",
    )

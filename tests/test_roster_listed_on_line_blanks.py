r"""role_rosters' LISTED_ON_LINE (the join between names listed on one line: "Erik Kvist og Mette Juhl.", "A (V), B (S)
og C"): the blanks before and after the bracket read once each (``[ \t]*+``). As ``[ \t]*(?:\(…\))?[ \t]*``, two runs
side by side, a line of blanks between two names was shared between them every way (0.32 s at 4,000 blanks). The
strings are the old pattern's (kept here)."""

from __future__ import annotations

import re

from random_texts import fullmatch_span
from test_roster_entry_rest_blanks import same_on_roster_texts

from graphbuild.extract.role_rosters import LISTED_ON_LINE

OLD = re.compile(r"[ \t]*(?:\([^()\n]{1,40}\))?[ \t]*(?:,|og|samt|,[ \t]*og)[ \t]*")


def test_the_join_between_two_names_on_a_line_is_read() -> None:
    text = "A (V), B (S) og C"
    pos, end = 1, text.index("B")
    assert fullmatch_span(LISTED_ON_LINE, text, pos, end) == fullmatch_span(OLD, text, pos, end) is not None
    # the near miss: a word between the names that joins nothing
    assert LISTED_ON_LINE.fullmatch(" (V) ved ") is None


def test_the_strings_are_the_old_patterns_on_random_texts() -> None:
    found = same_on_roster_texts(fullmatch_span, LISTED_ON_LINE, OLD, seed=109)
    assert found > 1000


def test_a_long_line_of_blanks_is_read_in_time() -> None:
    text = " " * 50_000 + "(V)" + " " * 50_000
    assert LISTED_ON_LINE.fullmatch(text + "x") is None
    assert LISTED_ON_LINE.fullmatch(text + "og ") is not None

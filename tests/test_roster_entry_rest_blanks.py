r"""role_rosters' ENTRY_REST (what follows a name that ends a roster's entry: its party in brackets, then a comma or the
line's end): the blanks before and after the bracket read once each (``[ \t]*+``). As ``[ \t]*(?:\(…\))?[ \t]*``, two
runs side by side, a line of blanks after a name was shared between them every way (0.63 s at 4,000 blanks). The
strings are the old pattern's (kept here)."""

from __future__ import annotations

import re
from collections.abc import Callable

from random_texts import every_window, match_span, same_spans

from graphbuild.extract.role_rosters import ENTRY_REST

OLD = re.compile(r"[ \t]*(?:\([^()\n]{1,40}\))?[ \t]*(?:,|$)")

# the pieces of a roster's random texts (names' words, joins, brackets, headings), for role_rosters' three rewrites
ROSTER_PIECES = [" ", "  ", "\t", "\n", ",", "og", " og ", "samt", ":", " :", "(V)", "(", ")", "Region", " Nord", "x"]
ROSTER_PIECES += ["kontakt", " se ", "Kommuner", "-", "Æ", "1"]


def same_on_roster_texts(
    read: Callable[..., tuple[int, int] | None], new: re.Pattern[str], old: re.Pattern[str], seed: int
) -> int:
    """``same_spans`` of ``read`` with ``new`` and with ``old`` on 1,500 roster texts, in each of their windows."""
    return same_spans(new, old, ROSTER_PIECES, seed=seed, count=1500, most=9, windows=every_window, read=read)


def test_the_rest_of_an_entry_after_the_name_is_read() -> None:
    text = "• Formand borgmester Erik Nielsen (S), Rødovre Kommune"
    pos, end = text.index(" (S)"), len(text)
    assert match_span(ENTRY_REST, text, pos, end) == match_span(OLD, text, pos, end) is not None
    # the near miss: a name that goes on
    assert ENTRY_REST.match(" Hansen (S), Rødovre") is None


def test_the_strings_are_the_old_patterns_on_random_texts() -> None:
    found = same_on_roster_texts(match_span, ENTRY_REST, OLD, seed=103)
    assert found > 1000


def test_a_long_line_of_blanks_is_read_in_time() -> None:
    text = " " * 50_000 + "(V)" + " " * 50_000
    assert ENTRY_REST.match(text + "x") is None
    assert ENTRY_REST.match(text + ",") is not None

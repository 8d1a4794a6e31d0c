r"""membership_lists' person after a municipality's line ("Lejre Kommune: Carsten Rasmussen", "Roskilde Kommune" over
its member's line): the blanks around the colon read once each (``[ \t]*+(?::[ \t]*+)?``). As ``[ \t]*:?[ \t]*``, two
runs side by side, a line of blanks after a municipality was shared between them every way (0.047 s at 1,000 blanks,
0.81 s at 4,000). The spans and the word are the old pattern's."""

from __future__ import annotations

import re
from functools import partial

from random_texts import every_start, same_readings

from graphbuild.extract.membership_lists import PERSON_AFTER, _seat_line

OLD = re.compile(r"[ \t]*:?[ \t]*(?:\r?\n[ \t]*(?:[•·▪*–-][ \t]*)?)?(?P<word>[A-ZÆØÅ][\wæøå-]*)")


def _read(pattern: re.Pattern[str], text: str, pos: int = 0) -> tuple[tuple[int, int], str] | None:
    found = pattern.match(text, pos)
    return (found.span(), found["word"]) if found else None


def test_a_person_after_the_municipality_fills_its_seat() -> None:
    text = "Lejre Kommune: Carsten Rasmussen"
    assert _seat_line(text, len("Lejre Kommune"))
    assert _read(PERSON_AFTER, text, 13) == _read(OLD, text, 13) == ((13, 22), "Carsten")
    # the near miss: a place after the colon is no person
    assert not _seat_line("Lejre Kommune: Roskilde", len("Lejre Kommune"))


def test_the_spans_are_the_old_patterns_on_random_texts() -> None:
    pieces = [" ", "\t", ":", "\n", "\r\n", "•", "-", "*", "Anne", "x", "Ø", "Bo-", "::"]
    found = same_readings(
        partial(_read, PERSON_AFTER), partial(_read, OLD), pieces, seed=61, count=20000, most=8, windows=every_start
    )
    assert found > 10000


def test_a_long_line_of_blanks_after_a_municipality_is_read_in_time() -> None:
    assert PERSON_AFTER.match(" " * 50_000 + "x") is None
    assert _read(PERSON_AFTER, " " * 50_000 + ": Anne") == ((0, 50_006), "Anne")

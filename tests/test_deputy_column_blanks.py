r"""attendance_deputy_column's heading of the deputies' column on the member label's line ("Medlem:   Suppleant:",
taarnby-groent-raad-webpage, dev-write): each blank run read once (possessive: the gap is the whole run of blanks
before the heading). As ``[ \t]*:?(?:\t|[ \t]{3,})[ \t]*``, a run of blanks was split every way (cubic: 1.3 s at 400
blanks, a hang at 1,000). The caller reads the match's end: it is the old pattern's (kept here) on random texts."""

from __future__ import annotations

import re

from random_texts import random_texts

from graphbuild.parse.attendance_deputy_column import _DEPUTY_COLUMN
from graphbuild.parse.attendance_lists import find_attendance
from graphbuild.vocab.person_names import DEPUTY_WORD

OLD = re.compile(
    rf"(?i)[ \t]*:?(?:\t|[ \t]{{3,}})[ \t]*(?:personlige[ \t]+)?{DEPUTY_WORD}(?:e|er|ne)?[ \t]*:?[ \t]*(?=\n|\Z)"
)
_HEAD = "Referat\nGrønt Råd\nMødedato: 14. maj 2015\n\n"
_TAIL = "\n\nAfbud: Ebbe Kyrø\n\n1. Godkendelse af dagsorden\nGodkendt.\n"


def _span(match: re.Match[str] | None) -> tuple[int, int] | None:
    return None if match is None else match.span()


def test_the_deputies_heading_after_the_member_label_is_read() -> None:
    text = (
        _HEAD + "Medlemmer:   Suppleanter:\nJan Jakobsen (A)   Anders Krantz (A)\nAllan Holst (V)   Birger Larsen (V)"
    )
    names = {row.name for row in find_attendance(text + _TAIL)}
    assert "Jan Jakobsen" in names
    assert "Anders Krantz" not in names
    assert _DEPUTY_COLUMN.match(":\tPersonlige suppleanter\n")
    # the near miss: a gap of two blanks after the colon is no column
    assert not _DEPUTY_COLUMN.match(":  Suppleanter\n")


def test_the_end_is_the_old_patterns_on_random_texts() -> None:
    pieces = [" ", "  ", "   ", "\t", ":", " :", ": ", "\n", "\xa0", "personlige", "personlige ", "Suppleant"]
    pieces += ["stedfortræder", "er", "e", "ne", "r", "x"]
    found = 0
    for text in random_texts(pieces, seed=75, count=30_000, most=7):
        for pos in (0, 1):
            old = _span(OLD.match(text, pos))
            assert _span(_DEPUTY_COLUMN.match(text, pos)) == old, text
            found += old is not None
    assert found > 200


def test_a_long_run_of_blanks_is_read_in_time() -> None:
    assert _DEPUTY_COLUMN.match(" " * 50_000 + "x") is None
    assert _DEPUTY_COLUMN.match(" " * 50_000 + ":" + " " * 50_000 + "x") is None
    assert _DEPUTY_COLUMN.match(" " * 50_000 + "suppleanter" + " " * 50_000 + "x") is None
    match = _DEPUTY_COLUMN.match(" " * 50_000 + ":" + " " * 50_000 + "Suppleanter:" + " " * 50_000 + "\nx")
    assert match is not None and match.end() == 150_013

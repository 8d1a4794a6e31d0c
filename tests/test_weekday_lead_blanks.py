r"""header_dates' weekday and "den" before a date on the line after a body ("Byråd" / "Tirsdag den 21-05-2019 kl.
19:00", gribskov, dev-write): each blank run read once (possessive: "den" and "d." open with a letter). As ``[\s,]*``
beside ``\s*$``, a run of blanks before the date was split every way (0.13 s at 8,000 blanks). It is called for its
truth alone, which is the old pattern's (kept here) on random texts."""

from __future__ import annotations

import re
from functools import partial

from random_texts import same_readings

from graphbuild.parse.header_dates import _WEEKDAY_LEAD, _starts_the_rest

OLD = re.compile(r"(?i)^(?:(?:man|tirs|ons|tors|fre|lør|søn)dag\b)?[\s,]*(?:den\b|d\.)?\s*$")


def _found(pattern: re.Pattern[str], text: str, pos: int = 0) -> bool:
    return pattern.match(text, pos) is not None


def test_a_weekday_and_den_before_the_date_are_read() -> None:
    text = "Tirsdag den 21-05-2019 kl. 19:00"
    assert _starts_the_rest(text, text.index("21"))
    assert _starts_the_rest("onsdag den 17. september", len("onsdag den "))
    # the near miss: another word before the date
    text = "Mødet tirsdag den 21-05-2019"
    assert not _starts_the_rest(text, text.index("21"))


def test_the_truth_is_the_old_patterns_on_random_texts() -> None:
    pieces = [" ", "\t", "\n", ",", "mandag", "Tirsdag", "den", "d.", "d", "dengang", "x", "  ", "\r"]
    found = same_readings(partial(_found, _WEEKDAY_LEAD), partial(_found, OLD), pieces, seed=67, count=20_000, most=8)
    assert found > 1000


def test_a_long_run_of_blanks_before_a_date_is_read_in_time() -> None:
    assert _WEEKDAY_LEAD.match("mandag" + " " * 50_000 + "x") is None
    assert _WEEKDAY_LEAD.match(" " * 50_000 + "den" + " " * 50_000 + "x") is None
    assert _WEEKDAY_LEAD.match("mandag" + " " * 50_000 + "den" + " " * 50_000) is not None

r"""header_dates' date alone on its line ("17.07.2023" over "Her kan du læse referat af møde i Ældrerådet den 28.
juni 2023", odsherred, dev-write): each blank run read once (possessive: what follows a run never opens with a
blank it could give back). As ``\s*``, ``[\d.\-/ ]*`` and ``\s*$`` side by side, a run of blanks before a word was
split every way (1.6 s at 1,000 blanks, a hang at 4,000). It is called for its truth alone, which is the old
pattern's (kept here) on random texts."""

from __future__ import annotations

import re
from datetime import date

from random_texts import random_texts

from graphbuild.parse import parse_meeting
from graphbuild.parse.header_dates import _DATE_ALONE
from graphbuild.sources import source_from_text

OLD = re.compile(
    r"(?i)^\s*(?:(?:man|tirs|ons|tors|fre|lør|søn)dag\s*(?:den\s*)?)?[\d.\-/ ]*(?:[a-zæøå]+\.?\s+\d{4})?\s*$"
)


def _day(text: str) -> date | None:
    start = parse_meeting(source_from_text(text)).start
    return start.date() if start else None


def test_a_date_alone_over_the_meeting_s_day_is_read() -> None:
    text = (
        "17.07.2023\n\nNyt fra Ældrerådet juli 2023\n\nHer kan du læse referat af møde i Ældrerådet den "
        "28. juni 2023\n\nMøde med formanden for udvalget\n\nÆldrerådet havde inviteret formanden.\n"
    )
    assert _DATE_ALONE.match("17.07.2023")
    assert _DATE_ALONE.match("  Tirsdag den  3. marts 2021 ")
    assert _day(text) == date(2023, 6, 28)
    # the near misses: a word beside the date on its line is no date alone; a line below that tells of the next
    # meeting leaves the page's date the meeting's
    assert not _DATE_ALONE.match("Opdateret 17.07.2023")
    assert _day("17.07.2023\n\nNæste møde i Ældrerådet den 28. august 2023\n\nTekst.\n") == date(2023, 7, 17)


def test_the_truth_is_the_old_patterns_on_random_texts() -> None:
    pieces = [" ", "  ", "\t", "\n", "\r", "\xa0", ".", "-", "/", ",", "1", "12", "2020", "maj", "Maj.", "mandag"]
    pieces += ["Tirsdag", "den", "dag", "x", "æ"]
    found = 0
    for text in random_texts(pieces, seed=71, count=30_000, most=9):
        old = OLD.match(text) is not None
        assert (_DATE_ALONE.match(text) is not None) == old, text
        found += old
    assert found > 5000


def test_a_long_run_of_blanks_before_a_word_is_read_in_time() -> None:
    assert _DATE_ALONE.match(" " * 50_000 + "x") is None
    assert _DATE_ALONE.match("mandag" + " " * 50_000 + "x") is None
    assert _DATE_ALONE.match(" " * 50_000 + "maj" + " \t" * 50_000 + "x") is None
    assert _DATE_ALONE.match(" " * 50_000 + "12. maj" + " " * 50_000 + "2020" + " " * 50_000) is not None

r"""role_member_lists' heading of members over a block of one entry a line ("Medlemmer" on a line of its own,
fredensborg-byraadet-2015-01-26, -2018-10-01 and fredensborg-folkeoplysningsudvalget-2018-02-27, dev-write): each run
read once (possessive). Its caller asks only whether it matches the whole line; a dash the lead takes could open the
word's ``[\wæøå-]*`` instead, which reads on as well from after it. As ``[ \t•*·–-]*`` beside ``[\wæøå-]*`` a run of
dashes was split every way (quadratic: 0.6 s at 4,000). Whether it matches is the old pattern's (kept here) on
random texts."""

from __future__ import annotations

import re

from random_texts import random_texts

from graphbuild.extract.role_member_lists import MEMBER_HEADING

OLD = re.compile(
    r"[ \t•*·–-]*(?:[\wæøå-]*medlemmer(?:ne)?|bestyrelsen|repræsentantskabet|(?:udvalgets|bestyrelsens|rådets)[ \t]+"
    r"medlemmer)[ \t]*:?[ \t]*",
    re.IGNORECASE,
)


def test_a_heading_of_members_is_read() -> None:
    assert MEMBER_HEADING.fullmatch("Medlemmer")
    assert MEMBER_HEADING.fullmatch(" • Udvalgsmedlemmer: ")
    assert MEMBER_HEADING.fullmatch("--Bestyrelses-medlemmer")
    # the near miss: those absent are no heading of the members
    assert not MEMBER_HEADING.fullmatch("Fraværende medlemmer")


def test_whether_it_matches_is_the_old_patterns_on_random_texts() -> None:
    pieces = [" ", "  ", "\t", "•", "*", "·", "–", "-", "medlemmer", "ne", "Bestyrelsen", "repræsentantskabet"]
    pieces += ["udvalgets", "rådets", "bestyrelsens", ":", "x", "Udvalgs", "_", "1"]
    found = 0
    for text in random_texts(pieces, seed=94, count=40_000, most=7):
        old = OLD.fullmatch(text) is not None
        assert (MEMBER_HEADING.fullmatch(text) is not None) == old, text
        found += old
    assert found > 1_000


def test_a_long_run_of_dashes_is_read_in_time() -> None:
    assert not MEMBER_HEADING.fullmatch("-" * 100_000 + "x")
    assert not MEMBER_HEADING.fullmatch("- " * 50_000 + "x")
    assert MEMBER_HEADING.fullmatch("- " * 50_000 + "-" * 50_000 + "medlemmer" + " " * 50_000 + ":" + " " * 50_000)
    assert not MEMBER_HEADING.fullmatch("medlemmer" + " " * 50_000 + ":" + " " * 50_000 + "x")

r"""membership_municipalities' join between two items of a list (", ", " og ", " samt ", " & ", "/") and the end of a
fellow member (the join, the sentence's end, a verb): the white space before the join read once (``\s++og``, a mark
after ``\s*+``). As ``\s*`` beside ``\s+og\s+``, a run of blanks before what joins nothing was shared between them
every way (0.21 s and 0.24 s at 4,000 blanks). The join after the run opens with its first character, so the spans
are the old pattern's (kept here)."""

from __future__ import annotations

import re
from functools import partial

from random_texts import every_start, every_window, same_readings

from graphbuild.extract.membership_municipalities import FELLOW_ENDS, FELLOWS_BEFORE, SEPARATOR, SHARE, SUSPENDED

OLD_SEPARATOR = rf"{SUSPENDED}{SHARE}\s*(?:,\s*(?:og\s+|samt\s+)?|\s+og\s+|\s+samt\s+|\s*&\s*|[ \t]*/[ \t]*\n?[ \t]*)"
OLD_FELLOW_ENDS = re.compile(
    rf"{OLD_SEPARATOR}|\s*(?:[.;)\n]|$)|[ \t]+(?:er|var|har|ejer|deltager|står|blev|bliver|indgår)[ \t]"
)
OLD_SEPARATOR_RE = re.compile(OLD_SEPARATOR)
OLD_FELLOWS_BEFORE = re.compile(FELLOWS_BEFORE.pattern.replace(SEPARATOR.pattern, OLD_SEPARATOR))


def _span(match: re.Match[str] | None) -> tuple[int, int] | None:
    return None if match is None else match.span()


def test_the_joins_of_a_list_are_read() -> None:
    # "Aarhus Kommune (40 %), Randers Kommune (30 pct.) og …", "Greve-, Solrød- og Køge Kommuner" (the module's lists)
    assert _span(SEPARATOR.match("Aarhus Kommune (40 %), Randers", 14)) == (14, 23)
    assert _span(SEPARATOR.match("Solrød- og Køge Kommuner", 6)) == (6, 11)
    # "Region Hovedstaden, Region Skåne, Malmö stad": a fellow member ends at the join
    assert _span(FELLOW_ENDS.match("Region Skåne, Malmö stad", 12)) == (12, 14)
    # the near miss: a word that joins nothing
    assert SEPARATOR.match("Aarhus Kommune   ved Randers", 14) is None


def test_the_spans_are_the_old_patterns_on_random_texts() -> None:
    pieces = [" ", "  ", "\t", "\n", ",", "og", " og ", "samt", " samt ", "&", "/", "-", "(40 %)", "( 30 pct.)", "("]
    pieces += [")", ".", ";", "x", "Region", " Skåne", " er ", " har", "o", "s"]
    same = partial(same_readings, pieces=pieces, seed=89, count=3000, most=10)
    found = same(
        lambda text, pos: _span(SEPARATOR.match(text, pos)),
        lambda text, pos: _span(OLD_SEPARATOR_RE.match(text, pos)),
        windows=every_start,
    )
    same(
        lambda text, pos: _span(FELLOW_ENDS.match(text, pos)),
        lambda text, pos: _span(OLD_FELLOW_ENDS.match(text, pos)),
        windows=every_start,
    )
    same(
        lambda text, pos, end: _span(FELLOWS_BEFORE.search(text, pos, end)),
        lambda text, pos, end: _span(OLD_FELLOWS_BEFORE.search(text, pos, end)),
        windows=every_window,
    )
    assert found > 3000


def test_a_long_run_of_blanks_after_an_item_is_read_in_time() -> None:
    assert SEPARATOR.match(" " * 50_000 + "x") is None
    assert _span(SEPARATOR.match(" " * 50_000 + "og Køge")) == (0, 50_003)
    assert _span(FELLOW_ENDS.match(" " * 50_000 + "x")) is None
    assert _span(FELLOW_ENDS.match(" " * 50_000 + ".")) == (0, 50_001)

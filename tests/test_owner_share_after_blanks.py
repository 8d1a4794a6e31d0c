r"""membership_owner_shares' share right after a municipality ("Holbæk Kommune | 35 %", "Dragør: 6,60%"): the blanks
before and after the cell's mark read once each (``[ \t]*+(?:[|:\t–-][ \t]*+)?``). As ``[ \t]*[|:\t–-]?[ \t]*``, two
runs side by side, a line of blanks after a municipality was shared between them every way (0.013 s at 1,000 blanks,
0.33 s at 4,000). The spans are the old pattern's."""

from __future__ import annotations

import re

from random_texts import match_span, same_spans

from graphbuild.extract.membership_owner_shares import SHARE_AFTER

OLD = re.compile(r"[ \t]*[|:\t–-]?[ \t]*\d{1,3}(?:[.,]\d{1,2})?[ \t]*(?:%|pct\b|procent\b)")


def test_a_share_after_the_municipality_is_read() -> None:
    assert match_span(SHARE_AFTER, " | 35 % |") == match_span(OLD, " | 35 % |") == (0, 7)
    assert match_span(SHARE_AFTER, ":\t6,60%") == (0, 7)
    # the near misses: a number that is no share; a count of inhabitants
    assert match_span(SHARE_AFTER, " | 35 medlemmer") is None
    assert match_span(SHARE_AFTER, "\t14.616\t6,60%") is None


def test_the_spans_are_the_old_patterns_on_random_texts() -> None:
    pieces = [" ", "\t", "|", ":", "–", "-", "12", "3,5", "%", " pct", "procent", "pctx", "x", "1234"]
    found = same_spans(SHARE_AFTER, OLD, pieces, seed=59, count=20000, most=8)
    assert found > 3000


def test_a_long_line_of_blanks_after_a_municipality_is_read_in_time() -> None:
    assert SHARE_AFTER.match(" " * 50_000 + "x") is None
    assert match_span(SHARE_AFTER, " " * 50_000 + "| 35 %") == (0, 50_006)

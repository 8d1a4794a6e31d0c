r"""role_member_lists' rest of a member's line after the name (a party in brackets, then the line's end): the blanks
before and after the bracket read once each. As ``[ \t]*(?:…)?[ \t]*``, two runs side by side, a line of blanks after
a name that went on was shared between them every way (0.66 s at 4,000 blanks). The lines are the old pattern's."""

from __future__ import annotations

import re

from random_texts import match_span, same_spans

from graphbuild.extract.role_member_lists import LINE_REST

OLD = re.compile(r"[ \t]*(?:\([^()\n]{1,40}\))?[ \t]*(?=\n|$)")


def test_a_name_alone_or_with_its_party_ends_the_line() -> None:
    assert match_span(LINE_REST, " (V) \nMedlem") == match_span(OLD, " (V) \nMedlem") == (0, 5)
    # the near miss: a line that goes on after the name
    assert match_span(LINE_REST, " (V), formand\n") is None


def test_the_spans_are_the_old_patterns_on_random_texts() -> None:
    pieces = [" ", "\t", "  ", "(A)", "(", ")", ".", "\n", "x"]
    found = same_spans(LINE_REST, OLD, pieces, seed=67, count=20000, most=8)
    assert found > 10000


def test_a_long_line_of_blanks_after_a_name_is_read_in_time() -> None:
    assert LINE_REST.match(" " * 50_000 + "x") is None
    assert match_span(LINE_REST, " " * 50_000 + "(V)\n") == (0, 50_003)

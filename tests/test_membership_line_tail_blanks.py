r"""membership_municipalities' vertical list (one municipality a line): what may end a municipality's line, blanks
and a closing mark, read once each (``[ \t]*+(?:[,;.][ \t]*+)?``). As ``[ \t]*[,;.]?[ \t]*``, two runs side by side,
a line of blanks after a name that went on with a word was shared between them every way (0.04 s at 1,000 blanks,
0.42 s at 4,000). The spans are the old pattern's."""

from __future__ import annotations

import re

from random_texts import match_span, same_spans

from graphbuild.extract.membership_municipalities import LINE_TAIL, vertical_list_after

OLD = re.compile(r"[ \t]*[,;.]?[ \t]*(?:\n|$)")


def test_a_vertical_list_is_read_and_a_line_that_goes_on_is_not() -> None:
    text = "Samarbejdet består af:\n- Lejre Kommune,\n- Roskilde Kommune.\n"
    assert [text[ref.start : ref.end] for ref in vertical_list_after(text, 0)] == ["Lejre Kommune", "Roskilde Kommune"]
    # the near miss: a line that goes on after the name ends the list
    assert vertical_list_after("Samarbejdet består af:\n- Lejre Kommune og andre\n- Roskilde Kommune\n", 0) == []


def test_the_spans_are_the_old_patterns_on_random_texts() -> None:
    pieces = [" ", "\t", "  ", ",", ";", ".", "\n", "x", ",,", ". "]
    found = same_spans(LINE_TAIL, OLD, pieces, seed=53, count=20000, most=8)
    assert found > 10000


def test_a_long_line_of_blanks_after_a_name_is_read_in_time() -> None:
    assert LINE_TAIL.match(" " * 50_000 + "x") is None
    assert match_span(LINE_TAIL, " " * 50_000 + ".\n", 0) == (0, 50_002)

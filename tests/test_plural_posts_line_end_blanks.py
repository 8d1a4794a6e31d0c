r"""role_plural_posts' end of a label's line or of the sentence after its last name ("… og Vita", "… og Vita
Jensen."): the blanks before and after the stop read once each. As ``[ \t]*\.?[ \t]*``, two runs side by side, a line
of blanks after a name that went on was shared between them every way (0.21 s at 4,000 blanks). The spans are the old
pattern's."""

from __future__ import annotations

import re

from random_texts import match_span, same_spans

from graphbuild.extract.role_plural_posts import _LINE_END

OLD = re.compile(r"(?:[ \t]*\([^()\n]{1,40}\))?[ \t]*\.?[ \t]*(?:\n|$)")


def test_the_last_name_ends_its_sentence_or_line() -> None:
    assert match_span(_LINE_END, " (A) . \nNæste") == match_span(OLD, " (A) . \nNæste") == (0, 8)
    # the near miss: the sentence goes on after the name
    assert match_span(_LINE_END, " og Vita Jensen.") is None


def test_the_spans_are_the_old_patterns_on_random_texts() -> None:
    pieces = [" ", "\t", "  ", "(A)", "(", ")", ".", "..", "\n", "x"]
    found = same_spans(_LINE_END, OLD, pieces, seed=71, count=20000, most=8)
    assert found > 10000


def test_a_long_line_of_blanks_after_a_name_is_read_in_time() -> None:
    assert _LINE_END.match(" " * 50_000 + "x") is None
    assert match_span(_LINE_END, " " * 50_000 + ".") == (0, 50_001)

r"""role_member_runs' end of a run of names after its last one (marks, a ``<br />`` left in the text, the line's end):
the blanks and marks before and the blanks after the tag read once each. As ``[ \t.;,]*(?:<br…>)?[ \t]*``, two runs
side by side, a line of blanks after the last name that went on was shared between them every way (0.30 s at 4,000
blanks). The spans are the old pattern's."""

from __future__ import annotations

import re

from random_texts import match_span, same_spans

from graphbuild.extract.role_member_runs import LIST_END

OLD = re.compile(r"[ \t.;,]*(?:<br[ \t]*/?>)?[ \t]*(?:\n|$)")


def test_the_run_ends_at_its_line_end_after_a_tag() -> None:
    assert match_span(LIST_END, ". <br /> \nNæste") == match_span(OLD, ". <br /> \nNæste") == (0, 10)
    # the near miss: the line goes on after the last name
    assert match_span(LIST_END, ", Jens Hansen\n") is None


def test_the_spans_are_the_old_patterns_on_random_texts() -> None:
    pieces = [" ", "\t", "  ", ".", ";", ",", "\n", "<br>", "<br />", "<br/", "x", "<BR>"]
    found = same_spans(LIST_END, OLD, pieces, seed=73, count=20000, most=8)
    assert found > 10000


def test_a_long_line_of_blanks_after_the_last_name_is_read_in_time() -> None:
    assert LIST_END.match(" " * 50_000 + "x") is None
    assert match_span(LIST_END, " " * 50_000 + "<br>") == (0, 50_004)

r"""item_lines' contents line, a title before its dotted leader and page ("Godkendelse af referat ......... 3",
kkr-hovedstaden-2015-02-23; "Godkendelse af dagsorden.........", aarhus-byraad-2025-08-27; both dev-write): each run
read once. The lazy title never ends after a blank, nor between two dots, but at its first character, where the
rest reads on as from one character earlier, which it reaches first; the runs are possessive, what follows each
opening with no dot or blank it eats. As ``.+?`` then ``\s*\.{4,}`` from each end inside a run of blanks or dots it
was quadratic (0.35 s at 4,000). Callers read the title, the span and ``sub``: the old pattern's (kept here) on
random texts."""

from __future__ import annotations

import re

from random_texts import group_spans, random_texts

from graphbuild.parse.item_lines import LEADER, title_from

OLD = re.compile(r"^(?P<title>.+?)\s*\.{4,}\s*\t?\s*\d*\s*$")


def test_a_contents_line_gives_its_title() -> None:
    assert title_from("Godkendelse af referat " + "." * 70 + " 3") == "Godkendelse af referat"
    assert title_from("Godkendelse af dagsorden" + "." * 76) == "Godkendelse af dagsorden"
    match = LEADER.match("..\n..... ")
    assert match is not None and match["title"] == ".."
    # the near miss: three dots and a page is an ellipsis, no leader
    assert LEADER.match("Godkendelse af referat ... 3") is None


def test_the_groups_are_the_old_patterns_on_random_texts() -> None:
    pieces = [" ", "  ", "\t", "\n", ".", "..", "....", "1", "12", "x", "Budget", "-", ":", "." * 10, "a.b"]
    found = 0
    for seed, most in ((97, 8), (98, 14)):
        for text in random_texts(pieces, seed=seed, count=20_000, most=most):
            old = group_spans(OLD.match(text))
            assert group_spans(LEADER.match(text)) == old, text
            assert LEADER.sub(r"\g<title>", text) == OLD.sub(r"\g<title>", text), text
            found += old is not None
    assert found > 1_000


def test_a_long_run_of_blanks_or_dots_is_read_in_time() -> None:
    assert LEADER.match("x" + " " * 100_000 + "y") is None
    assert LEADER.match("x" + "." * 100_000 + "y") is None
    assert LEADER.match("x" + " ." * 50_000 + "y") is None
    match = LEADER.match(" " * 100_000 + "....5")
    assert match is not None and match["title"] == " "
    match = LEADER.match("Budget" + " " * 50_000 + "." * 50_000 + " \t" * 50_000 + "5")
    assert match is not None and match["title"] == "Budget"

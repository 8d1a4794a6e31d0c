r"""handling_lines' body-first handling, a body then its day and item number ("Sundheds- og Forebyggelsesudvalgets
beslutning den 04.12.2012 Punkt 2", ballerup-sundhed-forebyggelse-2012-12-04, dev-write): each blank run read once.
The body never ends inside a run, where the rest reads on as from the run's start, which the lazy body reaches
first; the runs are possessive, what follows each opening with no blank. As ``\s*,?\s+`` after each end of the body
a run of blanks was split every way (a hang at 4,000 blank lines after a line's text; its caller joins a line's
blanks and bounds its length, so this guards the pattern itself). The groups are the old pattern's (kept here) on
random texts."""

from __future__ import annotations

import re
from datetime import date

from random_texts import group_spans, random_texts

from graphbuild.handling_lines import _BODY_FIRST, _DAY, _ITEM, handling_of

OLD = re.compile(rf"(?i)^(?P<body>\S.*?)\s*,?\s+(?:(?:den|d\.)\s*)?{_DAY}(?:\s*,?\s*{_ITEM})?\s*[.:]?$")


def test_a_handling_line_is_read() -> None:
    handling = handling_of("Sundheds- og Forebyggelsesudvalgets beslutning den 04.12.2012 Punkt 2")
    assert handling is not None
    assert (handling.body, handling.day, handling.item) == (
        "Sundheds- og Forebyggelsesudvalgets beslutning",
        date(2012, 12, 4),
        "2",
    )
    # the near miss: a sentence goes on after the day, no handling line
    assert handling_of("Sagen blev behandlet den 04.12.2012 og blev godkendt") is None


def test_the_groups_are_the_old_patterns_on_random_texts() -> None:
    pieces = [
        " ",
        "  ",
        ",",
        ", ",
        "den ",
        "d. ",
        "5. maj 2012",
        "30-01-2012",
        "30.01.2012",
        " punkt 5",
        ", sag nr. 10",
    ]
    pieces += [".", ":", "Byrådet", "x", "\n", "\t", "maj", "2012", "5.", "Punkt"]
    found = 0
    for seed, most in ((92, 6), (93, 10)):
        for text in random_texts(pieces, seed=seed, count=20_000, most=most):
            old = group_spans(OLD.match(text))
            assert group_spans(_BODY_FIRST.match(text)) == old, text
            found += old is not None
    assert found > 1_000


def test_a_long_run_of_blanks_is_read_in_time() -> None:
    assert _BODY_FIRST.match("x" + "\n" * 100_000 + "y") is None
    assert _BODY_FIRST.match(("x" + " " * 10_000) * 10 + "y") is None
    text = "Byrådet" + " " * 50_000 + "den" + " " * 50_000 + "5. maj 2012" + " " * 50_000 + "punkt" + " " * 50_000
    match = _BODY_FIRST.match(text + "3")
    assert match is not None and (match["body"], match["item"]) == ("Byrådet", "3")
    assert _BODY_FIRST.match(text + "x") is None

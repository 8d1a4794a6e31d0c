r"""role_changes' post taken after a name ("NAME tiltræder som ny formand"): the runs of blanks before and after its
optional words (``[ \t]+[^;:\n]{0,30}?`` then ``[ \t]+``) read once each. As two greedy runs side by side, a line of
blanks after a name was shared between them every way (0.13 s at 200 blanks in its 200-character window, 11 s at
1,600). The old pattern's lines are kept here; its spans and groups are the new one's (a lead or a gap of blanks
alone, which no caller reads, is now left out)."""

from __future__ import annotations

import re

from random_texts import fixed_window, group_spans, same_readings
from test_post_after_inverted_blanks import OLD_AS_SEAT

from graphbuild.extract.role_changes import TAKES_POST
from graphbuild.extract.role_patterns import COMMA_AFFILIATION, NAME_BRACKET

OLD = re.compile(
    rf"{NAME_BRACKET}{COMMA_AFFILIATION}(?P<lead>[ \t]+[^;:\n]{{0,30}}?)?[ \t]+"
    r"(?P<verb>tiltræder|tiltrådte|fratræder|fratrådte|indtræder|indtrådte|træder[ \t]+ind|trådte[ \t]+ind|"
    r"indsættes|indsattes|overtager|overtog|fortsætter|fortsatte)"
    r"(?P<gap>[ \t]+[^;:\n]{0,80}?)?" + OLD_AS_SEAT,
    re.IGNORECASE,
)


def _read(match: re.Match[str] | None) -> tuple[object, ...] | None:
    return group_spans(match, ("lead", "gap"))


def test_a_post_taken_after_the_name_is_read() -> None:
    # a centre's board news (Hillerød), after the name "Erik Ingerslev"
    text = " pr. 1. juli 2019 tiltræder som ny formand.\n"
    found = TAKES_POST.match(text)
    assert found is not None and found["verb"] == "tiltræder" and found["role"] == "formand"
    assert _read(found) == _read(OLD.match(text))
    # the near miss: a verb that takes no post
    assert TAKES_POST.match(" pr. 1. juli 2019 deltager som ny formand.\n") is None


def test_the_spans_are_the_old_patterns_on_random_texts() -> None:
    pieces = [" ", "  ", "\t", "\n", " (S)", ",", " Struer Kommune,", " tiltræder", " træder", " ind", " som", " ny",
              " formand", " næstformand", " 1.", " for", " i", " x", ";", " fratræder", " medlem"]  # fmt: skip
    found = same_readings(
        lambda text, pos, end: _read(TAKES_POST.match(text, pos, end)),
        lambda text, pos, end: _read(OLD.match(text, pos, end)),
        pieces,
        seed=71,
        count=3000,
        most=24,
        windows=fixed_window(200),
    )
    assert found > 300


def test_a_long_line_of_blanks_after_a_name_is_read_in_time() -> None:
    assert TAKES_POST.match(" " * 20_000 + "x") is None
    found = TAKES_POST.match(" " * 20_000 + "tiltræder" + " " * 20_000 + "som formand")
    assert found is not None and found["role"] == "formand" and found["gap"] is None

r"""attendance_prose_deputy_away's own absence of a deputy named after the absent ("Afbud fra Karen Juul,
stedfortræder Jens Lund (A) havde også meldt afbud.", in the form of the tests of attendance_prose_deputy_away):
each blank run before the verb read once (possessive: the party's bracket, the comma and the verb never open with a
blank). As ``[ \t]*(?:\(…\)[ \t]*)?,?[ \t]*``, a run of blanks was split every way (quadratic: 1.5 s at 4,000
blanks). It is called for its truth alone, which is the old pattern's (kept here) on random texts."""

from __future__ import annotations

import re

from random_texts import random_texts

from graphbuild.parse.attendance_prose_deputy_away import _OWN_ABSENCE, deputy_did_not_come

OLD = re.compile(
    r"[ \t]*(?:\([A-ZÆØÅ]{1,3}\)[ \t]*)?,?[ \t]*(?:"
    r"(?:var|blev|er)[ \t]+(?:heller[ \t]+)?ikke[ \t]+(?:indkaldt|mødt|til[ \t]+stede)"
    r"|(?:kunne|kan|mødte|deltog)[ \t]+(?:heller[ \t]+)?ikke"
    r"|(?:havde|har)[ \t]+(?:også|ligeledes|tillige)[ \t]+(?:meldt[ \t]+)?afbud)(?![\w-])"
    r"(?![^.\n()]*(?:punkt|pkt|sag\b|behandling))"
)


def test_the_deputy_s_own_absence_after_the_name_is_read() -> None:
    text = "Afbud fra Karen Juul, stedfortræder Jens Lund (A) havde også meldt afbud."
    assert deputy_did_not_come(text, text.index(" (A)"), len(text))
    # the near miss: away from some items only
    text = "Afbud fra Karen Juul, stedfortræder Jens Lund var ikke til stede under punkt 3."
    assert not deputy_did_not_come(text, text.index(" var"), len(text))


def test_the_truth_is_the_old_patterns_on_random_texts() -> None:
    pieces = [" ", "  ", "\t", ",", "(A)", "(AB)", "(", "var", "er", "ikke", "heller", "mødt", "kunne", "har", "også"]
    pieces += ["afbud", "meldt", "til", "stede", "punkt", ".", "x", "\n", " ikke "]
    found = 0
    for text in random_texts(pieces, seed=81, count=30_000, most=9):
        for pos in (0, 1):
            old = OLD.match(text, pos) is not None
            assert (_OWN_ABSENCE.match(text, pos) is not None) == old, text
            found += old
    pieces = [" ", "(V)", ",", "var ", "ikke ", "mødt", "kunne ", "har ", "også ", "afbud", " punkt", "heller "]
    for text in random_texts(pieces, seed=82, count=30_000, most=7):
        old = OLD.match(text) is not None
        assert (_OWN_ABSENCE.match(text) is not None) == old, text
        found += old
    assert found > 200


def test_a_long_run_of_blanks_is_read_in_time() -> None:
    assert _OWN_ABSENCE.match(" " * 50_000 + "(A)" + " " * 50_000 + "," + " " * 50_000 + "x") is None
    assert _OWN_ABSENCE.match(" " * 50_000 + "var" + " " * 50_000 + "x") is None
    assert _OWN_ABSENCE.match(" " * 50_000 + "(A)" + " " * 50_000 + "," + " " * 50_000 + "kunne ikke.") is not None

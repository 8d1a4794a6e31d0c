r"""role_meeting_posts' minute-taker marked after the name ("Christian Eske Nielsen, BRS, Center for Forebyggelse
(referent)", FKB's minutes, dev-write; "Inger Bojsen Nehm, KD-Net (ref.)"): each blank run read once. As ``\s*,?[
\t]+`` before a window of 60 characters and ``\s*`` after it, a run of blanks after the name was split every way (a
hang at 1,000 blanks); now the window opens at the last place it can (atomic), which finds every bracket the
earlier places find but one: a "[" right after the blanks after a comma, read by an alternative of its own. The
caller reads the match's end and its group ``joined``: both are the old pattern's (kept here) on random texts."""

from __future__ import annotations

import re
from pathlib import Path

from random_texts import random_texts
from text_facts import role_pairs_of_text

from graphbuild.extract.role_joined_after import JOINED_TITLE
from graphbuild.extract.role_meeting_posts import REFERENT_AFTER

OLD = re.compile(
    rf"^(?:\s*\([^()\n]{{1,40}}\))?(?:\s*,?[ \t]+[^()\n]{{1,60}}?)?\s*(?:\((?:[A-ZÆØÅ]{{2,4}},[ \t]*|"
    rf"(?P<joined>{JOINED_TITLE}))?(?:ref\.?|referent)\)|\[(?:ref\.?|referent)\])",
    re.IGNORECASE,
)
MINUTES = "Referat\nMøde i Beredskabskommissionen den 3. maj 2011\n\nPunkt 1: Orientering\n\n"


def _read(match: re.Match[str] | None) -> tuple[tuple[int, int], tuple[int, int]] | None:
    return None if match is None else (match.span(), match.span("joined"))


def test_the_minute_taker_after_the_workplace_is_read(tmp_path: Path) -> None:
    text = (
        MINUTES + "Deltagere Jacob Christensen, FKB s bestyrelse Henrik G. Petersen, BRS, Center for Forebyggelse "
        "Christian Eske Nielsen, BRS, Center for Forebyggelse (referent) Afbud René Bech\n"
    )
    found = role_pairs_of_text(tmp_path, text)
    assert ("Christian Eske Nielsen", "referent") in found
    # the near miss: the name before, with another name between it and the bracket
    assert ("Henrik G. Petersen", "referent") not in found
    assert REFERENT_AFTER.match(", KD-Net (ref.) Lemvig")
    assert REFERENT_AFTER.match(" (AHD, Referent)")
    assert not REFERENT_AFTER.match(", KD-Net (afbud)")


def test_the_spans_and_groups_are_the_old_patterns_on_random_texts() -> None:
    pieces = [" ", "  ", "\t", "\n", "\r", "\xa0", ",", ", ", "(", ")", "[", "]", "ref", "ref.", "referent", "x"]
    pieces += ["(ref.)", " (ref.)", "[referent]", "(referent)", "(AHD, ", "formand og ", "Jens Hansen", "(A)"]
    found = 0
    for text in random_texts(pieces, seed=73, count=20_000, most=12):
        old = _read(OLD.match(text))
        assert _read(REFERENT_AFTER.match(text)) == old, text
        found += old is not None
    # long blanks and words beside the window's 60 characters
    pieces = [" " * 29, " " * 31, "x" * 25, "\t\t\t", "\n", ",", "(ref.)", "[ref]", "(A)", " ", "[", "x", "\xa0" * 30]
    for text in random_texts([*pieces, "(AHD, referent)"], seed=74, count=10_000, most=8):
        old = _read(OLD.match(text))
        assert _read(REFERENT_AFTER.match(text)) == old, text
        found += old is not None
    assert found > 5000


def test_a_long_run_of_blanks_after_the_name_is_read_in_time() -> None:
    assert REFERENT_AFTER.match(" " * 50_000) is None
    assert REFERENT_AFTER.match(" " * 50_000 + "x") is None
    assert REFERENT_AFTER.match(" " * 50_000 + "," + " " * 50_000 + "(ref") is None
    assert REFERENT_AFTER.match(" \n" * 50_000 + "(") is None
    assert REFERENT_AFTER.match(" " * 50_000 + ",  [") is None
    assert REFERENT_AFTER.match(("\t" + "\xa0" * 59) * 1_000 + ",[") is None
    match = REFERENT_AFTER.match(" " * 50_000 + ", [ref]")
    assert match is not None and match.end() == 50_007
    match = REFERENT_AFTER.match(" " * 50_000 + ", BRS " + " " * 50_000 + "(referent)")
    assert match is not None and match.end() == 100_016

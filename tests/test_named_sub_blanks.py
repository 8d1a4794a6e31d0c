r"""attendance_prose_substitutes' substitute named after the absent ("Afbud fra Benthe Viola Holm stedfortræder
Anders Liltorp", hvidovre-kommunalbestyrelsen-2014-10-28, dev-write): each blank run read once (possessive: a mark,
"og", a pronoun and the deputy's word never open with a blank; a colon after the word is taken with the blanks
before it). As ``[ \t]*[,\-–]?[ \t]*`` and ``[ \t]*:?[ \t]+``, a run of blanks was split every way (a hang at 4,000
blanks). The caller reads the match's end: it is the old pattern's (kept here) on random texts."""

from __future__ import annotations

import re

from random_texts import random_texts

from graphbuild.parse.attendance_lists import find_attendance
from graphbuild.parse.attendance_prose_substitutes import _NAMED_SUB
from graphbuild.vocab.person_names import DEPUTY_WORD

OLD = re.compile(
    r"(?i)[ \t]*[,\-–]?[ \t]*(?:og[ \t]+)?(?:(?:dennes|hans|hendes)[ \t]+)?"
    rf"{DEPUTY_WORD}(?:en)?[ \t]*:?[ \t]+(?=[A-ZÆØÅ])"
)


def _span(match: re.Match[str] | None) -> tuple[int, int] | None:
    return None if match is None else match.span()


def test_the_substitute_named_after_the_absent_is_read() -> None:
    text = (
        "Afbud fra Benthe Viola Holm stedfortræder Anders Liltorp. "
        "Afbud fra Mogens Leo Hansen stedfortræder Gert Wahl\n"
    )
    rows = {(a.name, a.status, a.for_) for a in find_attendance(text)}
    assert ("Anders Liltorp", "substitute", "Benthe Viola Holm") in rows
    assert _span(_NAMED_SUB.match(" , og dennes suppleant:  Gert Wahl")) == (0, 25)
    # the near miss: the deputy's word with no blank before the name
    assert _NAMED_SUB.match(" stedfortræder:Gert Wahl") is None


def test_the_end_is_the_old_patterns_on_random_texts() -> None:
    pieces = [" ", "  ", "\t", ",", "-", "–", ":", "og", "og ", "dennes", "hans ", "hendes", "stedfortræder"]
    pieces += ["suppleant", "Suppleanten", "en", "Jens", "x", "\n", "æ"]
    found = 0
    for text in random_texts(pieces, seed=76, count=30_000, most=9):
        for pos in (0, 1):
            old = _span(OLD.match(text, pos))
            assert _span(_NAMED_SUB.match(text, pos)) == old, text
            found += old is not None
    assert found > 200


def test_a_long_run_of_blanks_is_read_in_time() -> None:
    assert _NAMED_SUB.match(" " * 50_000 + "x") is None
    assert _NAMED_SUB.match(" " * 50_000 + "og" + " " * 50_000 + "x") is None
    assert _NAMED_SUB.match(" " * 50_000 + "suppleant" + " " * 50_000 + ":" + " " * 50_000) is None
    match = _NAMED_SUB.match(" " * 50_000 + "-" + " " * 50_000 + "suppleant" + " " * 50_000 + ":" + " " * 50_000 + "J")
    assert match is not None and match.end() == 200_011

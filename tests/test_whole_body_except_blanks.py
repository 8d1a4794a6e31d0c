r"""attendance_whole_body's whole body then its exception ("Til stede: Hele bestyrelsen undtagen Hans Hansen", in the
form of hammelev-menighedsraad-2019-10-08's list, dev-write): each blank run read once (possessive: what follows each
run, a word, a mark or a colon, never opens with a blank). As ``[ \t]*[,–-]?[ \t]*`` after a word, a run of blanks
was split every way (quadratic: 0.7 s at 4,000 blanks). The caller reads the match's end: it is the old pattern's
(kept here) on random texts."""

from __future__ import annotations

import re

from random_texts import random_texts

from graphbuild.parse.attendance_lists import find_attendance
from graphbuild.parse.attendance_whole_body import _BODY, _CAME, _WHOLE_BODY_EXCEPT, EXCEPT_WORD

OLD = re.compile(
    rf"[ \t]*(?:(?:hele|alle|samtlige)(?:[ \t]+(?:de[ \t]+)?[a-zæøå-]*(?:medlemmer(?:ne)?|{_BODY}))?|{_BODY})"
    rf"(?:[ \t]+(?:var[ \t]+|er[ \t]+)?{_CAME})?"
    rf"[ \t]*[,–-]?[ \t]*{EXCEPT_WORD}[ \t]*:?[ \t]*(?=(?-i:[A-ZÆØÅ]))",
    re.IGNORECASE,
)


def _span(match: re.Match[str] | None) -> tuple[int, int] | None:
    return None if match is None else match.span()


def test_the_whole_body_but_one_is_read() -> None:
    text = (
        "Referat af MR møde trsdag d. 8. okt. 2019 Kl. 19.30 i Sognehuset.\n\n"
        "Til stede: Hele bestyrelsen  ,  undtagen:  Hans Hansen\n\n1. Temadag om liturgi\nOrientering.\n"
    )
    assert {(row.name, row.status) for row in find_attendance(text)} == {("Hans Hansen", "absent")}
    assert _span(_WHOLE_BODY_EXCEPT.match(" Alle var mødt, undtagen John")) == (0, 25)
    # the near miss: an exception in lower case, no name after it
    assert _WHOLE_BODY_EXCEPT.match(" Alle var mødt, undtagen under punkt 3") is None


def test_the_end_is_the_old_patterns_on_random_texts() -> None:
    pieces = [" ", "  ", "\t", ",", "-", "–", ":", "hele", "Alle", "samtlige", "de", "medlemmer", "bestyrelsen"]
    pieces += ["udvalget", "-udvalget", "var", "er", "mødt", "til stede", "undtagen", "bortset fra", "minus", "Jens"]
    found = 0
    for text in random_texts([*pieces, "x", "\n"], seed=84, count=20_000, most=8):
        for pos in (0, 1):
            old = _span(OLD.match(text, pos))
            assert _span(_WHOLE_BODY_EXCEPT.match(text, pos)) == old, text
            found += old is not None
    pieces = [" ", "hele ", "alle", "bestyrelsen", " var mødt", ", ", "- ", "undtagen ", "minus", ": ", "Jens", " de "]
    for text in random_texts([*pieces, "medlemmerne"], seed=85, count=20_000, most=6):
        old = _span(OLD.match(text))
        assert _span(_WHOLE_BODY_EXCEPT.match(text)) == old, text
        found += old is not None
    assert found > 100


def test_a_long_run_of_blanks_is_read_in_time() -> None:
    assert _WHOLE_BODY_EXCEPT.match("hele" + " " * 50_000 + "," + " " * 50_000 + "x") is None
    assert _WHOLE_BODY_EXCEPT.match(" " * 50_000 + "hele" + " " * 50_000 + "x") is None
    text = "alle" + " " * 50_000 + "undtagen" + " " * 50_000 + ":" + " " * 50_000 + "Jens"
    assert _span(_WHOLE_BODY_EXCEPT.match(text)) == (0, len(text) - 4)

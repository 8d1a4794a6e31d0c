r"""attendance_first_names' end of a first name that is a whole entry ("Til stede: Anette og Pernille. Afbud:
Tonni"): the blanks and stops before its separator read once (``[ \t.]*+``; "og" after ``(?:\.*+[ \t]++)++``, a run
that ends in a blank). As ``[ \t.]*`` beside ``[ \t]+og``, a line of blanks after a first name was shared between them
every way (0.45 s at 4,000 blanks). The separator after the run opens with its first character, so the matches are
the old pattern's (kept here)."""

from __future__ import annotations

import re
from functools import partial

from random_texts import every_start, same_readings

from graphbuild.parse.attendance_first_names import _LONE_NAME_END

OLD = re.compile(
    r"(?:[ \t]*\([^()\n]{1,30}\))?"  # a note in brackets after the name: "Kirsten (ref.)", "Ole (formand)"
    # or a post in lower case after a dash: "Helga - formand, Hans" (as full names' "Helga Blomgreen - formand")
    r"(?:[ \t]+[-–][ \t]+[a-zæøå][a-zæøå.]{2,20}(?:[ \t]+[a-zæøå][a-zæøå.]{1,20}){0,2}"
    r"(?=[ \t]*(?:[,;]|\.?[ \t]*(?:\n|$))|[ \t]+(?:og|samt)[ \t]))?"
    r"(?:[ \t.]*(?:[,;][ \t]*(?P<next>[A-ZÆØÅ][a-zæøå]+)?|[ \t]+(?:og|samt|&)[ \t]|\n|$)|\.[ \t]+(?=[A-ZÆØÅ])"
    # a dash between first names: "Fremmødte: Jens – Karin – Tage"
    r"|[ \t]+[-–][ \t]+(?P<dashed>[A-ZÆØÅ][a-zæøå]+)(?=[ \t]+[-–][ \t]|[ \t]*(?:\n|$)))"
)


def _read(pattern: re.Pattern[str], text: str, pos: int = 0) -> tuple[object, ...] | None:
    found = pattern.match(text, pos)
    return None if found is None else (found.span(), found.groupdict())


def test_a_lone_first_name_before_its_separator_is_read() -> None:
    text = "Til stede: Anette og Pernille. Afbud: Tonni"
    end = text.index("Anette") + len("Anette")
    assert _read(_LONE_NAME_END, text, end) == _read(OLD, text, end) == ((end, end + 4), {"next": None, "dashed": None})
    # the near miss: a last name after the first name
    assert _LONE_NAME_END.match(" Hansen og Pernille") is None


def test_the_matches_are_the_old_patterns_on_random_texts() -> None:
    pieces = [" ", "  ", "\t", "\n", ",", ";", ".", "..", "og", " og ", " samt ", " & ", " - ", "–", "(ref.)", "Karin"]
    pieces += [" formand", "x", "o", " Afbud:"]
    found = same_readings(
        partial(_read, _LONE_NAME_END), partial(_read, OLD), pieces, seed=97, count=6000, most=10, windows=every_start
    )
    assert found > 5000


def test_a_long_line_of_blanks_after_a_first_name_is_read_in_time() -> None:
    assert _LONE_NAME_END.match(" " * 50_000 + "x") is None
    assert _read(_LONE_NAME_END, " " * 50_000 + "og Karin") == ((0, 50_003), {"next": None, "dashed": None})

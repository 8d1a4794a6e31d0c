r"""attendance_labels' tail of a label ("Til stede på mødet var" on a line of its own, or "… var • Borgmester" on a
flattened page): each blank run read once (possessive: what follows each run opens with a letter, a colon, a bullet
or the line's end). As three ``[ \t]*`` side by side, a line of blanks after a label was split every way (500
blanks: 0.2 s, 1,000: 1.8 s, 4,000: minutes). The spans are the old patterns' (kept here) on random texts."""

from __future__ import annotations

import random
import re

from random_texts import match_span

from graphbuild.parse.attendance_labels import _LABEL_TAIL, _LABEL_TAIL_BULLET
from graphbuild.parse.attendance_lists import find_attendance

OLD = re.compile(r"[ \t]*(?:(?:på|ved|under|i)[ \t]+mødet)?(?:[ \t]*\b(?:var|er))?[ \t]*:?[ \t]*(?=\n|$)")
OLD_BULLET = re.compile(r"[ \t]*(?:(?:på|ved|under|i)[ \t]+mødet)?[ \t]*\b(?:var|er)[ \t]*:?(?=[ \t]*[•·][ \t])")
# rsyd-vaekstforum-2006-05-04 (dev-write, shortened)
_DEV = (
    "Til stede på mødet var\n\n • Borgmester Jan Boye (K), Odense Kommune\n"
    " • Rektor Tyge Skovgaard Christensen, CVU Vest Esbjerg\n\n"
)


def test_a_label_going_on_to_the_meeting_is_read() -> None:
    rows = {(a.name, a.status) for a in find_attendance(_DEV)}
    assert {("Jan Boye", "present"), ("Tyge Skovgaard Christensen", "present")} <= rows
    # the near miss: a label that goes on in prose is no list
    assert find_attendance("Til stede på mødet var også en journalist fra avisen.\n") == []


def test_the_spans_are_the_old_patterns_on_random_texts() -> None:
    pieces = [" ", "  ", "\t", "\n", ":", "på", "i", "ved", " mødet", "mødet", "var", "er", "vare", "•", "·", " • "]
    pieces += ["x", "stede"]
    rng = random.Random(83)
    found = 0
    for old, new in ((OLD, _LABEL_TAIL), (OLD_BULLET, _LABEL_TAIL_BULLET)):
        for _ in range(10_000):
            text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 9)))
            line_end = text.find("\n") if "\n" in text else len(text)
            for pos in range(min(len(text), 2) + 1):
                for end in {len(text), max(pos, line_end)}:
                    expected = match_span(old, text, pos, end)
                    assert match_span(new, text, pos, end) == expected, (text, pos, end)
                    found += expected is not None
    assert found > 5000


def test_a_long_line_of_blanks_after_a_label_is_read_in_time() -> None:
    assert _LABEL_TAIL.match(" " * 50_000 + "x") is None
    assert _LABEL_TAIL.match(" " * 50_000 + "var" + " " * 50_000 + "\n") is not None
    assert _LABEL_TAIL_BULLET.match(" " * 50_000 + "var" + " " * 50_000 + "x") is None
    assert _LABEL_TAIL_BULLET.match(" var" + " " * 50_000 + "• x") is not None

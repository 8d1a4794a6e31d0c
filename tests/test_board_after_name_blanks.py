r"""role_boards' board named right after a name ("Jacob Christensen, FKB s bestyrelse"): each blank run read once
(possessive runs; an owner and a bracket open with their first character, a comma after ``[ \t]*+``). As
``[ \t]*,?[ \t]+``, a run of blanks after a name was split every way (its 100-character window kept it short). The
spans and groups its caller reads are the old pattern's (kept here) on random texts."""

from __future__ import annotations

import re
from functools import partial
from pathlib import Path

from random_texts import same_readings
from text_facts import role_pairs_of_text

from graphbuild.extract.role_boards import BOARD_AFTER_NAME
from graphbuild.extract.role_patterns import owner_words

OLD = re.compile(
    rf"(?:[ \t]*\([^()\n]{{1,40}}\))?[ \t]*,?[ \t]+(?P<owner>{owner_words(3)})"
    r"(?:s|(?<=[A-ZÆØÅ])[ \t]s)[ \t]+(?P<board>(?i:bestyrelse|repræsentantskab))(?![\wæøå])"
)
# fkb-brs-udvalget-for-forebyggelse-2013-06-26 (dev-write), a PDF's text layer
_DEV = (
    "Udvalget for Forebyggelse\n\nBirkerød Deltagere Jacob Christensen, FKB s bestyrelse Flemming Nygaard-Jørgensen, "
    "FKB s bestyrelse Lars Bønding, FKB, kreds 2 Erik Skallerup, FKB, kreds 3\n"
)

Spans = tuple[tuple[int, int], ...] | None


def _spans(pattern: re.Pattern[str], text: str, pos: int) -> Spans:
    found = pattern.match(text, pos)
    return None if found is None else (found.span(), found.span("owner"), found.span("board"))


def test_the_board_after_a_name_is_read(tmp_path: Path) -> None:
    found = role_pairs_of_text(tmp_path, _DEV)
    assert ("Jacob Christensen", "bestyrelsesmedlem") in found
    assert ("Flemming Nygaard-Jørgensen", "bestyrelsesmedlem") in found
    # the near miss: a board after a word that names no owner
    near = _DEV.replace("FKB s bestyrelse", "formand for bestyrelse")
    assert not {role for _, role in role_pairs_of_text(tmp_path, near)} & {"bestyrelsesmedlem"}


def test_the_spans_are_the_old_patterns_on_random_texts() -> None:
    pieces = [" ", "  ", "\t", "\n", ",", "Movias", "Movia", "FKB", "s", " s ", "bestyrelse", "repræsentantskab"]
    pieces += ["(V)", "(", ")", "x", "KL", "Bestyrelse", "Aarhus", "'s", " Movias bestyrelse", ", FKB s bestyrelse"]
    found = same_readings(
        partial(_spans, BOARD_AFTER_NAME),
        partial(_spans, OLD),
        pieces,
        seed=41,
        count=30_000,
        most=8,
        windows=lambda text: [(0,), (1,)],
    )
    assert found > 1000


def test_a_long_run_of_blanks_after_a_name_is_read_in_time() -> None:
    assert BOARD_AFTER_NAME.match(" " * 50_000 + "x") is None
    assert BOARD_AFTER_NAME.match("," + " " * 50_000 + "x") is None
    found = BOARD_AFTER_NAME.match(" " * 50_000 + "," + " " * 50_000 + "Movias bestyrelse")
    assert found is not None and found["owner"] == "Movia"

r"""attendance_stacked's run of labels after a label ("Mødested: Afbud fra: Fraværende: Mødedeltagere:"): the blanks
before and after a line break read once each (``[ \t]*+(?:\n[ \t]*+)?``). As ``[ \t]*\n?[ \t]*``, two runs side by
side, a line of blanks after a label was shared between them every way (0.042 s at 1,000 blanks, 0.69 s at 4,000).
The runs are the old pattern's."""

from __future__ import annotations

import re
from functools import partial

from random_texts import every_start, same_readings

from graphbuild.parse.attendance_stacked import _LABEL_RUN, _LABEL_WORDS_ONE

OLD = re.compile(rf"(?:[ \t]*\n?[ \t]*{_LABEL_WORDS_ONE}\.?:)+[ \t]*\n?[ \t]*")


def _run(pattern: re.Pattern[str], text: str, pos: int = 0) -> str | None:
    found = pattern.match(text, pos)
    return found.group(0) if found else None


def test_a_run_of_labels_is_read_to_its_values() -> None:
    text = "Mødested: Afbud fra:\nFraværende: Mødedeltagere: Rådhuset Ingen. A, B, C"
    assert _run(_LABEL_RUN, text, 9) == _run(OLD, text, 9) == " Afbud fra:\nFraværende: Mødedeltagere: "
    # the near miss: a place after the label is no label
    assert _run(_LABEL_RUN, "Mødested: Rådhuset, Afbud:", 9) is None


def test_the_runs_are_the_old_patterns_on_random_texts() -> None:
    pieces = [" ", "\t", "\n", "Afbud:", "Mødested.:", "DELTAGERE:", "FRA VÆRENDE:", "Afbud fra:", "x", ":", "Ab"]
    found = same_readings(
        partial(_run, _LABEL_RUN), partial(_run, OLD), pieces, seed=79, count=20000, most=8, windows=every_start
    )
    assert found > 10000


def test_a_long_line_of_blanks_after_a_label_is_read_in_time() -> None:
    assert _LABEL_RUN.match(" " * 50_000 + "x") is None
    assert _run(_LABEL_RUN, " " * 50_000 + "Afbud:") == " " * 50_000 + "Afbud:"

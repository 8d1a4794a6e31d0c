"""The one who came instead, said before the name after a comma ("Afbud: A, i stedet deltager B", "Afbud: Kurt Munck,
suppleant Martin Hillerup deltog", dev-write affaldplus), when a flattened line runs the next entry's name on after the
stand-in's: a first name after a surname inside the run cuts it, as it does after "stedfortræder for"
(tests/test_attendance_stand_in_run_on.py); the stand-in is the first name, the next entry keeps the list's status
(issue 12 item 3, issue 13 item 1). No dev-write document prints the run-on form; the generator's flattened variant
does. A run with no such cut stays one name."""

from __future__ import annotations

import pytest

from graphbuild.parse.attendance_lists import find_attendance

A, S = "absent", "substitute"
_HEAD = "Referat\nBestyrelsen\nMødedato: 1. december 2023\n"


def _rows(text: str) -> set[tuple[str, str, str | None]]:
    return {(r.name, r.status, r.for_) for r in find_attendance(_HEAD + text)}


def test_the_next_entrys_name_run_on_after_the_stand_in() -> None:
    # the flattened variant of benchmarks.generate (seed 7, 000122_dassos_2023-12-01.txt): each entry was a line
    rows = _rows(
        "Afbud: Thomas Qvist Frank, i stedet deltager Karin Kirk Malene Bjerregaard, i stedet deltager Ernst Sonne\n"
    )
    assert rows == {
        ("Thomas Qvist Frank", A, None),
        ("Karin Kirk", S, "Thomas Qvist Frank"),
        ("Malene Bjerregaard", A, None),
        ("Ernst Sonne", S, "Malene Bjerregaard"),
    }


def test_a_stand_in_of_one_name_is_read_as_before() -> None:
    # affaldplus-bestyrelsen-2016-01-29 (AffaldPlus I/S)
    rows = _rows("Afbud: Kurt Munck, suppleant Martin Hillerup deltog\n")
    assert rows == {("Kurt Munck", A, None), ("Martin Hillerup", S, "Kurt Munck")}


@pytest.mark.parametrize("stand_in", ["Anne Marie Holm Jensen", "Hans Christian Bo Jensen"])
def test_first_names_together_stay_one_name(stand_in: str) -> None:
    rows = _rows(f"Afbud: Thomas Qvist Frank, i stedet deltager {stand_in}\n")
    assert (stand_in, S, "Thomas Qvist Frank") in rows
    assert len(rows) == 2

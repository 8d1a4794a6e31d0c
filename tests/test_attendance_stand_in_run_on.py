"""Whom a stand-in came for, when a flattened line runs the next entry's name on after the member's ("…,
stedfortræder for Erik Mikkelsen Bo Jensen, Sorø Kommune"): a first name after a surname inside the run cuts it,
the member is the first name and the next entry keeps the list's status (issue 13, item 1; "stedfortræder for X"
in a list is printed by eleven dev-write publishers, e.g. gribskov, dragoer, kk). A run with no such cut ("Anne
Marie Holm Jensen", "Hans Christian Bo Jensen": the first names together) stays one name."""

from __future__ import annotations

import pytest

from graphbuild.parse.attendance_lists import find_attendance

P, A, S = "present", "absent", "substitute"
_HEAD = "Referat\nByrådet\nMødedato: 12. marts 2020\n"


def _rows(text: str) -> set[tuple[str, str, str | None]]:
    return {(r.name, r.status, r.for_) for r in find_attendance(_HEAD + text)}


@pytest.mark.parametrize(
    "line",
    [
        "Deltagere: Anne Holm, Holbæk Kommune, Frank Olsen, Kalundborg Kommune, stedfortræder for Erik Mikkelsen "
        "Bo Jensen, Sorø Kommune\n",
        "Deltagere: Anne Holm, Frank Olsen, stedfortræder for Erik Mikkelsen Bo Jensen, Carl Nielsen\n",
        "Deltagere: Anne Holm, Frank Olsen (suppleant for Erik Mikkelsen) Bo Jensen, Carl Nielsen\n",
    ],
)
def test_the_next_entrys_name_run_on_after_the_member(line: str) -> None:
    rows = _rows(line)
    assert {("Frank Olsen", S, "Erik Mikkelsen"), ("Erik Mikkelsen", A, None), ("Bo Jensen", P, None)} <= rows
    assert not any("Mikkelsen Bo" in name for name, _, _ in rows)


@pytest.mark.parametrize("member", ["Anne Marie Holm Jensen", "Hans Christian Bo Jensen"])
def test_first_names_together_stay_one_name(member: str) -> None:
    rows = _rows(f"Deltagere: Anne Holm, Frank Olsen, stedfortræder for {member}, Carl Nielsen\n")
    assert {("Frank Olsen", S, member), (member, A, None)} <= rows

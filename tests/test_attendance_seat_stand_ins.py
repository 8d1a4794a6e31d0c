"""Who stood in for whom where an entry names the deputy's seat before its word, "(1. suppleant for X)",
"(personlig stedfortræder for X)" (the ordinal seat dev-write prints in many publishers' texts: "1. stedfortræder på
liste V", "1. suppleant Thomas Bryde-Procida var indkaldt"), or says the member was summoned for another, "(indkaldt
for X)" (graphbuild/parse/attendance_stand_ins.py). The cases quote gentofte-kommunalbestyrelsen-2015-08-31's
list (shortened), the stand-in's note as other publishers print it; the near misses keep a summons for an item and
the seat named with no member."""

from __future__ import annotations

import pytest

from graphbuild.parse.attendance_lists import find_attendance

P, A, S = "present", "absent", "substitute"

_GENTOFTE = (
    "Referat Kommunalbestyrelsen 31. august 2015\nDeltagere: Louise Feilberg Levy (C), Poul V. Jensen (C), Gitte H. "
    "Terndrup (C) ({note})\n\n1. Meddelelser\n"
)


def _rows(text: str) -> set[tuple[str, str, str | None]]:
    return {(row.name, row.status, row.for_) for row in find_attendance(text)}


@pytest.mark.parametrize(
    "note",
    ["1. suppleant for Anne Hjorth", "2. stedfortræder for Anne Hjorth", "personlig stedfortræder for Anne Hjorth"],
)
def test_the_deputys_seat_before_its_word(note: str) -> None:
    rows = _rows(_GENTOFTE.format(note=note))
    assert {("Gitte H. Terndrup", S, "Anne Hjorth"), ("Anne Hjorth", A, None)} <= rows


def test_summoned_for_an_absent_member() -> None:
    rows = _rows(_GENTOFTE.format(note="indkaldt for Anne Hjorth (C)"))
    assert {("Gitte H. Terndrup", S, "Anne Hjorth"), ("Anne Hjorth", A, None)} <= rows


def test_summoned_for_an_item_is_no_stand_in() -> None:
    # near miss: what follows "for" is no one's name
    rows = _rows(_GENTOFTE.format(note="indkaldt for punkt 3"))
    assert ("Gitte H. Terndrup", P, None) in rows
    assert not any(status == A for _, status, _ in rows)


def test_the_seat_with_no_member_named() -> None:
    # near miss: "1. suppleant" alone names the seat, no one stood in for
    rows = _rows(_GENTOFTE.format(note="1. suppleant"))
    assert not any(status == A for _, status, _ in rows)

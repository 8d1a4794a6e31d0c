"""A list entry whose name (and party) fills its piece, nothing after it (nine entries in ten on the corpora), is
read without asking the readers of what follows a name: each of them finds nothing in an empty rest, which these
tests hold them to, so ``attendance_entries._after_bare_name`` and ``person_entry``'s shortcut give the rows the
whole sequence gave (speed work, no change of output)."""

from __future__ import annotations

import pytest

from graphbuild.parse import attendance_entries, attendance_stand_ins
from graphbuild.parse.attendance_absent_hours import came_for_part
from graphbuild.parse.attendance_entries import read_list
from graphbuild.parse.attendance_entry_lines import REASON_REST
from graphbuild.parse.attendance_names import NameHit
from graphbuild.parse.attendance_note_ends import note_before_heading
from graphbuild.parse.attendance_rows import Row
from graphbuild.parse.attendance_run_on import is_prose, next_entry_run_on


def test_no_reader_of_a_names_rest_finds_anything_in_an_empty_rest() -> None:
    hit = NameHit("Anne Hansen", 0, 11, party="A", rest_start=15)
    for status in ("present", "absent", "substitute"):
        rows: list[Row] = []
        assert next_entry_run_on("", hit, status, rows) is None
        assert rows == []
    assert not came_for_part("")
    assert not is_prose("")
    assert note_before_heading("") is None
    assert REASON_REST.fullmatch("") is None
    for name in ("SOME_ITEMS", "_ITEMS_RUN_ON", "_PART_OF_MEETING_REST", "_BRACKETED_STAND_IN"):
        assert getattr(attendance_entries, name).match("") is None, name
    assert attendance_entries._BRACKETED_REST.fullmatch("") is None
    assert attendance_stand_ins.STANDS_IN_REST.search("") is None
    for name in ("ROLE_REST", "ABSENT_REST", "ABSENT_THEN_SUB_REST", "_SUB_FOR_REST", "_FOR_REST", "_CAME_AS_SUB"):
        assert getattr(attendance_stand_ins, name).match("") is None, name
    assert attendance_stand_ins.SUB_IN_REST.search("") is None
    assert attendance_stand_ins._NEXT_NAME.match("") is None
    assert attendance_stand_ins._SUB_MARK_REST.match("") is None
    for name in ("_SUB_WORD_REST", "_CALLED_IN_REST"):
        assert getattr(attendance_stand_ins, name).fullmatch("") is None, name


def _rows(text: str, status: str) -> list[tuple[str, str, str | None, str | None]]:
    start = text.index(":") + 1
    return [(r.name, r.status, r.party, r.for_) for r in read_list(text, start, len(text), status, [])]  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "status", "expected"),
    [
        # every entry bare: its name and party fill the piece
        (
            "Deltagere: Anne Hansen (A), Bo Berg (V), Carl Lund\n",
            "present",
            [
                ("Anne Hansen", "present", "A", None),
                ("Bo Berg", "present", "V", None),
                ("Carl Lund", "present", None, None),
            ],
        ),
        # a bare entry after one with a rest: the stand-in read from the rest, the bare one the list's
        (
            "Afbud: Jens Hansen (stedfortræder: Per B. Andersen), Lis Holm (C)\n",
            "absent",
            [
                ("Jens Hansen", "absent", None, None),
                ("Per B. Andersen", "substitute", None, "Jens Hansen"),
                ("Lis Holm", "absent", "C", None),
            ],
        ),
        # the near miss: a rest that says more ("afbud") is still read by the readers of what follows a name
        (
            "Medlemmer: Lise Jensen (V), næstformand, afbud, Ole Berg (A)\n",
            "present",
            [("Lise Jensen", "absent", "V", None), ("Ole Berg", "present", "A", None)],
        ),
    ],
)
def test_bare_entries_read_as_the_list_says(
    text: str, status: str, expected: list[tuple[str, str, str | None, str | None]]
) -> None:
    assert _rows(text, status) == expected


def test_a_lone_first_names_word_is_read_only_in_a_list_of_first_names(monkeypatch: pytest.MonkeyPatch) -> None:
    # lone_first_name asks whether the list so far is one of first names before it reads the piece's first name
    from graphbuild.parse import attendance_first_names

    read: list[int] = []
    first_name_of = attendance_first_names.first_name_of
    monkeypatch.setattr(
        attendance_first_names, "first_name_of", lambda t, s, e: read.append(s) or first_name_of(t, s, e)
    )
    assert _rows("Til stede: Anette, Pernille og Anders\n", "present") == [
        ("Anette", "present", None, None),
        ("Pernille", "present", None, None),
        ("Anders", "present", None, None),
    ]
    assert read
    read.clear()
    # the near miss: after a full name a lone word is no first name's entry, and its word is not read
    text = "Afbud: Ole Berg, Nyborg\n"
    assert _rows(text, "absent") == [("Ole Berg", "absent", None, None)]
    assert text.index("Nyborg") not in read

"""An absence label with a full stop where its colon goes, names after it on its line (issue 13, item 1): "Afbud.
Karen Juul" heads a list of the absent. Before it read as the status of the entry above ("Ole Berg\nAfbud." in a
column of names and statuses), marking the last one present absent and dropping the one named. Made-up minutes (no
dev-write publisher prints the form; a held-out probe found it); the entry's own status line stays read."""

from __future__ import annotations

from graphbuild.parse.attendance_lists import find_attendance

_HEAD = "Referat af bestyrelsesmøde den 3. marts 2022\n\n"
_TAIL = "\n\n1. Godkendelse af dagsorden\nGodkendt.\n"


def _rows(block: str) -> set[tuple[str, str]]:
    return {(row.name, row.status) for row in find_attendance(_HEAD + block + _TAIL)}


def test_full_stop_label_heads_the_absent() -> None:
    assert _rows("Deltagere: Jens Hansen, Ole Berg\nAfbud. Karen Juul og Lis Holm") == {
        ("Jens Hansen", "present"),
        ("Ole Berg", "present"),
        ("Karen Juul", "absent"),
        ("Lis Holm", "absent"),
    }


def test_status_line_under_an_entry_stays_the_entry_s() -> None:
    assert _rows("Deltagere: Jens Hansen\nAfbud.") == {("Jens Hansen", "absent")}


def test_full_stop_before_a_sentence_heads_no_list() -> None:
    rows = _rows("Deltagere: Jens Hansen, Ole Berg\nAfbud. Der var ingen afbud.")
    assert ("Der", "absent") not in rows
    assert ("Jens Hansen", "present") in rows


def test_colon_only_label_with_a_full_stop_heads_no_list() -> None:
    assert ("Karen Juul", "absent") not in _rows("Deltagere: Jens Hansen\nManglende. Karen Juul")

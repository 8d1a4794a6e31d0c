"""Attendance labels in plain Danish a secretary writes (issue 13, item 1): "Mødt op:", "Afmeldt:", "Afmeldte:",
"Manglende:" head a list with their colon right after them, and "Til stede i dag:" says the meeting as "Til stede på
mødet:" does. Made-up minutes (no dev-write publisher prints these labels; a held-out probe found them unread), with
near misses that must head no list."""

from __future__ import annotations

import pytest

from graphbuild.parse.attendance_lists import find_attendance

_HEAD = "Referat af bestyrelsesmøde den 3. marts 2022\n\n"
_TAIL = "\n\n1. Godkendelse af dagsorden\nGodkendt.\n"


def _rows(block: str) -> set[tuple[str, str]]:
    return {(row.name, row.status) for row in find_attendance(_HEAD + block + _TAIL)}


@pytest.mark.parametrize(
    ("block", "expected"),
    [
        ("Mødt op: Jens Hansen, Mette Larsen", {("Jens Hansen", "present"), ("Mette Larsen", "present")}),
        (
            "Til stede i dag: Jens Hansen, Mette Larsen\nAfbud: Karen Juul",
            {("Jens Hansen", "present"), ("Mette Larsen", "present"), ("Karen Juul", "absent")},
        ),
        ("Deltagere: Jens Hansen\nAfmeldt: Karen Juul", {("Jens Hansen", "present"), ("Karen Juul", "absent")}),
        ("Deltagere: Jens Hansen\nAfmeldte: Karen Juul", {("Jens Hansen", "present"), ("Karen Juul", "absent")}),
        ("Deltagere: Jens Hansen\nManglende: Karen Juul", {("Jens Hansen", "present"), ("Karen Juul", "absent")}),
    ],
)
def test_plain_label_heads_a_list(block: str, expected: set[tuple[str, str]]) -> None:
    assert _rows(block) == expected


@pytest.mark.parametrize(
    "block",
    [
        "Deltagere: Jens Hansen\nManglende bilag: Notat fra Karen Juul",
        "Deltagere: Jens Hansen\nAfmeldt arrangement: Foredrag med Karen Juul",
        "Deltagere: Jens Hansen\nKaren Juul var mødt op kl. 17 og manglende svar fra Ole Berg blev drøftet.",
    ],
)
def test_plain_label_words_with_more_before_the_colon_head_no_list(block: str) -> None:
    assert _rows(block) == {("Jens Hansen", "present")}

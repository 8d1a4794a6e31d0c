"""A body's name after "Fra" on its line ("Fra Byrådet:") heads one group of the list above it, no member list of its
own (graphbuild/parse/attendance_labels.py): before, "Fraværende:" over "Fra Byrådet: Karen Juul" and "Fra
administrationen: Jens Lund" read "Byrådet:" as the council's member list, so both absentees were present. Group
headings after "Fra" are in the form dev-write prints ("Fra Velfærdsforvaltningen:", "Fra forvaltningen:", "Fra
Kommunerne:", "Fra venstre:" in koege-udsatteraadet-2022-08-29, dragoer-aeldreraadet-2018-12-14,
portefoeljestyregruppen-nordjylland-29-10, uudanmark-news-vejledernyt-bestyrelsen-2010-08-20); the near misses keep a
body's member list with no "Fra" before it and the groups of a list of those present."""

from __future__ import annotations

from snippet_attendance import attendance_statuses

ITEMS = "\n\n1. Godkendelse af dagsorden\n\nGodkendt.\n\n2. Budget\n\nGodkendt.\n"
HEADER = "Referat\nØkonomiudvalget\nmandag den 4. marts 2024 kl. 16.00\n"


def _rows(text: str) -> dict[str, str]:
    return attendance_statuses(HEADER + text + ITEMS)


def test_a_group_from_the_council_under_the_absent_is_absent() -> None:
    rows = _rows("Deltagere: Ole Berg, Lis Holm\nFraværende:\nFra Byrådet: Karen Juul\nFra administrationen: Jens Lund")
    assert rows == {"Ole Berg": "present", "Lis Holm": "present", "Karen Juul": "absent", "Jens Lund": "absent"}


def test_a_group_from_the_board_under_the_absent_is_absent() -> None:
    rows = _rows("Deltagere: Ole Berg, Lis Holm\nFraværende:\nFra bestyrelsen: Karen Juul")
    assert rows["Karen Juul"] == "absent"


def test_groups_of_those_present_stay_present() -> None:
    # near miss: the groups under a list of those present
    rows = _rows("Til stede:\nFra Byrådet: Ole Berg, Lis Holm\nFra administrationen: Jens Lund\nFraværende: Karen Juul")
    assert rows == {"Ole Berg": "present", "Lis Holm": "present", "Jens Lund": "present", "Karen Juul": "absent"}


def test_a_bodys_member_list_stays() -> None:
    # near miss: no "Fra" before the body's name, its member list
    rows = _rows("Byrådet: Ole Berg, Lis Holm\nFraværende: Karen Juul")
    assert rows == {"Ole Berg": "present", "Lis Holm": "present", "Karen Juul": "absent"}

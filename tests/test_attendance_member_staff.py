"""A member list that runs on through a group of the administration's staff (issue 13, item 1): "Medlemmer:" over
the members, then "Fra administrationen:" (or a named forvaltning, "Sekretariatet:") over staff who came. The staff
are present but no members: the member label's `medlem` stops at their heading. Variants of dev-write header lists
(rudersdal-oekonomiudvalget-2012-05-23: "Medlemmer Erik Fabrin (V), Jens Ive (V) …" over "Fra forvaltningen Bjarne
Pedersen, …"; odm-bestyrelse-2011-10-13: "Fra sekretariatet: Nils M. Jensen og Lene Larsen"); the near miss is a
member list grouped by where its members come from ("Fra Byrådet:", "Fra Ældrerådet:"), whose groups stay members."""

from __future__ import annotations

from pathlib import Path

import pytest
from text_facts import role_pairs_of_text

from graphbuild.parse.attendance_lists import find_attendance
from graphbuild.parse.attendance_member_staff import first_staff_group

_HEAD = "Referat\nØkonomiudvalget\nMødedato: 23. maj 2012\n\n"
_TAIL = "\n\nAfbud: Vibeke Peschardt\n\n1. Godkendelse af dagsorden\nGodkendt.\n"


@pytest.mark.parametrize(
    "staff",
    [
        "Fra forvaltningen:\nBjarne Pedersen\nIben Koch",
        "Fra administrationen: Bjarne Pedersen, Iben Koch",
        "Fra Teknik- og Miljøforvaltningen:\nBjarne Pedersen\nIben Koch",
        "Sekretariatet: Bjarne Pedersen og Iben Koch",
    ],
)
def test_staff_after_their_heading_in_a_member_list_are_present_but_no_members(tmp_path: Path, staff: str) -> None:
    text = _HEAD + "Medlemmer:\nErik Fabrin (V)\nJens Ive (V)\n" + staff + _TAIL
    rows = {row.name: row for row in find_attendance(text)}
    assert rows["Bjarne Pedersen"].status == "present"
    assert rows["Bjarne Pedersen"].role != "medlem"
    assert rows["Erik Fabrin"].role == "medlem"
    pairs = role_pairs_of_text(tmp_path, text)
    assert ("Erik Fabrin", "medlem") in pairs
    assert ("Bjarne Pedersen", "medlem") not in pairs
    assert ("Iben Koch", "medlem") not in pairs


def test_a_member_list_grouped_by_where_the_members_come_from_keeps_them_members(tmp_path: Path) -> None:
    text = _HEAD + "Medlemmer:\nFra Byrådet:\nErik Fabrin (V)\nJens Ive (V)\nFra Ældrerådet:\nBjarne Pedersen\n" + _TAIL
    assert first_staff_group(text, 0, len(text)) is None
    pairs = role_pairs_of_text(tmp_path, text)
    assert {("Erik Fabrin", "medlem"), ("Bjarne Pedersen", "medlem")} <= pairs

"""One order of a meeting's item numbers (graphbuild.vocab.item_order), shared by the eDoc portal's reader, the
merged attendance's missed items and a meeting page: by the digits as numbers, a letter after its number, numbers
printed with no digit after every numbered one, a repeat after its first, unnumbered items by their place."""

from __future__ import annotations

import random

from graphbuild.parse.attendance_merge import one_row_per_person
from graphbuild.parse.attendance_rows import Row
from graphbuild.serve.graphdata import item_order
from graphbuild.sources.edoc import read_meeting
from graphbuild.vocab.ids import item_id, item_keys
from graphbuild.vocab.item_order import item_number_key

STATED = ["1", "1~2", "1.2", "1.10", "2", "02", "2a", "2b", "10", "", "~2", "~3", "A", "~10"]


def test_the_stated_order() -> None:
    assert sorted(["", "~3", "2a", "10", "2"], key=item_number_key) == ["2", "2a", "10", "", "~3"]
    shuffled = STATED[:]
    for seed in range(20):
        random.Random(seed).shuffle(shuffled)
        assert sorted(shuffled, key=item_number_key) == ["1", "1~2", "1.2", "1.10", "02", "2", "2a", "2b", "10", "",
                                                        "~2", "~3", "~10", "A"]  # fmt: skip


def test_a_tilde_not_before_a_place_is_part_of_the_number() -> None:
    assert item_number_key("3~x") == (False, ((3, "~x"),), "3~x", 0)
    assert item_number_key("~") == (True, (), "~", 0)


def test_a_meeting_page_orders_its_items_by_their_keys() -> None:
    numbers = ["10", "2", "2a", "1", "1", "", ""]
    ids = [item_id("doc", key) for key in item_keys(numbers)]
    rows = sorted(zip(numbers, ids, strict=True), key=lambda row: item_order(*row))
    assert [row[1].rpartition(":")[2] for row in rows] == ["1", "1~2", "2", "2a", "10", "~1", "~2"]


def test_the_edoc_portal_lists_a_lettered_item_after_its_number() -> None:
    import xml.etree.ElementTree as ET

    items = "".join(
        f"<MeetingAgendaItem><AgendaItemNumber>{n}</AgendaItemNumber><Document><Title>Sag {n}</Title></Document>"
        "</MeetingAgendaItem>"
        for n in ("10", "2a", "3", "2")
    )
    root = ET.fromstring(
        "<Meeting><Committee>Byrådet</Committee><MeetingDate>2020-01-02T17:00:00</MeetingDate>"
        "<MeetingState>Referat</MeetingState><MeetingAgendaTypes><MeetingAgendaType><AgendaType>Åben</AgendaType>"
        f"<MeetingAgendaItems>{items}</MeetingAgendaItems></MeetingAgendaType></MeetingAgendaTypes></Meeting>"
    )
    assert [item.number for item in read_meeting(root).items] == ["2", "2a", "3", "10"]


def test_a_member_s_missed_items_are_listed_in_the_same_order() -> None:
    rows = [Row("Anne Holm", "present", 0, 9, absent_items=["12", "3b", "3"], per_item=True)]
    merged = one_row_per_person(rows)
    assert [a.absent_items for a in merged] == [["3", "3b", "12"]]

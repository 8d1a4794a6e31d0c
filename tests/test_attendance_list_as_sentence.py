"""An absence label whose names are the subject of a sentence that says they missed this item ("Fraværende: A og B
deltog ikke i behandlingen af punktet."): the same mention read by the list and by the sentence is the sentence's,
both away from this item only."""

from __future__ import annotations

from text_facts import meeting_of_text

_HEAD = "Plan & Kulturudvalget - 27-08-2019\n\nReferat\nDato:\nTirsdag, 27 august, 2019 - 16:00\nHent som fil:\n"
_NEXT = "\n\n\n105. Budgetopfølgning pr. 31. maj 2019\n\nSagsfremstilling\n\nBudgettet følges.\n"


def _rows(item_text: str) -> dict[str, tuple[str, list[str]]]:
    return {row.name: (row.status, row.absent_items) for row in meeting_of_text(_HEAD + item_text + _NEXT).attendance}


def test_the_names_of_an_absence_label_that_open_an_items_sentence_missed_that_item() -> None:
    # faxe-plan-kulturudvalget-2019-08-27
    text = (
        "104. Godkendelse af dagsorden\n\nØkonomi\n\nSagen afgøres af\n\nPlan & Kulturudvalget.\n\nBeslutning\n\n"
        "Godkendt.\n\n\nFraværende: Michael Christensen (C) og Henrik Rützou Aakast (V) deltog ikke i behandlingen af "
        "punktet."
    )
    rows = _rows(text)
    assert rows["Michael Christensen"] == ("present", ["104"])
    assert rows["Henrik Rützou Aakast"] == ("present", ["104"])


def test_a_list_entry_named_again_in_a_later_sentence_stays_absent() -> None:
    # near miss: the list names Ole Berg absent, a sentence of its own names someone else for the item
    text = (
        "104. Godkendelse af dagsorden\n\nFraværende: Ole Berg (A)\n\nBeslutning\n\nGodkendt.\n\n"
        "Lis Holm (V) deltog ikke i behandlingen af punktet."
    )
    rows = _rows(text)
    assert rows["Ole Berg"] == ("absent", [])
    assert rows["Lis Holm"] == ("present", ["104"])

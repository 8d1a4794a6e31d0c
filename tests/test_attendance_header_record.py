"""The header's own field of attendance ("Fraværende:", "Afbud", "Deltog") that makes a member list in minutes
attendance is looked for before the first item only: a word of absence in an item's text ("Karen Juul var fraværende
ved sidste møde", "Ole Berg var forhindret i at deltage i KL's konference") records nothing of this meeting, so the
members stay summoned (tests/realworld/README.md, field `attendance`). Before, the field was looked for in the first
4,000 characters, items included, and a short document's item text turned the whole member list into rows of those
present. Layout as tests/test_attendance_summoned_members.py (names paraphrased); the near misses keep the header's
empty field and an item's "Alle var mødt"."""

from __future__ import annotations

import pytest
from snippet_attendance import BOARD_MEMBERS, news_item_attendance


@pytest.mark.parametrize(
    "item_text",
    [
        "Formanden orienterede om, at Karen Juul var fraværende ved sidste møde.",
        "Ole Berg var forhindret i at deltage i KL's konference.",
        "Der var afbud fra flere skoler til julekoncerten.",
    ],
)
def test_a_word_of_absence_in_an_item_records_no_attendance(item_text: str) -> None:
    assert news_item_attendance(BOARD_MEMBERS, item_text) == {}


def test_the_headers_empty_field_still_records_attendance() -> None:
    # near miss: "Fraværende:" in the header, empty: every member came
    attended = news_item_attendance(
        BOARD_MEMBERS + "Fraværende:\n", "Ole Berg var forhindret i at deltage i KL's konference."
    )
    assert attended.get("Lis Holm") == "present"


def test_all_came_in_an_item_still_records_attendance() -> None:
    # near miss: "Alle var mødt" anywhere says who came
    assert news_item_attendance(BOARD_MEMBERS, "Alle var mødt.").get("Per Bak") == "present"

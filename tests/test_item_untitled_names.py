"""An item whose heading the text lost (number and title both empty): its key in its meeting and the name a reader
sees (vocab/ids), so its id, the graph's node and the site's pages hold it apart from the meeting's other items."""

from __future__ import annotations

import pytest

from graphbuild.vocab import ids


@pytest.mark.parametrize(
    ("numbers", "keys"),
    [
        (["", "", ""], ["~1", "~2", "~3"]),
        (["", "4", ""], ["~1", "4", "~2"]),
        (["1", "2"], ["1", "2"]),  # a numbered item keeps its number as its key
    ],
)
def test_an_item_with_no_number_is_keyed_by_its_place_among_those(numbers: list[str], keys: list[str]) -> None:
    assert ids.item_keys(numbers) == keys


def test_an_untitled_item_is_named_by_its_case_number() -> None:
    assert ids.item_name("", "", ["22/32061"]) == "(no title, case 22/32061)"
    assert ids.item_name("", "", []) == "(no title)"


def test_a_numbered_or_titled_item_keeps_its_name() -> None:
    assert ids.item_name("4", "Budget 2024", ["22/32061"]) == "4. Budget 2024"
    assert ids.item_name("80", "", []) == "80. "

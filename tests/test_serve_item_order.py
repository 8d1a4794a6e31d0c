"""A meeting page lists its items in document order: by number, and items printed with no number (their heading
lost, keyed "~1", "~2", … in their meeting) or a repeated number ("1", "1~2") by their place among those — "~10"
after "~2", not between "~1" and "~2" as strings sort."""

from __future__ import annotations

from graphbuild.serve.graphdata import item_order
from graphbuild.vocab.ids import item_id, item_keys


def _ordered(numbers: list[str]) -> list[str]:
    ids = [item_id("doc", key) for key in item_keys(numbers)]
    rows = sorted(zip(numbers, ids, strict=True), key=lambda row: item_order(*row), reverse=True)  # any start order
    return [row[1].rpartition(":")[2] for row in sorted(rows, key=lambda row: item_order(*row))]


def test_items_with_no_number_keep_their_place_among_themselves() -> None:
    assert _ordered([""] * 11) == ["~1", "~2", "~3", "~4", "~5", "~6", "~7", "~8", "~9", "~10", "~11"]


def test_numbered_items_sort_by_number_and_a_repeated_number_by_its_place() -> None:
    assert _ordered(["10", "2", "1", "1", "1"]) == ["1", "1~2", "1~3", "2", "10"]

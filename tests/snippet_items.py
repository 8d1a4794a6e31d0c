"""The agenda items the parse stage finds in a snippet of minutes: the item tests' shared reading."""

from graphbuild.parse.items import find_items
from graphbuild.parse.lines import split_lines


def item_numbers(text: str) -> list[str]:
    items, _ = find_items(text, split_lines(text))
    return [item.number for item in items]


def item_titles(text: str) -> list[str]:
    items, _ = find_items(text, split_lines(text))
    return [item.title for item in items]

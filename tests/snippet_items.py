"""The agenda items the parse stage finds in a snippet of minutes: the item tests' shared reading."""

from graphbuild.parse.items import find_items
from graphbuild.parse.lines import split_lines


def item_numbers(text: str) -> list[str]:
    items, _ = find_items(text, split_lines(text))
    return [item.number for item in items]


def item_titles(text: str) -> list[str]:
    items, _ = find_items(text, split_lines(text))
    return [item.title for item in items]


def items_with_decisions(text: str) -> list[tuple[str, str, str | None]]:
    """(number, title, the text of its decision section or None) of each item found."""
    items, _ = find_items(text, split_lines(text))
    decisions = [item.section("beslutning") for item in items]
    return [
        (item.number, item.title, section.text.strip() if section else None)
        for item, section in zip(items, decisions, strict=True)
    ]

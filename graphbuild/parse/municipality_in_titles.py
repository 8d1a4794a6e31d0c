"""Where a municipality is named only in agenda items' titles ("Telekørsel i Nordfyns Kommune"), in the item's
heading or the contents entry that repeats it: the place of a matter, which a body of several municipalities
(a transport company, a waste company, a river committee) handles as readily as a municipality's own
committee. Such a name is never on its own the meeting's municipality."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from graphbuild.models import AgendaItem

_SHORTEST_TITLE = 12  # a shorter title ("Eventuelt", "Orientering") is found anywhere in any text


def title_spans(text: str, items: Sequence[AgendaItem]) -> list[tuple[int, int]]:
    """Every place the text prints an item's title: its heading, and a contents entry listing it."""
    spans: list[tuple[int, int]] = []
    for title in {item.title.strip() for item in items}:
        if len(title) < _SHORTEST_TITLE:
            continue
        at = text.find(title)
        while at >= 0:
            spans.append((at, at + len(title)))
            at = text.find(title, at + 1)
    return spans


def named_only_in_titles(mentions: Iterable[tuple[int, int]], spans: Sequence[tuple[int, int]]) -> bool:
    """Whether there are mentions and each lies within an item's title."""
    seen = False
    for start, end in mentions:
        seen = True
        if not any(a <= start and end <= b for a, b in spans):
            return False
    return seen

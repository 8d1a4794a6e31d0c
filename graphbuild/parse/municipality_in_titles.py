"""Where a municipality is named only in agenda items' titles ("Telekørsel i Nordfyns Kommune"), in the item's
heading or the contents entry that repeats it: the place of a matter, which a body of several municipalities
(a transport company, a waste company, a river committee) handles as readily as a municipality's own
committee. Such a name is never on its own the meeting's municipality."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from graphbuild.models import AgendaItem

_SHORTEST_TITLE = 12  # a shorter title ("Eventuelt", "Orientering") is found anywhere in any text
# a contents entry on its own line: numbered "3." or "Pkt. 3", or ending on its page number after dot leaders, a
# tab or a gap ("Flextur i Lemvig Kommune ........ 5"); short, as a flattened page's line is not
_CONTENTS_ENTRY = re.compile(
    r"^[ \t]*(?:(?:(?:[Pp]kt|[Pp]unkt)\.?[ \t]*\d{1,3}[.)]?|\d{1,3}[.)])[ \t]+\S.{0,150}"
    r"|[^\n]{1,150}?(?:\.{3,}|…+|\t|[ ]{3,})[ \t]*\d{1,3})[ \t]*$",
    re.MULTILINE,
)


def is_contents_entry(line: str) -> bool:
    """Whether the line reads as a contents entry: "3. Telekørsel i Nordfyns Kommune", "Flextur ..... 5"."""
    return _CONTENTS_ENTRY.match(line) is not None


def title_spans(text: str, items: Sequence[AgendaItem], header_end: int) -> list[tuple[int, int]]:
    """Every place the text prints an item's title: its heading, a contents entry listing it, and the lines
    before ``header_end`` that read as contents entries."""
    spans = [(m.start(), m.end()) for m in _CONTENTS_ENTRY.finditer(text, 0, header_end)]
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

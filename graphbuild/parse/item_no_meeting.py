"""A numbered list in a document that records no meeting: a web page's rules ("1. Formålet med foretræde er …"), a
law's paragraphs, a list of members with their seats, a party's budget points. An agenda holds at least one of the
items nearly every meeting has (godkendelse af dagsorden, meddelelser, eventuelt …); a list of two or more entries
holding none of them, read from headings in the text (no table of contents lists them), in a document whose header
names neither a kind of record nor a day, is no agenda."""

from __future__ import annotations

from graphbuild.models import AgendaItem
from graphbuild.parse.item_lines import STANDING_ITEM

_LEAST = 2  # one entry is a page's one item (a portal's page for one agenda item names no day either)


def no_agenda(items: list[AgendaItem]) -> bool:
    """Whether the items read from a document that records no meeting are a list of something else."""
    if len(items) < _LEAST or any(item.from_contents for item in items):
        return False  # a table of contents is an agenda's own: the document lists its items
    return not any(STANDING_ITEM.match(item.title) for item in items)

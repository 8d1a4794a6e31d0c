"""The body a page's list of members is held in, read by `role_chairs` where a list reader would take the body
named last before an entry: on a web page or in a news article (a document that is no minutes nor agenda) an
organisation named on another entry's line is that entry's, not the list's ("Jørgen Brendstrup valgt af Lemming
Sogns Borgerforening" over "Klaus Hansen valgt af Sinding Borgerforening": Klaus Hansen's seat is not the
Borgerforening's), so the seat is held in the body the page is about (its heading's, else its headline's board,
else the document's own). An entry's line is a short line (120 characters at most) holding a person's name and
ending in no full stop: a sentence of prose naming a body is no entry ("NAME bliver ny formand for Business Region
North Denmark (BRN).")."""

from __future__ import annotations

from graphbuild.extract.people import PersonMention
from graphbuild.models import Meeting

ENTRY_LENGTH = 120  # the longest line read as a list's entry: a paragraph of prose is no entry


def is_page(meeting: Meeting) -> bool:
    """Whether the document is no minutes nor agenda: a web page or a news article (its heading may name a body)."""
    return meeting.kind is None


class PageEntries:
    """Where a page's list entries stand: the short lines that hold a person's name and end in no full stop."""

    def __init__(self, text: str, people: list[PersonMention]) -> None:
        self.text = text
        self._entries: set[int] = set()
        for p in people:
            start = text.rfind("\n", 0, p.start) + 1
            end = text.find("\n", p.end)
            line = text[start : end if end >= 0 else len(text)].strip()
            if len(line) <= ENTRY_LENGTH and not line.endswith("."):  # a sentence of prose is no entry
                self._entries.add(start)

    def on_an_entry(self, pos: int) -> bool:
        """Whether pos lies on a list entry's line."""
        return self.text.rfind("\n", 0, pos) + 1 in self._entries

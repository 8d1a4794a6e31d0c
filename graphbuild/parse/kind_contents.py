"""A publication's table of contents: its heading ("Indholdsfortegnelse", "Indhold") followed at once by its
numbered chapters, each with the page it starts on, the pages running forward ("1. Indkøbspolitikkens grundlag &
formål 2" / "3.1 Anvendelse af indkøbsaftaler 4" / "4. Bæredygtighed, klima og grøn omstilling 7", an owners'
agreement's "1. Baggrund og formål 3"). Minutes and agendas print such contents too, but under a header naming
their kind or their meeting: the reader is asked only of documents whose header names neither."""

from __future__ import annotations

import re

_HEADING = re.compile(r"(?<![\w-])(?:Indholdsfortegnelse|INDHOLDSFORTEGNELSE|Indhold|INDHOLD)\b[ \t]*:?")
# one entry: a chapter's number ("1.", "3.1", "12"), its title, its page number at the line's end or before the next
# chapter's number (a flattened page runs the entries on: "1. Formål 2 2. Organisering 3")
_NUMBER = r"\d{1,2}(?:\.\d{1,2})*\.?"
_ENTRY = re.compile(
    rf"\s*{_NUMBER}[ \t]+[A-ZÆØÅa-zæøå§][^\n]{{1,90}}?[ \t.…·_]+(\d{{1,3}})"
    rf"(?=[ \t]*(?:\n|$)|[ \t]+{_NUMBER}[ \t]+[A-ZÆØÅ])"
)
_MIN_ENTRIES = 3
_FRONT = 15000  # a publication's title page, its editorial page, its contents


def contents_with_pages(text: str) -> bool:
    """Whether the document's front matter prints a table of contents: its heading, then at least three numbered
    chapters with their pages, the pages never running back."""
    front = text[:_FRONT]
    for heading in _HEADING.finditer(front):
        pages = _entry_pages(front, heading.end())
        if len(pages) >= _MIN_ENTRIES and pages == sorted(pages):
            return True
    return False


def _entry_pages(text: str, start: int) -> list[int]:
    pages: list[int] = []
    position = start
    while (entry := _ENTRY.match(text, position)) is not None:
        pages.append(int(entry.group(1)))
        position = entry.end()
    return pages

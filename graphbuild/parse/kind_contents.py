"""A publication's table of contents: its heading ("Indholdsfortegnelse", "Indhold") followed at once by its
numbered chapters, each with the page it starts on, the pages running forward ("1. Indkøbspolitikkens grundlag &
formål 2" / "3.1 Anvendelse af indkøbsaftaler 4" / "4. Bæredygtighed, klima og grøn omstilling 7", an owners'
agreement's "1. Baggrund og formål 3"). Minutes and agendas print such contents too, but under a header naming
their kind or their meeting: the reader is asked only of documents whose header names neither, and contents that list
a meeting's own business ("Godkendelse af dagsorden", "Eventuelt") are a meeting's, whatever the header says."""

from __future__ import annotations

import re

# a flattened title page may space the heading's letters out ("I n d h o l d s f o r t e g n e l s e")
_SPACED = "[ ]".join("ndholdsfortegnelse")
_HEADING = re.compile(rf"(?<![\w-])(?:Indholdsfortegnelse|INDHOLDSFORTEGNELSE|Indhold|INDHOLD|I[ ]{_SPACED})\b[ \t]*:?")
# one entry: a chapter's number ("1.", "3.1", "12"), its title, its page number at the line's end or before the next
# chapter's number (a flattened page runs the entries on: "1. Formål 2 2. Organisering 3")
_NUMBER = r"\d{1,2}(?:\.\d{1,2})*\.?"
_ENTRY = re.compile(
    rf"\s*(?P<number>{_NUMBER}[ \t]+)?(?P<title>[A-ZÆØÅa-zæøå§][^\n]{{1,90}}?)[ \t.…·_]+(?P<page>\d{{1,3}})"
    rf"(?=[ \t]*(?:\n|$)|[ \t]+{_NUMBER}[ \t]+[A-ZÆØÅ])"
)
# the business only a meeting has: approving its agenda or last minutes, any other business, the next meeting
_MEETING_BUSINESS = re.compile(
    r"(?i)godkendelse\s+af\s+(?:dagsorden|referat|protokol)|referat(?:et)?\s+fra\s+(?:sidste|forrige)\s+møde"
    r"|eventuelt\b|næste\s+møde\b"
)
_MIN_ENTRIES = 3
_FRONT = 15000  # a publication's title page, its editorial page, its contents


def contents_with_pages(text: str) -> bool:
    """Whether the document's front matter prints a table of contents: its heading, then at least three numbered
    chapters with their pages, the pages never running back."""
    front = text[:_FRONT]
    for heading in _HEADING.finditer(front):
        entries = _entries(front, heading.end())
        pages = [page for page, _, _ in entries]
        if any(_MEETING_BUSINESS.match(title) for _, _, title in entries):
            continue
        if sum(numbered for _, numbered, _ in entries) >= _MIN_ENTRIES and pages == sorted(pages):
            return True
    return False


def _entries(text: str, start: int) -> list[tuple[int, bool, str]]:
    """The entries after the heading, each its page, whether it is numbered and its title, while the first is
    numbered and no two unnumbered ones run (a chapter's unnumbered section between two numbered ones: "8 … ledelse 9" /
    "Bestyrelsens arbejde … 10" / "10 Regnskab … 14")."""
    entries: list[tuple[int, bool, str]] = []
    position = start
    unnumbered_run = 0
    while (entry := _ENTRY.match(text, position)) is not None:
        unnumbered_run = 0 if entry["number"] else unnumbered_run + 1
        if unnumbered_run > 1 or (not entries and not entry["number"]):
            break
        entries.append((int(entry["page"]), bool(entry["number"]), entry["title"]))
        position = entry.end()
    return entries

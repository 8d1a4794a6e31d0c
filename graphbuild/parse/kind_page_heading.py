"""A flattened page's minutes word past its line's head: a PDF's text layer put the page on one line, a site's
chrome (its menu, its search page's words) ran on before the heading, "… Find dagsorden eller referat ved at sortere
på udvalg Referat Tirsdag d. 7 juni 2022 …", "… Referent Maria Lindholm Kristensen Referat 1. Temaoplæg …".

On a line a page long, `header_kind` looks for the kind word up to the first item (at most its first 1,000
characters), not only in the line's first 300; past those only a minutes word counts, and only as a heading:
capitalised or in capitals, not joined to the other kind's word ("dagsorden eller referat", "Dagsorden og
referat"), not an entry of a list of meetings ("Referat 28. maj Referat 19. marts 2017"), and what the heading goes
on to say ("… kan læses her") is read within its next words only. It makes the document minutes only when nothing at
a line's head names a kind. A late "Dagsorden" names nothing: an agenda's kind word stands at its page's top, past
it the word is an item's ("Godkendelse af dagsorden") or a minutes page's label."""

from __future__ import annotations

import re

from graphbuild.parse.lines import Line

LINE_REACH = 300  # a line's head, where its kind word stands
_PAGE_LINE = 1000  # a line a page long: a flattened page, whose heading words run on into its first fields
_PAGE_REACH = 1000  # a flattened page's header, where its kind word may stand after a site's chrome
HEADING_REACH = 60  # the words of a heading after its kind word: "Dagsorden med vedtagelser"


def kind_reach(line: Line, items_start: int | None) -> int:
    """How far into a line its kind word is looked for: a line's head, on a flattened page its header up to the
    first item ("… Find dagsorden eller referat ved at sortere på udvalg Referat Tirsdag d. 7 juni 2022 …")."""
    if len(line.clean) < _PAGE_LINE or items_start is None:
        return LINE_REACH
    return max(LINE_REACH, min(_PAGE_REACH, items_start - line.start))


# the other kind's word joined to a kind word: "dagsorden eller referat", "Dagsorden og referat", "Referat/dagsorden"
_PAIRED_AFTER = re.compile(r"(?i)\s*(?:/|og|eller)\s*(?:referat|dagsorden|beslutningsprotokol)")
_PAIRED_BEFORE = re.compile(r"(?i)(?:referat|dagsorden|beslutningsprotokol)\s*(?:/|og|eller)\s*$")


def page_heading(clean: str, match: re.Match[str]) -> bool:
    """A kind word past a flattened page's line head that heads the document: capitalised or in capitals
    ("… Referent Maria Lindholm Kristensen Referat 1. Temaoplæg", "… - Referat - 07. marts 2019"), not joined to
    the other kind's word (a site's "Find dagsorden eller referat", "Dagsordener og referater")."""
    return (
        match[1][:1].isupper()
        and _PAIRED_AFTER.match(clean, match.end()) is None
        and _PAIRED_BEFORE.search(clean, max(0, match.start() - 20), match.start()) is None
    )


# an entry of a list of meetings' documents run together on a flattened page: "Referat 28. maj Referat 19. marts
# 2017 Referat 27. november", a kind word whose day runs straight on into the next entry's kind word
_ENTRY_DAY = r"\s+\d{1,2}\.\s*[a-zæø]+\.?(?:\s+\d{4})?\s+"
_ENTRY_KIND = r"(?:(?:beslutnings|møde)?referat|beslutningsprotokol|protokol|dagsorden)"
_LISTED_AFTER = re.compile(rf"(?i){_ENTRY_DAY}{_ENTRY_KIND}\b")
_LISTED_BEFORE = re.compile(rf"(?i)\b{_ENTRY_KIND}{_ENTRY_DAY}$")
_ENTRY_BEFORE = 40  # the previous entry's kind word and day


def late_minutes_word(clean: str, match: re.Match[str]) -> bool:
    """Whether a kind word past a line's head names the document minutes: a minutes' word ("Referat",
    "Beslutningsprotokol", "Protokol"), not an entry of a list of meetings ("Referat 28. maj Referat 19. marts");
    a late "Dagsorden" names no kind, an item's ("Godkendelse af dagsorden") or a minutes page's own label
    ("Dagsorden og referat"), an agenda's kind word standing at its page's top."""
    return (
        match[1].lower() != "dagsorden"
        and _LISTED_AFTER.match(clean, match.end()) is None
        and _LISTED_BEFORE.search(clean, max(0, match.start() - _ENTRY_BEFORE), match.start()) is None
    )

"""A flattened page's kind word past its line's head: a PDF's text layer put the page on one line, a site's chrome
(its menu, its search page's words) ran on before the heading, "… Find dagsorden eller referat ved at sortere på
udvalg Referat Tirsdag d. 7 juni 2022 …", "… Referent Maria Lindholm Kristensen Referat 1. Temaoplæg …".

On a line a page long, `header_kind` looks for the kind word up to the first item (at most its first 1,000
characters), not only in the line's first 300; past those a kind word counts only as a heading: capitalised or in
capitals, not joined to the other kind's word ("dagsorden eller referat", "Dagsorden og referat"), and what the
heading goes on to say ("Dagsorden med vedtagelser", "… kan læses her") is read within its next words only, not
in an item's title far on ("Dagsorden - åbent møde: • … • Beslutninger vedr. …")."""

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

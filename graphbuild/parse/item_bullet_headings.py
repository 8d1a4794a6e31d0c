"""Items whose headings came out as bullets: a web page's numbered list that kept the first item's number and lost
the others' (" 1. Valg af dirigent" … " • Orientering om interimbestyrelsens arbejde." … " • Budget for 2019"), or a
minutes' table whose item column came out as bullets ("Dagsordenspunkt: … Referat / Beslutning:" over "  • Godkendelse
af referat"). Each bullet is a short title on its own line and the minute follows it as text, so bullets and text
alternate.

Guards: every bullet at that indentation must head text, so a bullet list of points inside an item (one bullet under
the next, or a bullet of several sentences) is none; the list's marks stand indented from the margin and the minutes
at it, so a bullet whose text stands at its own indentation or under it (a page indented whole, a portal's "• Udskriv"
over its case) is none; a bullet ending in a colon, a comma or a semicolon introduces its points and is none; beside
numbered items the bullets stand at a numbered item's indentation and after every one of them (a bullet list inside
an item is indented under it); with no numbered item two bullets at least.
"""

from __future__ import annotations

import re
from collections import defaultdict

from graphbuild.parse.item_lines import Candidate, title_from
from graphbuild.parse.lines import Line

_BULLET = re.compile(r"^(?P<indent>[ \t]*)[•●▪][ \t]+(?P<title>\S.*?)\s*$")
# any list mark opening a line: the text after a bullet heading is no further point of a list
_LIST_MARK = re.compile(r"^[ \t]*(?:[•●▪◦·*\-–]|\d{1,2}[.)]|[a-zæøå]\))[ \t]")
_SENTENCE_BREAK = re.compile(r"[.!?][ \t]+[A-ZÆØÅ]")
_MOST_WORDS = 16  # "Interimbestyrelsens anbefalinger til den kommende bestyrelse vedr. handleplaner for …"
_LEAST_ALONE = 2  # with no numbered item: one bullet over a text is a page's emphasis, not a list of items


def _indent(line: Line) -> int:
    return len(line.text) - len(line.text.lstrip(" \t"))


def _heads_text(line: Line, title: str, lines: list[Line]) -> bool:
    """The bullet is a heading: a short title of one phrase, the next line with text a minute, not a list's point."""
    if not title[:1].isupper() or title[-1] in ":;," or len(title.split()) > _MOST_WORDS:
        return False
    if _SENTENCE_BREAK.search(title):
        return False
    following = next((after for after in lines[line.index + 1 :] if after.text.strip()), None)
    if following is None:  # the text's last line: an item with no minute, or an excerpt's end
        return True
    # the minute stands at the margin, left of the list's mark
    return _indent(following) < _indent(line) and _LIST_MARK.match(following.text) is None


def bullet_heading_items(text: str, chosen: list[Candidate], lines: list[Line], skipped: set[int]) -> list[Candidate]:
    """The items found, with the bullet headings beside or in place of them (in the document's order)."""
    if "•" not in text and "●" not in text and "▪" not in text:
        return chosen  # most texts print no bullet: their lines are not read again
    bullets: dict[int, list[tuple[Line, str]]] = defaultdict(list)
    for line in lines:
        if line.index not in skipped and (match := _BULLET.match(line.text)):
            bullets[len(match["indent"].expandtabs())].append((line, match["title"]))
    for indent, group in sorted(bullets.items()):
        if not all(_heads_text(line, title, lines) for line, title in group):
            continue
        first = group[0][0].index
        if chosen:
            numbered_before = any(_indent(c.line) == indent and c.line.index < first for c in chosen)
            if not numbered_before or any(c.line.index > first for c in chosen):
                continue
        elif len(group) < _LEAST_ALONE:
            continue
        numbers = len(chosen)
        found = [
            Candidate(str(numbers + k + 1), title_from(title), line, explicit=False)
            for k, (line, title) in enumerate(group)
        ]
        return chosen + found
    return chosen

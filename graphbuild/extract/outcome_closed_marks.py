"""A closed mark an item of minutes carries where parse read none, for an item whose decision the document does not
show: its line listed under a closed part's heading ("Lukkede dagsordenspunkter" / "12 Aktuel Kvarter", "Lukkede
sager" / "209. Omdannelse til sommerhusområde") with only blank lines and numbered item lines between, or its title
closed by the bracket "(FOR LUKKEDE DØRE)". Such an item is closed by the written rule, as one marked "(Lukket)" is.
"""

from __future__ import annotations

import re

from graphbuild.parse.lines import end_of_line

# "Lukkede sager", "Lukkede dagsordenspunkter", "Lukket dagsorden", "Lukket møde:", "Sager på lukket møde", a line of
# its own; "Åbne sager", "Åben dagsorden" the open part's (case-blind, as the parts' headings are printed in capitals)
_PART_HEADING = re.compile(
    r"(?i)^[ \t]*(?:(?:punkter|sager|dagsordenspunkter)\s+(?:på|til|for|under)\s+(?:den\s+|det\s+)?)?"
    r"(?:åben|åbent|åbne|(?P<closed>lukket|lukkede))"
    r"(?:\s+(?:dagsorden|møde|del|punkter|sager|dagsordenspunkter))?[ \t]*:?[ \t]*$"
)
# an item line of a list: its number, a full stop or none, its title ("12 Aktuel Kvarter", "209. Køb af ejendom")
_ITEM_LINE = re.compile(r"^[ \t]*\d{1,3}\.?[ \t]+\S")
# the bracket that closes the item's doors, at its title's end: "Orientering fra borgmesteren (FOR LUKKEDE DØRE)"
_CLOSED_DOORS = re.compile(r"(?i)\((?:for\s+)?lukkede\s+døre\)\s*$")
# how far above the item's line its part's heading is looked for: a part's list of items, not the document
_MOST_LINES_ABOVE = 40
_WINDOW = 4000


def closed_mark(text: str, item_start: int, title: str) -> bool:
    """Whether the item at ``item_start`` is marked closed: its title closed by "(for lukkede døre)", or its line a
    numbered item line under a closed part's heading with only blank lines and such lines between (an open part's
    heading, a line of other text, or none found within forty lines: not closed)."""
    if _CLOSED_DOORS.search(title or "") is not None:
        return True
    line_start = text.rfind("\n", 0, item_start) + 1
    above = text[max(0, line_start - _WINDOW) : line_start]
    if "ukke" not in above.lower():  # every closed heading holds it ("lukket", "lukkede")
        return False
    own_line = text[line_start : end_of_line(text, item_start)]
    if _ITEM_LINE.match(own_line) is None:
        return False
    lines = above.split("\n")[:-1]  # the text before the item's line, its last element the empty rest after "\n"
    for line in reversed(lines[-_MOST_LINES_ABOVE:]):
        if not line.strip() or _ITEM_LINE.match(line):
            continue
        heading = _PART_HEADING.match(line)
        return heading is not None and heading["closed"] is not None
    return False

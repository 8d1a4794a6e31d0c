"""Items whose headings the page text lost: a web page whose item headings were fold-out buttons prints each item
from its case line on, "• Udskriv" / "Sagsid.: 22/32061, Sagsinitialer: hwj" / "Beslutning …", "Sagsnr.:
00.01.00-G00-2-21" / "Resume", "Åben" / "Beslutning": each such line, alone on its line and right over one of the
item's main headings (Beslutning, Resumé, Beslutningstema, Indstilling, Sagsfremstilling), opens an item with neither
number nor title. Only where no other reader found an item with a heading, and only from the lines of one label (a
document's items all open alike); a case number quoted in an item's text (in a sentence, or over its prose) opens
none. A line a reader took for an unnumbered item's title keeps the titled items only where one stands before the
first opening: with no title over the first item, a line over a later opening is the item before's text."""

from __future__ import annotations

import re

from graphbuild.parse.item_lines import Candidate, next_text
from graphbuild.parse.item_running_heads import is_running_head
from graphbuild.parse.item_unnumbered import CHROME, opens_item_text
from graphbuild.parse.lines import Line

# "Sagsid.: 22/32061, Sagsinitialer: hwj", "Sagsid.:" (value lost), "Sagsnr.: 00.01.00-G00-2-21": the case's label
# and its value alone on the line; "Åben", "Åbent punkt": the item's access alone on the line
_OPENING = re.compile(
    r"(?i)^(?:(?P<case>sagsid|sagsnr|sagsnummer)\.?\s*:\s*(?:[\w./\-]+(?:\s*,\s*sagsinitialer\s*:\s*\w*)?)?"
    r"|(?P<access>åben(?:t)?(?:\s+(?:punkt|sag))?))$"
)
_REACH = 3  # the item's first main heading stands within these lines of its opening


def _label(cleaned: str) -> str | None:
    """The opening's label ("sagsid", "sagsnr", "åben"), or None for a line that opens no item."""
    match = _OPENING.match(cleaned)
    if match is None:
        return None
    return match["case"].lower() if match["case"] else "åben"


def _opens_item(line: Line, lines: list[Line]) -> bool:
    """Whether the line under an opening (past the page's "Udskriv" buttons) is one of an item's main headings."""
    below = next_text(lines, line.index, reach=_REACH)
    while below is not None and CHROME.match(below.clean):
        below = next_text(lines, below.index, reach=_REACH)
    return below is not None and opens_item_text(below.clean)


def case_openings(lines: list[Line], skip: set[int]) -> list[Candidate]:
    """The openings of items whose headings were lost, in order (number and title ""), or none: the lines of one
    label, each right over a main heading."""
    openings: list[tuple[str, Line]] = []
    for line in lines:
        cleaned = line.clean
        if not cleaned or line.index in skip or cleaned[:1] not in "SsÅå":
            continue
        label = _label(cleaned)
        if label is not None and _opens_item(line, lines):
            openings.append((label, line))
    if len({label for label, _ in openings}) != 1:
        return []  # none, or items opening two ways: no run of alike item bodies
    # an item starts at its "Udskriv" button over the case line: the button is no part of the item before's decision
    return [
        Candidate("", "", line, explicit=False, title_line=_button_over(line, lines), untitled=True)
        for _, line in openings
    ]


def _button_over(line: Line, lines: list[Line]) -> Line | None:
    """The page's "Udskriv" button right over an opening, where the item starts."""
    above = lines[line.index - 1] if line.index > 0 else None
    return above if above is not None and CHROME.match(above.clean) else None


def untitled_items(found: list[Candidate], lines: list[Line], skip: set[int]) -> list[Candidate]:
    """The items of a text whose headings were lost, where the other readers' items (`found`) are no items' titles:
    none stands before the first opening (a page's running head, "Udsatterådet 12. marts 2025", is none); else
    `found` as it is. The items all open alike: with no title over the first opening, a line a reader took for a
    title over a later one is the end of the item before's text ("Dagsordenen, dog ikke punkt 8, … godkendt" over
    "• Sagsid.: 17/21413"), a point of a list ("- Orientering om COVID-19") or a section's first line."""
    openings = case_openings(lines, skip)
    if not openings:
        return found
    first = openings[0].line.index
    if any(candidate.line.index < first and not is_running_head(candidate.title) for candidate in found):
        return found  # a title before the first opening: items with headings
    return openings

"""Page furniture inside an item's text, blanked before its decision is read: a page's number ("Side 3 af 12",
"Side 3", a number standing as a paragraph of its own) and the running header printed with it ("Byrådet 3. april
2018" on the line next to "Side 3", or "Byrådet 3. april 2018 Side 3" on one line). A PDF's page break may fall
anywhere in an item, also between its decision heading and the decision or after a one-line item's verdict; the
furniture is no word of the minutes. Blanked with spaces, so that every offset into the text still holds, and the blank
end it leaves cut.
"""

from __future__ import annotations

import re

from graphbuild.parse.dates import DANISH_MONTHS
from graphbuild.parse.lines import start_without_space

_DATE = rf"(?:\d{{1,2}}[.\-/]\s?\d{{1,2}}[.\-/]\d{{2,4}}|\d{{1,2}}\.\s*(?:{'|'.join(DANISH_MONTHS)})\s+\d{{4}})"
_PAGE = r"(?:side|page)[ \t]*\d{1,4}(?:[ \t]*(?:af|of|/)[ \t]*\d{1,4})?"
# "Side 3 af 12", "Side 3"; a running header with its page on one line ("Byrådet 3. april 2018 Side 3", "Side 3
# Byrådet 3. april 2018"); a page's number as a paragraph of its own (a blank line or the text's edge on both sides)
_PAGE_LINE = re.compile(
    rf"(?im)^[ \t]*(?:{_PAGE}|[^\n:]{{0,80}}{_DATE}[^\n:]{{0,20}}?[ \t]+[-–|]?[ \t]*{_PAGE}"
    rf"|{_PAGE}[ \t]+[-–|]?[ \t]*[^\n:]{{0,80}}{_DATE}[^\n:]{{0,20}})[ \t]*$"
    # a number alone, a blank line (or the text's edge) after it; the line before is checked as well
    r"|^[ \t]*\d{1,3}[ \t]*(?=\n[ \t]*(?:\n|\Z)|\Z)"
)
# a short dated line (no colon: not a body's decision heading "Økonomiudvalget den 3. maj 2021:") right before or
# right after a page line: the page's running header
_HEADER_LINE = re.compile(rf"(?im)^[ \t]*[^\n:]{{0,80}}{_DATE}[^\n:]{{0,20}}$")
_LINE = re.compile(r"[^\n]*")


def without_page_furniture(text: str) -> str:
    """The text with its page furniture blanked (every offset holds); the blank end of a text whose furniture closed it
    cut, so a one-line item stays one line."""
    if not _PAGE_LINE.search(text):
        return text
    chars = list(text)
    pages = [(m.start(), m.end()) for m in _PAGE_LINE.finditer(text) if _page_line(text, m[0], m.start())]
    for begin, end in pages:
        _blank(chars, begin, end)
        for neighbour in (_line_before(text, begin), _line_after(text, end)):
            if neighbour is not None and _HEADER_LINE.fullmatch(text, neighbour[0], neighbour[1]):
                _blank(chars, *neighbour)
    return "".join(chars).rstrip()


def _page_line(text: str, line: str, begin: int) -> bool:
    """A page line; a number alone only as a paragraph of its own (a blank line or the text's start before it)."""
    if not line.strip().isdigit():
        return True
    # the text before the line read where it ends, not copied (once per page)
    before_end = text.rfind("\n", 0, begin) + 1 if begin else 0
    end = before_end
    while end > 0 and text[end - 1] in " \t":
        end -= 1
    blank_line_before = end >= 2 and text.startswith("\n\n", end - 2)
    return not before_end or blank_line_before or start_without_space(text, 0) >= before_end


def _blank(chars: list[str], begin: int, end: int) -> None:
    for k in range(begin, end):
        if chars[k] != "\n":
            chars[k] = " "


def _line_before(text: str, begin: int) -> tuple[int, int] | None:
    """The line right before the one starting at or holding ``begin`` (no blank line between), as (start, end)."""
    line_start = text.rfind("\n", 0, begin) + 1
    if line_start == 0:
        return None
    start = text.rfind("\n", 0, line_start - 1) + 1
    return (start, line_start - 1) if text[start : line_start - 1].strip() else None


def _line_after(text: str, end: int) -> tuple[int, int] | None:
    """The line right after the one ending at ``end`` (no blank line between), as (start, end)."""
    line_end = text.find("\n", end)
    if line_end < 0:
        return None
    match = _LINE.match(text, line_end + 1)
    return (match.start(), match.end()) if match and text[match.start() : match.end()].strip() else None

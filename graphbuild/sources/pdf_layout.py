"""Where PDFium's text of a page leaves out what its layout shows: runs of spaces the file holds, written as
one space, and the empty line before a paragraph, given back from the characters' boxes."""

from __future__ import annotations

import bisect
import ctypes
import re
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

# PDFium writes one space for a run of spaces the file holds ("Ole Berg      A      Mødt"); pypdf kept the
# run, and the parser reads two or more spaces as a gap between a label and its value or between columns.
# A space's width in spaces is the gap from it to the next character over its own advance: a run of the
# file's spaces is a whole number of them. Word or character spacing widens every space of a line beyond
# that advance (PDFium's leaves it out): where a line's narrowest space is widened (below WIDENED_BELOW;
# a line whose every space is a run of two reads the same and keeps single spaces), widths are counted in
# that space. A whole width of two or more is given back as that many spaces, an uneven one (a line
# justified space by space) only from SURE_RUN on.
WIDENED_BELOW = 3.0
SURE_RUN = 3
_WHOLE = 0.15
_LONGEST_RUN = 40


def _whole(width: float) -> bool:
    return abs(width - round(width)) < _WHOLE


# a space with a character after it on its line
_SPACE_BEFORE_CHARACTER = re.compile(r" (?=[^ \r\n])")
_LINE_END = re.compile("\r")


def _space_widths(page: Any, text: str) -> list[tuple[int, float]]:
    """(index, width in spaces) of each of the file's spaces in ``text`` with a character after it on its line.
    A space PDFium added itself (between words drawn apart) has no advance and is left out."""
    space, after = pdfium_c.FS_RECTF(), pdfium_c.FS_RECTF()
    space_box, after_box = ctypes.byref(space), ctypes.byref(after)
    box = pdfium_c.FPDFText_GetLooseCharBox
    widths = []
    for match in _SPACE_BEFORE_CHARACTER.finditer(text):
        index = match.start()
        box(page, index, space_box)
        advance = space.right - space.left
        if advance > 0:
            box(page, index + 1, after_box)
            widths.append((index, (after.left - space.left) / advance))
    return widths


def _space_runs(page: Any, text: str, line_ends: list[int], edits: dict[int, str]) -> None:
    """Each run of spaces of the file PDFium wrote as one space, as an edit of that space."""
    lines: dict[int, list[tuple[int, float]]] = {}
    for index, width in _space_widths(page, text):
        lines.setdefault(bisect.bisect_left(line_ends, index), []).append((index, width))
    for line in lines.values():
        narrowest = min(width for _, width in line)
        unit = narrowest if 1.0 + _WHOLE <= narrowest < WIDENED_BELOW else 1.0
        for index, width in line:
            spaces = round(width / unit)
            if spaces >= SURE_RUN or (spaces >= 2 and _whole(width / unit)):
                edits[index] = " " * min(spaces, _LONGEST_RUN)


# PDFium (as pypdf) writes no empty line for a paragraph's space above it: an empty paragraph drawn as
# nothing, or a paragraph's spacing. A line whose baseline is more than PARAGRAPH_GAP times its own
# height (the font's ascent to descent) below the line before starts a paragraph, after an empty line
# as the text files and web pages of the same minutes have it.
PARAGRAPH_GAP = 1.6


def _paragraph_breaks(page: Any, text: str, line_ends: list[int], edits: dict[int, str]) -> None:
    """Each line break before a paragraph's gap, as an edit of its CR into an empty line's CR LF CR."""
    above, below = pdfium_c.FS_RECTF(), pdfium_c.FS_RECTF()
    above_box, below_box = ctypes.byref(above), ctypes.byref(below)
    box = pdfium_c.FPDFText_GetLooseCharBox
    for index in line_ends:
        if index > 0 and index + 2 < len(text):
            box(page, index - 1, above_box)
            box(page, index + 2, below_box)
            height = above.top - above.bottom
            if height > 0 and above.bottom - below.bottom > PARAGRAPH_GAP * height:
                edits[index] = "\r\n\r"


def laid_out(text_page: pdfium.PdfTextPage, text: str) -> str:
    """PDFium's ``text`` of ``text_page`` (lines ended by CR LF) with the runs of spaces and the empty lines
    before paragraphs the page's layout shows and PDFium's text leaves out."""
    if len(text) != text_page.count_chars():  # characters beyond U+FFFF shift the indices: left as it is
        return text
    edits: dict[int, str] = {}
    line_ends = [match.start() for match in _LINE_END.finditer(text)]
    _space_runs(text_page.raw, text, line_ends, edits)
    _paragraph_breaks(text_page.raw, text, line_ends, edits)
    if not edits:
        return text
    pieces: list[str] = []
    last = 0
    for index in sorted(edits):
        pieces += [text[last:index], edits[index]]
        last = index + 1
    pieces.append(text[last:])
    return "".join(pieces)

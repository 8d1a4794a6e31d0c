"""Whether a page's text prints no blank line: a web page's text taken with one line break between its blocks
(a heading, a paragraph, a label's line), so no line is set apart from its neighbours by a blank line, and a reader
that looks for a title set apart over its text finds every line as set apart as any."""

from __future__ import annotations

from graphbuild.parse.lines import Line

_LINES = 3  # a text of fewer lines holding text says nothing of how its blocks are parted


def prints_no_blank_line(lines: list[Line]) -> bool:
    """Whether no blank line stands between the text's first and last lines holding text (three at least)."""
    filled = [line.index for line in lines if line.text.strip()]
    if len(filled) < _LINES:
        return False
    return filled[-1] - filled[0] + 1 == len(filled)

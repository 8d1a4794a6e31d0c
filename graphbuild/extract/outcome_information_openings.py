"""An information item known by its opening rather than its title: the item's text opens with a sentence that says
the body is told ("Under denne sag bliver Handicaprådet orienteret om …", "Udvalget orienteres i denne sag om …",
"Sagen forelægges til orientering"). The written rule's information-item exception holds "under an information item's
title or opening": the minutes' narrative with no form of the table under such an opening is noted, not discussed.
Only the first line of text after the title and the case's headings is read (a page that lost the item's title
prints its case's "Resume" first)."""

from __future__ import annotations

import re

from graphbuild.extract.outcome_prose import after_title

_TOLD = re.compile(
    r"(?i)\b(?:orienteres|(?:bliver|blive|blev)\s+(?:\w+\s+){0,2}?orienteret|forelægges\s+(?:\w+\s+){0,2}?til\s+orientering"
    r"|(?:gives|gives\s+der)\s+(?:en\s+)?(?:kort\s+)?orientering)\b"
)
# a heading or the page's furniture over the text: a short line with no full stop ("Resume", "Sagsfremstilling",
# "Sagsid.: 22/32061", "• Udskriv")
_HEADING_WORDS = 4


def _first_text_line(text: str) -> str | None:
    for line in text.split("\n"):
        cleaned = line.strip(" \t•·*-–")
        if not cleaned:
            continue
        if len(cleaned.split()) < _HEADING_WORDS and not cleaned.endswith("."):
            continue
        return cleaned
    return None


def opens_as_information(item_text: str, title: str) -> bool:
    """Whether the item's first line of text after its title and its case's headings says the body is told."""
    first = _first_text_line(after_title(item_text, title) if title else item_text)
    return first is not None and _TOLD.search(first) is not None

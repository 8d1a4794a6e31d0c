"""The one item of an item's own page: a portal's page for one agenda item prints its title, unnumbered, under
the meeting's labels ("Mødedato: …", "Mødested: …") or at the top, and the item's text under its main headings
(Indstilling, Beslutning, Resumé) further down, a summary paragraph or the portal's own lines between."""

from __future__ import annotations

import re

from graphbuild.parse.item_lines import (
    ITEM_LABEL,
    SENTENCE_BREAK,
    Candidate,
    is_heading,
    is_toc_heading,
    next_text,
)
from graphbuild.parse.item_unnumbered import CHROME, DATE_ALONE, LABEL_WITH_VALUE, ROUTE, opens_item_text
from graphbuild.parse.lines import Line
from graphbuild.parse.sections import heading_kind, inline_heading

# "Referat Aarhus Byråd 03-04-2019", "Dagsorden - Økonomiudvalget": the page's own heading naming the document
_DOCUMENT_HEADING = re.compile(r"(?i)^(?:(?:beslutnings|møde)?referat|beslutningsprotokol|dagsorden)")
# "Skip til hoved indholdet", "Gå til indhold": a site's link past its menus
_SKIP_LINK = re.compile(r"(?i)^(?:skip|spring|gå)\s+(?:videre\s+)?til\b.*\bindhold")
# "Tirsdag 16. mar 2021 kl. 07:45": the meeting's day and time, no title
_WEEKDAY = re.compile(r"(?i)^(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)\b")
# "Assens Kommune", "Bornholms Regionskommune": the publisher's name over the page
_PUBLISHER = re.compile(r"^(?:[A-ZÆØÅ][\w\-]+\s+){1,2}(?:Kommune|Regionskommune)$")
_WORDS = 2  # a title has two words at least: a single word over the text is a body's or a site's name
_LONGEST = 160
_PROSE = 80  # a line this long right under a title is a paragraph


def page_item(lines: list[Line], skip: set[int]) -> list[Candidate]:
    """The item of a page with one item's text (each main heading once): its title, the first line set apart
    before the text's first main heading that opens the text or follows the meeting's labelled lines or the page's
    own heading ("Mødedato: …", "Referat Aarhus Byråd 03-04-2019"); none where no main heading follows."""
    heads = [line for line in lines if line.clean and opens_item_text(line.clean)]
    keys = [_head_key(line.clean) for line in heads]
    if not heads or len(set(keys)) < len(keys):
        return []  # no main heading, or one twice: the text of several items whose titles were lost
    first_head = heads[0].index
    opens = True  # the text's first line, and the line after the meeting's labels or the page's own heading
    for line in lines[:first_head]:
        if not line.clean or line.index in skip:
            continue
        if LABEL_WITH_VALUE.match(line.clean) or _DOCUMENT_HEADING.match(line.clean):
            opens = True  # "Mødested: …", "Referat Aarhus Byråd 03-04-2019": the title may follow
        elif opens and _is_title(line, lines):
            return [Candidate("1", line.clean, line, explicit=False)]
        else:
            opens = False
    return []


def _is_title(line: Line, lines: list[Line]) -> bool:
    """Whether a line reads as an item's title set apart over its text."""
    cleaned = line.clean
    if len(cleaned) > _LONGEST or len(cleaned.split()) < _WORDS or not cleaned[:1].isupper():
        return False
    if cleaned.endswith((".", ":", ",", ";")) or SENTENCE_BREAK.search(cleaned) or _DOCUMENT_HEADING.match(cleaned):
        return False
    if is_heading(cleaned) or is_toc_heading(cleaned.lower().rstrip(":").strip()):
        return False
    if (
        _WEEKDAY.match(cleaned)
        or _SKIP_LINK.match(cleaned)
        or LABEL_WITH_VALUE.match(cleaned)
        or CHROME.match(cleaned)
        or ITEM_LABEL.match(cleaned)
        or ROUTE.match(cleaned)
        or DATE_ALONE.match(cleaned)
    ):
        return False
    if cleaned.isupper():  # "SEJLENE ER SAT FOR …": a news page's headline
        return False
    if _PUBLISHER.match(cleaned):
        return False
    below = next_text(lines, line.index)
    if below is not None and _DOCUMENT_HEADING.match(below.clean):
        return False  # "Økonomiudvalget" over "Referat": the page's header, its body's or publisher's name
    if below is not None and len(below.clean) > _PROSE and not _headed(below.clean):
        return False  # a headline over its article's first paragraph, no item's title over its page's lines
    return line.index == 0 or not lines[line.index - 1].text.strip()


def _headed(cleaned: str) -> bool:
    """Whether a line opens with a section heading, "Beslutning: …" or "Beslutning Tilbagesendes …"."""
    return inline_heading(cleaned) is not None or opens_item_text(cleaned.split(maxsplit=1)[0])


def _head_key(cleaned: str) -> str:
    """A main heading's kind, "beslutning" for "Beslutning" and "Beslutning i Økonomiudvalget den 1. maj 2023"."""
    return heading_kind(cleaned) or cleaned.lower().rstrip(":").strip()

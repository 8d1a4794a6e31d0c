"""An agenda announced as a list with no numbers (a council's notice of its next meeting): under "Åbent møde:",
"Dagsorden - åbent møde:", "Lukkede punkter" (or "Dagsorden" and then such a group heading), one title a line,
bulleted or bare; the titles under a closed group's heading are closed items. Read only when the document
has neither items nor a contents list of its own."""

from __future__ import annotations

import re

from graphbuild.parse.item_lines import BULLET, ONE_TITLE, ContentsEntry, title_from
from graphbuild.parse.lines import Line

# the heading of one group of an announced agenda: "Åbent møde:", "Lukket møde", "Åbne punkter", "Dagsorden -
# åbent møde:", "Dagsorden (lukket møde):", "Punkter på lukket dagsorden"
_GROUP_HEADING = re.compile(
    r"(?i)^(?:dagsorden\s*(?:[-–:]\s*|\(\s*(?=.*\)))|punkter\s+(?:på|til)\s+(?:den\s+)?)?"
    r"(?:(?P<open>åbent|åben|åbne)|(?P<closed>lukket|lukkede))"
    r"(?:\s+(?:møde|punkter|sager|dagsorden|del))?\s*\)?\s*:?$"
)

# a title never ends a sentence nor asks a question; "Læs mere om …", "Dagsordenen er fremlagt …" end the list
_SENTENCE_END = re.compile(r"[.?!]$")
_MIN_ENTRIES = 2  # one line under "Åbent møde" is any page's text, two titles make a list


def announced_agenda(lines: list[Line]) -> list[ContentsEntry]:
    """The titles listed under the group headings of an announced agenda, in order; none when the first
    group has fewer than two titles."""
    entries: list[ContentsEntry] = []
    public: bool | None = None  # the status of the open group; None before the first heading
    bulleted = False
    for line in lines:
        cleaned = line.clean
        if not cleaned:
            continue
        heading = _GROUP_HEADING.match(cleaned)
        if heading is not None:
            public = heading["closed"] is None
            bulleted = False
            continue
        if public is None:
            continue
        bullet = BULLET.match(line.text) is not None
        if not _title_line(cleaned) or (bulleted and not bullet):
            if len(entries) >= _MIN_ENTRIES:
                break
            entries, public = [], None  # the heading headed no list: look for the next
            continue
        bulleted = bulleted or bullet
        entries.append(ContentsEntry(None, title_from(cleaned), line, printed=False, public=public))
    return entries if len(entries) >= _MIN_ENTRIES else []


def _title_line(cleaned: str) -> bool:
    """A line that can be an item's title: short, not a sentence, no number opening it ("1. …" is an item of
    its own, read by the numbered forms)."""
    return (
        3 <= len(cleaned) <= ONE_TITLE
        and _SENTENCE_END.search(cleaned) is None
        and not re.match(r"\d{1,3}[.)]?\s+[A-ZÆØÅ]", cleaned)
    )

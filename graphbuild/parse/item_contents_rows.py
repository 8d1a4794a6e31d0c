"""Lines of a contents list the reader asks about: a group heading ("Åbne" / "Lukkede punkter"), a title
wrapped onto the next line, a point nested under an entry or a list that starts again, an entry whose number
follows the last, whether the next line's number follows a line's."""

from __future__ import annotations

import re
from typing import Literal

from graphbuild.parse.item_depth import PART_NOUN, PART_STATE, deeper, list_level
from graphbuild.parse.item_lines import (
    BARE,
    ITEM_LABEL,
    ONE_TITLE,
    PLAIN,
    SENTENCE_BREAK,
    Candidate,
    ContentsEntry,
    is_heading,
    next_text,
    same_title,
    without_tags,
)
from graphbuild.parse.lines import Line

# "Åbne" / "Lukkede" (also "Lukkede punkter", "Åbne sager", "Punkter på åbent møde", "Sager til lukket dagsorden"):
# the groups of a contents list
CONTENTS_GROUP = re.compile(
    r"(?i)^(?:(?:punkter|sager|dagsordenspunkter)\s+(?:på|til|for|under)\s+(?:den\s+|det\s+)?)?"
    rf"{PART_STATE}(?:\s+(?:{PART_NOUN}|dagsordenspunkter))?:?$"
)
_LEADING_NUMBER = re.compile(r"(\d{1,3})\.?\s")


def wrapped_title(
    cleaned: str, block: list[ContentsEntry], previous: Line | None, lines: list[Line], line: Line
) -> bool:
    """A line that continues the title of the entry above it: short, no heading or label, the entry's
    title not closed by a full stop, and the next line an entry that continues the numbers."""
    if not block or previous is None or block[-1].line.index != previous.index or not block[-1].number:
        return False
    if len(cleaned) > ONE_TITLE or is_heading(cleaned) or ITEM_LABEL.match(cleaned) or cleaned.endswith((":", ".")):
        return False  # a heading, a label or a sentence ("Referatet blev godkendt.") is the item's text
    if SENTENCE_BREAK.search(cleaned):
        return False
    if block[-1].title.rstrip().endswith((".", ":", ")")) or not block[-1].number.isdecimal():
        return False
    following = next_text(lines, line.index, reach=3)
    entry = PLAIN.match(following.clean) or BARE.match(following.clean) if following is not None else None
    if entry is None or following is None or not int(block[-1].number) < int(entry["num"]) <= int(block[-1].number) + 3:
        return False
    # "1. Præsentation af bestyrelsen" / "ok" / (blank) / "2. ...": an entry and the line under it make one
    # paragraph, the paragraphs parted by blank lines; the line is the item's minute, a hard-wrapped title
    # runs straight into the next entry
    return not _paragraph_end(lines, line.index, following.index)


def _paragraph_end(lines: list[Line], index: int, following: int) -> bool:
    """Whether a blank line stands between line ``index`` and the next entry (``following``), none above it."""
    return index == previous_line_index(lines, index) + 1 and any(
        not line.text.strip() for line in lines[index + 1 : following]
    )


def previous_line_index(lines: list[Line], index: int) -> int:
    """The index of the nearest line above ``index`` that holds text (-1 when none)."""
    for line in reversed(lines[:index]):
        if line.text.strip():
            return line.index
    return -1


def nested_or_restarted(
    line: Line, candidate: Candidate, block: list[ContentsEntry]
) -> Literal["nested", "restarted"] | None:
    """ "nested": a list-marked line a level deeper than the block's last list-marked entry (a point under it);
    "restarted": a "1." at the level of every entry of the block under another title than the first's (a list
    that starts again: " 7. Dagsordener og referater" / " 1. Nyt fra institutioner"); else None."""
    level = list_level(line.text) if line.text[:1] == " " else None  # a list mark at the line's start has no level
    last = list_level(block[-1].line.text) if level is not None else None
    if level is None or last is None:
        return None
    if deeper(level, last):
        return "nested"
    if candidate.number != "1" or same_title(block[0].title, candidate.title):
        return None
    return "restarted" if all(list_level(e.line.text) == level for e in block) else None


def next_entry(cleaned: str, line: Line, block: list[ContentsEntry]) -> Candidate | None:
    """A contents entry whose title holds a full stop ("456. Ekspropriation. Cykelbaner langs ...", "457
    Ekspropriation. Signalanlæg"), when its number follows the entry before it: in a list, the number says it is
    the next entry."""
    match = BARE.match(cleaned) or PLAIN.match(cleaned)
    last = block[-1].number if block else None
    if match is None or last is None or not last.isdecimal() or int(match["num"]) != int(last) + 1:
        return None
    if len(cleaned) > ONE_TITLE + 30 or match["title"].rstrip().endswith((",", ";", ":")):
        return None
    return Candidate(str(int(match["num"])), match["title"], line, explicit=False)


def next_number_follows(lines: list[Line], index: int, number: str) -> bool:
    """Whether the next line opens with the number after ``number``: no title's number was lost between."""
    following = next_text(lines, index, reach=2)
    head = _LEADING_NUMBER.match(following.clean) if following is not None else None
    return head is not None and number.isdecimal() and int(head[1]) == int(number) + 1


# "Indholdsfortegnelse lukket møde", "53Indholdsfortegnelse åbent møde": a contents heading naming its list's part
_PART_AFTER_HEADING = re.compile(
    r"\s*[-–:]?\s*(?:åben|åbent|åbne|(?P<closed>lukket|lukkede))\s+(?:møde|dagsorden|del|punkter|sager)$"
)


# the last words of _PART_AFTER_HEADING: a key that ends otherwise names no part, and the pattern, which opens with
# white space and is tried at every position, is not searched
_PART_LAST_WORDS = ("møde", "dagsorden", "del", "punkter", "sager")


def heading_part(key: str) -> tuple[str, Literal["open", "closed"] | None]:
    """A heading's key without the part of the list it names, and that part ("open", "closed"; None: none named)."""
    ending = key[:-1] if key.endswith("\n") else key  # "$" holds before a last line break too
    part = _PART_AFTER_HEADING.search(key) if ending.endswith(_PART_LAST_WORDS) else None
    if part is None or part.start() == 0:  # "Åbne punkter" alone is a heading of its own
        return key, None
    return key[: part.start()], "closed" if part["closed"] else "open"


# "7860 SpøttrupIndholdsfortegnelse", "Egon Bo (I)Indholdsfortegnelse åbent møde": a contents heading a PDF's text
# layer glued to the end of the line before it, the heading ending the line
_GLUED_HEADING = re.compile(r"(?<=[a-zæøå)])Indholdsfortegnelse(?:\s+(?:åbent|lukket)\s+møde)?\s*$")


def glued_heading(line: Line) -> Line | None:
    """The contents heading glued to the end of a line, as a line of its own; None when there is none."""
    glued = _GLUED_HEADING.search(line.text)
    return Line(glued[0], line.start + glued.start(), line.index) if glued is not None else None


# "Dagsorden - åbent møde:": a contents heading that names the group its list opens with
_HEADING_BEFORE_GROUP = re.compile(r"(?i)^dagsorden(?:en)?\s*[-–]\s*")
_GROUP_FIRST = frozenset("psdålPSDÅL")  # the first letters of a group heading, alone or after "Dagsorden - "


def group_heading(cleaned: str) -> re.Match[str] | None:
    """A group heading alone on its line ("Åbent møde", "Lukket møde:") or after "Dagsorden - "."""
    if cleaned[:1] not in _GROUP_FIRST:
        return None
    return CONTENTS_GROUP.match(_HEADING_BEFORE_GROUP.sub("", cleaned, count=1))


_LEADER_TO_PAGE = re.compile(r"\.{4,}\s*\d*\s*$")  # a dotted leader, perhaps its page number, ending a line


def leads_to_page(cleaned: str) -> bool:
    """Whether a line ends in a dotted leader, perhaps to a page number ("Punkt 1 Anskaffelse ........ 3"): a contents
    entry, never an item's own heading."""
    return "...." in cleaned and _LEADER_TO_PAGE.search(cleaned) is not None


def explicit_entry(cleaned: str, candidate: Candidate, block: list[ContentsEntry]) -> bool:
    """Whether "Punkt 3 Titel", which heads its item, is a contents entry: it ends in a dotted leader to its page, or
    its number follows such an entry's (its title wraps onto the next line before the leader)."""
    if leads_to_page(cleaned):
        return True
    last = block[-1] if block else None
    return (
        last is not None
        and last.number is not None
        and last.number.isdecimal()
        and candidate.number.isdecimal()
        and int(candidate.number) == int(last.number) + 1
        and leads_to_page(without_tags(last.line.clean))
    )

"""Minutes written as an agenda listed first, then a paragraph per item opened by its number after "Ad" ("Referat: /
Ad. 1. Johannes Lundsfryd – Ansøgningen er nu sendt …", "Ad. 4 Almindelig drøftelse af bl.a. generalforsamlingen"):
each paragraph is its item's narrative, the item's decision text by the written rule, though parse found the items
at the list (their lines hold the title only) and the last listed item's text runs on over every paragraph.

Read only where the shape is whole: two paragraphs or more, numbered up, two of them at least (none above the list's
last number) items listed before the first paragraph whose own text is their title alone, every paragraph inside the
last listed item's text (a listed line parse read as no item, "2. til stede", still ends the paragraph before its own).
"Ad 1. Formanden orienterede om:" inside an item's decision, answering the points of a recommendation (items 69–71, or
an item with a text of its own), is no such paragraph.
"""

from __future__ import annotations

import re
from itertools import pairwise

from graphbuild.extract.outcome_ad_flattened import flattened_ad_marks
from graphbuild.models import AgendaItem
from graphbuild.vocab.near import line_matches

# "Ad. 1.", "Ad 3:", "Ad pkt. 2:", "Ad punkt 4" opening a line, the paragraph's text after it
# (matched at the start of each line holding "ad", by ``vocab.near.line_matches``)
_AD_MARK = re.compile(r"(?i)[ \t]*ad\b\.?[ \t]*(?:pkt\.?[ \t]*|punkt[ \t]*)?(?P<num>\d{1,2})\b(?![.,]\d)\.?[ \t]*[:)]?")
_SHORTEST = 2
_TITLE_ONLY = 3  # letters an item's own text may hold besides its title's (a stray page number, a mark)
_LETTER = re.compile(r"[^\W\d_]")
_LISTED_LINE = re.compile(r"(?m)^[ \t]*\d{1,2}[.)][ \t]+[^\n]*$")


def _title_only(item: AgendaItem, text: str) -> bool:
    """The item's text is its number and title alone: a line of the listed agenda."""
    own = text[item.start : item.end]
    at = own.find(item.title) if item.title else -1
    rest = own[at + len(item.title) :] if at >= 0 else own
    # the listed lines parse read as no item under it ("2. til stede", "3. formanden") are the list's too
    return len(_LETTER.findall(_LISTED_LINE.sub("", rest))) <= _TITLE_ONLY


def ad_paragraphs(text: str, items: list[AgendaItem]) -> tuple[dict[int, tuple[str, int]], int]:
    """Each item's "Ad N" paragraph (by the item's index in ``items``: its text and offset) and where the first
    paragraph begins (-1 when the minutes are not written so); on a flattened page, the marks inside its lines where
    no line opens with one (``outcome_ad_flattened``)."""
    found, first = _read(line_matches(_AD_MARK, text, "ad"), text, items)
    return (found, first) if first >= 0 else _read(flattened_ad_marks(text), text, items)


def _read(marks: list[re.Match[str]], text: str, items: list[AgendaItem]) -> tuple[dict[int, tuple[str, int]], int]:
    """``ad_paragraphs`` read from the given "Ad N" marks."""
    if len(marks) < _SHORTEST:
        return {}, -1
    first = marks[0].start()
    numbers = [int(m["num"]) for m in marks]
    if any(b <= a for a, b in pairwise(numbers)):
        return {}, -1
    listed = [item for item in items if item.start < first]
    host = max(listed, key=lambda item: item.start, default=None)
    if host is None or host.end < marks[-1].end():
        return {}, -1  # the paragraphs are not all in the last listed item's text
    by_number: dict[int, int] = {}
    for index, item in enumerate(items):
        if item.start < first and item.number.isdecimal():
            by_number.setdefault(int(item.number), index)
    known = [n for n in numbers if n in by_number]
    # a listed line parse read as no item ("2. til stede") still ends the paragraph before it
    if len(known) < _SHORTEST or numbers[-1] > max(by_number):
        return {}, -1
    if any(items[by_number[n]] is not host and not _title_only(items[by_number[n]], text) for n in known):
        return {}, -1
    found: dict[int, tuple[str, int]] = {}
    for k, mark in enumerate(marks):
        end = marks[k + 1].start() if k + 1 < len(marks) else host.end
        body = text[mark.end() : end]
        stripped = body.strip()
        if stripped and numbers[k] in by_number:
            found[by_number[numbers[k]]] = (stripped, mark.end() + len(body) - len(body.lstrip()))
    return found, first

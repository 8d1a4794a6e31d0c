"""A contents-only item whose number and title stand again after the contents, the number in the form the
contents list printed it, "1. Godkendelse af dagsorden. Godkendt.", "side 3 1. Godkendelse af dagsorden",
"Til orientering 38/08 Årsberetning 2007": the item's heading, however short its title and whatever follows
it, on a flattened page too, where the heading readers passed it over (run on after a page's running head,
or inside the text of the item before it). The item's text runs from there to the next item's heading; an
item whose text held it ends there.

Guards: the number must stand right before the title in the entry's own form (an entry printed "363." is not
found again as "363 Ansøgning …"), at a line's start or after a space, never after a word that refers to an
item ("punkterne 363 Ansøgning om …", "jf. pkt. 5 …"); the title must stand after the whole contents list,
open no item already read and hold a word (a page's number read as an entry's title, "1", is none)."""

from __future__ import annotations

import re

from graphbuild.models import AgendaItem
from graphbuild.parse.lines import Line, end_without_space, find_words
from graphbuild.parse.sections import build_sections

# the word before an item's number where a sentence refers to the item rather than heading it
_REFERENCE_BEFORE = re.compile(r"(?i)(?:^|\s)(?:punkt\w*|pkt|sag\w*|nr|jf|se|under|ad|til\s+punkt\w*)\.?[ \t]*$")
_WORD = re.compile(r"[^\W\d_]{3}")  # a title's word of three letters
_BEFORE = 40  # how far back the number and the word before it are read


def _entry_form(item: AgendaItem, text: str) -> str:
    """The number's form as a pattern, from the item's contents entry: a full stop when the entry printed "N.",
    none when it printed "N" bare, either when the entry's line does not print the number (implied by its
    place in the list)."""
    line, number = text[item.start : item.end], item.number
    bare = False
    # where the number stands apart, read with str.find: a pattern made for each item's number is compiled again
    # for most items (re's cache holds few of them), and that cost more than the whole search
    at = line.find(number)
    while at >= 0:
        end = at + len(number)
        if at == 0 or not _after_word(line[at - 1]):  # (?<![\w/])
            follow = line[end : end + 1]
            if follow == "." and not line[end + 1 : end + 2].isdecimal():  # N\.(?!\d)
                return r"\."
            bare = bare or not (follow and (_after_word(follow) or follow == "."))  # N(?![\w/.])
        at = line.find(number, at + 1)
    return "" if bare else r"\.?"


def _after_word(char: str) -> bool:
    """Whether a number right after (or before) this character is glued to something: a word's letter or digit (the
    regex \\w) or a slash ("2/3")."""
    return char.isalnum() or char in "_/"


def _number_before(text: str, at: int, number: str, form: str) -> int | None:
    """Where the entry's number stands right before the title at `at`, in the entry's form, opening a line or
    after a space, and after no word that refers to an item; else None."""
    start = max(0, at - _BEFORE)
    before = text[start:at]
    head = re.search(rf"(?<!\S)0*{re.escape(number)}{form}[ \t]*$", before)
    if head is None or _REFERENCE_BEFORE.search(before[: head.start()]):
        return None
    if head.start() == 0 and start > 0 and not text[start - 1].isspace():
        return None
    return start + head.start()


def _heading_at(item: AgendaItem, text: str, after: int, form: str) -> int | None:
    """Where the item's number and title stand after the contents (the number's start), else None."""
    words = item.title.split()
    position = after
    while (match := find_words(text, words, position)) is not None:
        number_at = _number_before(text, match[0], item.number, form)
        if number_at is not None:
            return number_at
        position = match[0] + 1
    return None


def _clipped(item: AgendaItem, text: str, cut: int) -> AgendaItem:
    """The item's text ended where the next item's heading stands."""
    sections = []
    for section in item.sections:
        if section.start >= cut:
            continue
        if section.end > cut:
            body = text[section.start : cut].rstrip()
            section = section.model_copy(update={"text": body, "end": section.start + len(body)})
        sections.append(section)
    return item.model_copy(update={"end": end_without_space(text, cut), "sections": sections})


def located_by_number(
    listed: list[AgendaItem], items: list[AgendaItem], text: str, lines: list[Line]
) -> tuple[list[AgendaItem], list[AgendaItem]]:
    """The contents-only items found again by their number and title after the contents, with their text; and the
    items read already, one whose text held such a heading ending there."""
    waiting = [item for item in listed if item.from_contents]
    if not waiting:
        return listed, items
    after = max(item.end for item in waiting)
    starts = {item.start for item in items} | {item.start for item in listed if not item.from_contents}
    found: dict[int, int] = {}  # position in listed -> where its heading stands
    for position, item in enumerate(listed):
        if not item.from_contents or not _WORD.search(item.title):
            continue  # a title of no word ("1", "27"): a page's number read as an entry, found anywhere
        form = _entry_form(item, text)
        at = _heading_at(item, text, after, form)
        if at is None or at in starts or any(i.number == item.number and i.start <= at < i.end for i in items):
            continue
        found[position] = at
    if not found:
        return listed, items
    cuts = sorted(set(found.values()))
    every_start = sorted({*cuts, *starts})

    def next_start(start: int) -> int:
        return next((s for s in every_start if s > start), len(text))

    def with_text(item: AgendaItem, start: int, end: int) -> AgendaItem:
        body = [line for line in lines if start < line.start < end]
        span = {"start": start, "end": end_without_space(text, end), "from_contents": False}
        return item.model_copy(update={**span, "sections": build_sections(body, text, end, item.title)})

    located = [
        with_text(item, found[position], next_start(found[position])) if position in found else item
        for position, item in enumerate(listed)
    ]
    cut_items = []
    for item in items:
        inside = [c for c in cuts if item.start < c < item.end]
        cut_items.append(_clipped(item, text, inside[0]) if inside else item)
    return located, cut_items

"""Items known only from a contents list: entries whose text is not in the document become items marked
``from_contents``; an entry whose title stands again later is that item's heading (a short title only where a
case label, its access mark or a main section heading follows it: "Meddelelser Baggrund …")."""

from __future__ import annotations

import re

from graphbuild.models import AgendaItem
from graphbuild.parse.item_lines import (
    BULLET,
    NOT_ENTRY,
    PAGE_FOOTER,
    ContentsEntry,
    clean_title,
    same_title,
    title_from,
)
from graphbuild.parse.lines import Line, end_without_space, find_words
from graphbuild.parse.sections import HEADINGS, build_sections


def _bullet_contents(lines: list[Line], items: list[AgendaItem]) -> list[ContentsEntry]:
    """A bullet list of 3+ short lines before the items whose first entries are the items' titles."""
    if not items:
        return []
    first = min(item.start for item in items)
    runs: list[list[Line]] = [[]]
    for line in lines:
        if line.start >= first:
            break
        cleaned = line.clean
        if BULLET.match(line.text) and 0 < len(cleaned) <= 200:
            runs[-1].append(line)
        elif line.text.strip():
            runs.append([])
    titles = [item.title for item in items]
    for run in runs:
        # the list may follow other bullets (a flattened page's participants): it opens at the first title
        opening = next((k for k, line in enumerate(run) if same_title(line.clean, titles[0])), None)
        if opening is None or len(run) - opening < 3:
            continue
        run = run[opening:]
        matched = sum(any(same_title(line.clean, t) for t in titles) for line in run)
        if matched >= min(2, len(items)):
            return [ContentsEntry(None, title_from(line.clean), line, printed=False) for line in run]
    return []


def _item_in_text(entry: ContentsEntry, items: list[AgendaItem], numbers: set[str], restarted: bool) -> bool:
    """Whether the text holds the entry's item: an item of its number, and where the list's numbering starts again
    (a number printed twice) an item of its number under the entry's own title."""
    if not entry.number or entry.number not in numbers:
        return False
    return not restarted or any(i.number == entry.number and same_title(i.title, entry.title) for i in items)


# "Lukket - ", "Lukket sag: ", "(Lukket punkt) - ": a closed entry's mark as its contents list prints it
_CLOSED_MARK = re.compile(r"(?i)^\(?(?:lukket(?:\s+(?:punkt|sag))?|fortroligt)\)?\s*[:\-–]\s*")


def _with_closed_mark(printed: str, title: str) -> str:
    """A closed entry's title as the list prints it, its mark kept ("Lukket - Ejendomshandel"): the item is known
    only by its entry, and the mark is part of the entry's printed title."""
    mark = _CLOSED_MARK.match(printed)
    if mark is None or not printed[mark.end() :].strip() or title.lower().startswith(mark[0].lower()):
        return title
    return f"{mark[0]}{title}"


def items_from_contents(entries: list[ContentsEntry], items: list[AgendaItem], lines: list[Line]) -> list[AgendaItem]:
    """Contents entries whose item is not in the text, as items marked from_contents."""
    entries = entries or _bullet_contents(lines, items)
    if items:  # a contents list comes before the items; a numbered table inside an item is not one
        first = min(item.start for item in items)
        entries = [e for e in entries if e.line.start < first]
    numbers = {item.number for item in items}
    titles = [item.title for item in items]
    out: list[AgendaItem] = []
    # an unnumbered entry takes the number its place implies when numbered entries or the items
    # anchor the list (entry k after an entry numbered n is n + k), else its place in the list
    # a page's running footer is no entry, whether a number was read before it or not
    entries = [e for e in entries if (e.printed or not NOT_ENTRY.match(e.title)) and not PAGE_FOOTER.search(e.title)]
    printed = [int(e.number) for e in entries if e.number and e.printed and e.number.isdecimal()]
    anchor: tuple[int, int] | None = None
    for position, entry in enumerate(entries):
        if entry.number:
            anchor = (position, int(entry.number)) if entry.number.isdecimal() else anchor
            continue
        match = next((i for i in items if same_title(i.title, entry.title)), None)
        if match is not None and match.number.isdecimal():
            anchor = (position, int(match.number))
            continue
        implied = anchor[1] + position - anchor[0] if anchor else position + 1
        later = [n for n in printed if anchor is None or n > anchor[1]]
        clash = str(implied) in numbers or (later and implied >= min(later))
        entry.number, entry.printed = (None if clash else str(implied)), False
    taken = set(numbers) | {e.number for e in entries if e.number and e.printed}
    printed_numbers = [e.number for e in entries if e.number and e.printed]
    restarted = len(set(printed_numbers)) < len(printed_numbers)  # the list's numbering starts again
    for entry in entries:
        if _item_in_text(entry, items, numbers, restarted):
            continue
        if any(same_title(entry.title, t) for t in titles):
            continue
        if any(o.number == entry.number and same_title(o.title, entry.title) for o in out):
            continue  # the list printed twice ("Dagsorden" over the same entries again): one item each
        if not entry.title or (not entry.printed and NOT_ENTRY.match(entry.title)):
            continue  # "Underskriftsside", "Bilagsliste": a contents entry, not an item
        number = entry.number if entry.printed or entry.number not in taken else None
        if number is None:  # no number can be implied: the next free one
            number = str(max((int(n) for n in taken if n.isdecimal()), default=0) + 1)
        taken.add(number)
        title, public, _ = clean_title(entry.title)
        public = public and entry.public
        title = _with_closed_mark(entry.title, title)
        out.append(
            AgendaItem(
                number=number,
                title=title,
                public=public,
                start=entry.line.start,
                end=entry.line.end,
                from_contents=True,
            )
        )
    return out


# What follows an item's title where its text begins: a case label, a section heading, a KLE number
_BODY_OPENS = re.compile(
    r"\s*(?:Sagsnr|Sagsnummer|Sagsid|Sags?\s?nr|Dok\.?\s?nr|J\.\s?nr|Journalnr|Sagsfremstilling|Resum|Indstilling|Beslutning"
    r"|Sagsforløb|\d{2}\.\d{2}\.\d{2}|(?:Åben|Lukket)\s+sag\b)"
)
_LOCATABLE = 15  # a shorter title ("Eventuelt", "Meddelelser") is too common to look for alone
# the first word after a title: a main section heading that opens the item's text ("Strategiplan Resumé …",
# "Meddelelser Baggrund …") lets a short title be looked for
_NEXT_WORD = re.compile(r"\s*([A-ZÆØÅ][a-zæøåé]+)\b")
_OPENING_KINDS = frozenset({"sagsfremstilling", "resume", "indstilling", "beslutning"})
_NO_OPENING = frozenset({"referat", "protokol"})  # a record's kind after a body's name ("Økonomiudvalget Referat")


def _heading_follows(text: str, at: int) -> bool:
    """Whether a main section heading in its capitalised word stands right after `at`."""
    word = _NEXT_WORD.match(text, at)
    return word is not None and word[1].lower() not in _NO_OPENING and HEADINGS.get(word[1].lower()) in _OPENING_KINDS


_LOCATED_ALONE = 25  # a title this long is its item's heading wherever it stands


def located_in_text(
    listed: list[AgendaItem], items: list[AgendaItem], text: str, lines: list[Line]
) -> list[AgendaItem]:
    """Contents-only items whose title stands again after the contents, where a flattened page lost
    the item's number ("Erhvervsudvalget Godkendelse af dagsorden Sagsnr.: 14/ ..."): the item's
    text runs from there to the next item's."""
    if not listed:
        return listed
    after = max(item.end for item in listed)
    spans = [(item.start, item.end) for item in items]
    found: dict[int, int] = {}  # listed position -> where its title stands
    for position, item in enumerate(listed):
        match = find_words(text, item.title.split(), after)
        if match is None or any(a <= match[0] < b for a, b in spans):
            continue
        if len(item.title) < _LOCATABLE and not _heading_follows(text, match[1]):
            continue
        if len(item.title) < _LOCATED_ALONE and not (
            _BODY_OPENS.match(text, match[1]) or _heading_follows(text, match[1])
        ):
            continue
        found[position] = match[0]
    if not found:
        return listed
    starts = sorted({*found.values(), *(item.start for item in items if item.start > after)})
    out = []
    for position, item in enumerate(listed):
        start = found.get(position)
        if start is None:
            out.append(item)
            continue
        end = next((s for s in starts if s > start), len(text))
        # the item's sections, from the lines after the one its title stands on
        body = [line for line in lines if start < line.start < end]
        located = {"start": start, "end": end_without_space(text, end), "from_contents": False}
        out.append(item.model_copy(update={**located, "sections": build_sections(body, text, end, item.title)}))
    return out

"""A numbered agenda printed first as a list and then again, item by item, with each item's text: the list's
entries were read as the items and the restated headings, their numbers already taken, were passed over, so
every item's text was empty and the last one's held the whole record ("1. Godkendelse af dagsorden" … "14.
Eventuelt" / "1. Dagsorden Dagsorden blev godkendt …"; on a flattened page "9. Afslutning 1. Udvikling i
kommunale befordringsordninger … Jesper Staberg præciserede …"). The list is the contents; each entry restated
later is its item, its text from the restated heading to the next one; an entry not restated (an excerpt that
ends early) is known only from the list, ``from_contents``.

Shape: three or more items numbered up by one from the first, no text between their headings (a list), the
last one's text holding the first number again in the list's form ("N.") at a line's or sentence's start
before a capitalised word, and the words after it sharing a word with the first entry's title ("Dagsorden"
for "Godkendelse af dagsorden"). Each later entry is looked for after the one before it alike.

Guards: a number after a word that refers to an item ("jf. punkt 3.", "under pkt. 2.") or the words after it
sharing no word with the entry's title (a point of a list inside the last item's text, "1. at …") is no
restatement; nothing is moved unless the first entry is restated; the items are neither added nor dropped:
each entry stays one item, so nothing doubles."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator

from graphbuild.models import AgendaItem
from graphbuild.parse.lines import Line, end_without_space
from graphbuild.parse.sections import build_sections

_RUN = 3  # the fewest entries a list holds
_TITLE_SPAN = 120  # how far after a restated number its title's words are read
_WORD = re.compile(r"[^\W\d_]{4,}")  # a title's word that says something: four letters or more
_SPACES_BEFORE_CAPITAL = re.compile(r"[ \t]+(?=[A-ZÆØÅ])")  # after a restated "N.": its title opens
# words of four letters or more every title may hold, shared by chance
_COMMON = frozenset({"over", "efter", "samt", "eller", "med", "under", "fra", "til", "for", "ved", "mellem", "mødet"})
# the word before an item's number where a sentence refers to the item rather than heading it
_REFERENCE_BEFORE = re.compile(r"(?i)(?:punkt\w*|pkt|sag\w*|nr|jf|se|under|ad)\.?\s*$")


def _words(title: str) -> set[str]:
    return {word for word in (w.casefold() for w in _WORD.findall(title)) if word not in _COMMON}


def _heading_end(item: AgendaItem, lines: list[Line]) -> int:
    """Where the line an item's heading opens ends."""
    line = next((line for line in lines if line.start == item.start), None)
    return line.end if line is not None else item.start + len(item.number) + 1


def _listed_run(items: list[AgendaItem], lines: list[Line]) -> list[AgendaItem]:
    """The items that open the list: three or more numbered up by one from the first, no line of text between
    one's heading and the next's."""
    run: list[AgendaItem] = []
    for item in sorted(items, key=lambda item: item.start):
        if item.from_contents or not item.number.isdecimal():
            break
        if run:
            before = run[-1]
            if int(item.number) != int(before.number) + 1:
                break
            first = bisect_right(lines, before.start, key=lambda line: line.start)  # lines are sorted by start
            last = bisect_left(lines, item.start, key=lambda line: line.start)
            if any(line.text.strip() for line in lines[first:last]):
                break  # text between the two headings: the items themselves
        run.append(item)
    return run if len(run) >= _RUN else []


def _restated_at(number: str, title: str, text: str, start: int, end: int) -> int | None:
    """Where the entry's number stands again between start and end, in the list's form "N." at a line's or
    sentence's start before a capitalised word, the words after it sharing one with the entry's title."""
    wanted = _words(title)
    if not wanted:
        return None
    for at, after_at in _numbered_at(number, text, start, end):
        if _REFERENCE_BEFORE.search(text, max(0, at - 20), at):
            continue
        after = text[after_at : min(end, after_at + max(_TITLE_SPAN, len(title) + 20))]
        if wanted & _words(after):
            return at
    return None


def _numbered_at(number: str, text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Where "N." stands between start and end after a blank or the text's start, then spaces and a capital: the
    number's start and the capital's, in order, never overlapping; what the pattern ``(?<!\\S)N\\.[ \\t]+(?=[A-ZÆØÅ])``
    finds, read with str.find and one pattern compiled once (a pattern per number is compiled anew when other
    readers' patterns have pushed it out of re's cache)."""
    numbered = f"{number}."
    at = text.find(numbered, start, end)
    while at >= 0:
        spaces = _SPACES_BEFORE_CAPITAL.match(text, at + len(numbered), end)
        if spaces is not None and (at == 0 or text[at - 1].isspace()):
            yield at, spaces.end()
            at = text.find(numbered, spaces.end(), end)
        else:
            at = text.find(numbered, at + 1, end)


def _entry_only(item: AgendaItem, text: str, lines: list[Line], cuts: list[int]) -> AgendaItem:
    """An entry not restated: known from the list only, its line up to a restatement run on after it."""
    line_end = _heading_end(item, lines)
    end = min([line_end, *(c for c in cuts if c > item.start)])
    title = item.title
    if end < line_end:  # "9. Afslutning 1. Udvikling …": the entry's title ends where the restated list begins
        title = " ".join(text[item.start : end].split()[1:]) or title
    span = {"end": end_without_space(text, end), "from_contents": True, "sections": [], "title": title}
    return item.model_copy(update=span)


def restated_items(items: list[AgendaItem], text: str, lines: list[Line]) -> list[AgendaItem]:
    """The items with a list's entries moved to where the list restates them with their text (see the module)."""
    run = _listed_run(items, lines)
    if not run:
        return items
    last = run[-1]
    found: dict[int, int] = {}  # position in run -> where it is restated
    position = text.find(".", last.start) + 1  # after the last entry's number: a flattened page runs it on
    for k, item in enumerate(run):
        at = _restated_at(item.number, item.title, text, position, last.end)
        if at is None:
            if k == 0:
                return items  # the first entry not restated: no restated list
            continue
        found[k] = at
        position = at + len(item.number) + 1
    cuts = sorted(found.values())
    moved: list[AgendaItem] = []
    for k, item in enumerate(run):
        if k not in found:
            moved.append(_entry_only(item, text, lines, cuts))
            continue
        start = found[k]
        end = next((c for c in cuts if c > start), last.end)
        head = text.find("\n", start, end)
        head = end if head < 0 else head
        body = [Line(text[start:head], start, -1)] + [line for line in lines if head < line.start < end]
        moved.append(
            item.model_copy(
                update={
                    "start": start,
                    "end": end_without_space(text, end),
                    "from_contents": False,
                    "sections": build_sections(body, text, end, item.title),
                }
            )
        )
    ids = {id(item) for item in run}
    return [item for item in items if id(item) not in ids] + moved

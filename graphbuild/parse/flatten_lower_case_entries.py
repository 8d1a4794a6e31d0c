"""An item whose title opens in lower case, in the gap of a flattened page's run of item numbers: "4. Orientering om
lokalbestyrelsens fremtidige virke. 5. lndkomne forslag. 6. Valg af 5 lokalbestyrelsesmedlemmer …", "1. Velkommen
tilbage … 2. til stede 3. formanden 4. Hvert medlem har ordet …".

``flatten`` cuts a flattened line before each item number that continues the running sequence, but only before a
capitalised title: a number before a lower-case word is as often a date's, an ordinal's or a sentence's ("den 5.
marts", "3. behandling", "jf. punkt 3 og 4. at …"). Some publishers print an agenda's entries in lower case
("3. godkendelse af referat", "5. orientering fra formanden"); flattened, such an entry ran on into the title before it
and its item was lost. Here the numbers a run of the sequence leaves out between two of its numbers, each printed as
they are ("N. "), are cut where each stands once in the gap before a lower-case word, in order (n, n+1, …, every
number of the gap and no other). ``item_lower_case_gaps`` reads a cut line as the item its neighbours are, and the
contents reader goes on through one (``lower_case_entry``) where the list's entries are read as a contents list.

Guards: the gap's two ends printed "N. " (a full stop and a space); the number after a space, never after a word's
character, a bracket or a slash ("§5.", "(2. behandling)"); never after a word that binds it into a clause ("i",
"den", "til", "og", "jf.", "se", "punkt", "bilag", "kl.", "stk.", "§" …); never before a month ("5. marts"), an
ordinal's noun ("3. behandling", "2. suppleant"), a recommendation's "at" or a conjunction; a gap holding another
lower-case entry than its own numbers (a list in an item's text), a number twice or one left out: none.
"""

from __future__ import annotations

import re
from itertools import pairwise

from graphbuild.parse.dates import DANISH_MONTHS
from graphbuild.parse.flat_lists import REFERENCE
from graphbuild.parse.item_contents_rows import next_number_follows
from graphbuild.parse.item_lines import Candidate, ContentsEntry, title_from
from graphbuild.parse.lines import Line
from graphbuild.vocab.item_number_next import ORDINAL_NOUNS

# a number, its full stop, white space and a lower-case letter: a lower-case entry's head
_LOWER_HEAD = re.compile(r"(?P<num>\d{1,3})\.\s+(?=[a-zæøå])")
_DOTTED = re.compile(r"\d{1,3}\.\s")  # how the run's own numbers at the gap's ends are printed
_BOUND = re.compile(r"[\w.,/:;(§-]")  # a character a number stands glued to inside a word or a reference
# a word before the number that binds it into a clause: a preposition, an article, a conjunction, a reference's
# abbreviation ("jf. punkt 3 og 4. …", "i 2. halvår", "den 5. …", "stk. 2. …", "§ 5. …")
_BINDING_BEFORE = re.compile(
    r"(?i)(?<![\w.])(?:i|den|det|de|en|et|til|for|på|af|og|eller|samt|jf\.|se|om|under|ved|med|fra|efter|end|som"
    r"|stk\.|ca\.|d\.|§)\s+$"
)
_REACH = 16  # characters before the number a binding word or a reference's word is looked for in
# the title's first word: a month's date, an ordinal's noun, a recommendation's point or a conjunction, never an entry
_NO_TITLE = re.compile(
    rf"(?i)(?:{'|'.join(DANISH_MONTHS)}|{ORDINAL_NOUNS}|at|og|samt|eller|men)(?:en|er|erne|e)?\b(?!-)"
)
_GAP = 3  # numbers a gap may hold
# a line cut from a flattened page at such an entry: its number, and its title up to the line's end
_LOWER_ENTRY = re.compile(r"^(?P<num>\d{1,3})\.\s+(?P<title>[a-zæøå].*)$")
_SHORTEST = 5  # a title's characters at least


def _entries(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(offset, number) of each lower-case entry's head between ``start`` and ``end`` of ``text``."""
    out: list[tuple[int, int]] = []
    for match in _LOWER_HEAD.finditer(text, start, end):
        at = match.start()
        if at and _BOUND.match(text, at - 1):
            continue  # "§5.", "(2. behandling)", "1/2. …", "2.3. …": glued, no entry's head
        before = text[max(0, at - _REACH) : at]
        if REFERENCE.search(before) or _BINDING_BEFORE.search(before):
            continue  # "punkt 5. …", "bilag 5. …", "i 2. halvår", "den 5. …": a number inside a clause
        if _NO_TITLE.match(text, match.end()):
            continue
        out.append((at, int(match["num"])))
    return out


def lower_case_cuts(lines: list[Line], run: list[tuple[int, int, int]], read: set[int]) -> dict[int, list[int]]:
    """Offsets (within each line, by line position) of the lower-case entries in the gaps of ``run``: (line position,
    number, offset) of the sequence's numbers ``flatten`` cut, in text order; only lines at positions ``read``."""
    cuts: dict[int, list[int]] = {}
    for (first, low, low_at), (last, high, high_at) in pairwise(run):
        if not 2 <= high - low <= _GAP + 1:
            continue
        if not (_DOTTED.match(lines[first].text, low_at) and _DOTTED.match(lines[last].text, high_at)):
            continue
        found: list[tuple[int, int, int]] = []
        for position in range(first, last + 1):
            if position not in read:
                continue
            text = lines[position].text
            start = low_at + 1 if position == first else 0
            end = high_at if position == last else len(text)
            found.extend((position, at, number) for at, number in _entries(text, start, end))
        if [number for *_, number in found] != list(range(low + 1, high)):
            continue
        for position, at, _ in found:
            if at > 0:
                cuts.setdefault(position, []).append(at)
    return cuts


def lower_case_entry(
    cleaned: str, line: Line, block: list[ContentsEntry], lines: list[Line], segmented: set[int]
) -> Candidate | None:
    """A contents list's entry in lower case on a line cut from a flattened page ("5. lndkomne forslag." between "4.
    Orientering om …" and "6. Valg af …"): numbered one up from the list's last entry and the line after it opening
    with the number after its own, so the list goes on through it; a title ending in a comma or a colon, or one no
    entry opens with (a date's month, an ordinal's noun, "at"), none."""
    if line.index not in segmented or not cleaned[:1].isdigit():
        return None
    match = _LOWER_ENTRY.match(cleaned)
    last = block[-1].number if block else None
    if match is None or last is None or not last.isdecimal() or int(match["num"]) != int(last) + 1:
        return None
    title = title_from(match["title"])
    if len(title) < _SHORTEST or _NO_TITLE.match(title) or title.endswith((",", ";", ":")):
        return None
    if not next_number_follows(lines, line.index, match["num"]):
        return None
    return Candidate(match["num"], title, line, explicit=False)

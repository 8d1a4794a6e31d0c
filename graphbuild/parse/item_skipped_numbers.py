"""Titles run together where a list's numbers were lost: "3. Evaluering af brand, Højbjerg 20. oktober Ny
beredskabslov" then "5. …", "1. Strategiplan Rejsekortet" then "3. …". A PDF's text layer dropped item 4's number
and ran its title on after item 3's; the skip in the numbering says how many titles the line holds. The title is cut
where a capitalised word opens after a word a title may end on, only when it holds exactly as many such openings as
numbers were skipped; the titles cut off become the skipped items, known only from the list (`from_contents`)."""

from __future__ import annotations

import re
from itertools import pairwise

from graphbuild.models import AgendaItem
from graphbuild.parse.dates import DANISH_MONTHS
from graphbuild.parse.flatten_title_words import BINDING, NUMBERED_BY

_MOST_SKIPPED = 3  # more lost numbers in one place is a list of another kind (a year's running numbers)
# the words a title does not end on (flatten_titles' own, "for årene 2010 og Udpegning …" one title) and the
# abbreviations that lead on to a number or a name
_BINDING = frozenset(
    BINDING | NUMBERED_BY | {"inkl.", "jf.", "pr.", "ca.", "kl.", "kr.", "mv.", "m.v.", "bl.a.", "f.eks."}
)
# a word ending so leads on (a comma, colon, dash, bracket or slash), as does a lone dash or an ampersand
_LEADS_ON = re.compile(r"[,:;(/&–—-]$")
_WORD = re.compile(r"[^\W\d_]{3,}")  # a word of three letters or more
# "den 25. oktober 2005": a day with its year, which a case's history prints ("Økonomiudvalget den 25. oktober 2005,
# pkt. 3") where an item's heading ran on into its text, and a lost title does not
_DATED = re.compile(rf"(?i)\b\d{{1,2}}\.\s*(?:{'|'.join(DANISH_MONTHS)})\s+(?:19|20)\d\d\b")
_OPENS = re.compile(r"^[A-ZÆØÅ][a-zæøåé]")  # a capitalised word, not an initial, acronym or roman numeral


def _openings(words: list[str]) -> list[int]:
    """Where a title may open inside a run of words: a capitalised word after a word a title may end on, the word
    before in lower case, a number, or the title's own first word ("Strategiplan Rejsekortet")."""
    found = []
    for k in range(1, len(words)):
        before = words[k - 1]
        if not _OPENS.match(words[k]) or _LEADS_ON.search(before) or before.lower() in _BINDING:
            continue
        if before.rstrip(".").isdigit():
            continue  # "Lokalplan 237 Boliger ved …": a plan's or a case's number before its name
        if before[:1].isupper() and k > 1:
            continue  # within a run of capitalised words: a name ("Sjælør Boulevard", "C. V. Bramsnæs Legat")
        found.append(k)
    return found


def _cut(title: str, skipped: int) -> list[str] | None:
    words = title.split()
    openings = _openings(words)
    if len(openings) != skipped:
        return None
    bounds = [0, *openings, len(words)]
    pieces = [words[a:b] for a, b in pairwise(bounds)]
    if not all(any(_WORD.fullmatch(word) for word in piece) for piece in pieces):
        return None  # "J.nr. 565 Udkast til …": a label and its number are no title
    titles = [" ".join(piece) for piece in pieces]
    return None if any(_DATED.search(title) for title in titles[1:]) else titles


def _printed(number: int, beside: str) -> str:
    """A skipped item's number as the list prints its neighbour's: "04" after "03"."""
    return str(number).zfill(len(beside)) if beside.startswith("0") else str(number)


def with_skipped_titles(items: list[AgendaItem]) -> list[AgendaItem]:
    """The items, each numbered one whose next number skips one to three numbers cut into the skipped items'
    titles where its title holds exactly as many openings."""
    numbered = sorted(((int(i.number), i) for i in items if i.number.isdecimal()), key=lambda pair: pair[0])
    numbers = [n for n, _ in numbered]
    if len(set(numbers)) < len(numbers):
        return items  # a list that starts again: its numbers skip nothing
    added: dict[int, list[AgendaItem]] = {}
    for (number, item), (following, _) in pairwise(numbered):
        skipped = following - number - 1
        if not 1 <= skipped <= _MOST_SKIPPED:
            continue
        pieces = _cut(item.title, skipped)
        if pieces is None:
            continue
        head = item.model_copy(update={"title": pieces[0]})
        listed = [
            AgendaItem(
                number=_printed(number + k, item.number),
                title=piece,
                start=item.start,
                end=item.start,
                from_contents=True,
            )
            for k, piece in enumerate(pieces[1:], start=1)
        ]
        added[id(item)] = [head, *listed]
    if not added:
        return items
    return [new for item in items for new in added.get(id(item), [item])]

"""Items of the meeting known only from another item's text, where that text names one by its number and its title:
the approval of the agenda taking one off, moving or adding one ('punkt 8, ”lovliggørelse af tagterrasse …” ikke
behandles', 'Sag nr. 7 - Ældrerådsvalg 2021 - udsættes til mødet i februar', 'punkt 81 "Borgerrådgiver -
orientering"', 'Godkendt nyt pkt. 10: Fællesarrangement for uddannelse af flygtninge'), or material sent for one
('Til pkt.4, Høringssvar vedr. Lynetteholm:'). Such an item is listed, as a contents list's entry is (its text is
not in the document).

The title must be set apart: in quotation marks, between spaced dashes, after a colon to the line's end, or after a
comma up to a colon. Not an item: a number alone ("pkt 5"), an item's own heading (the reference opens its line),
a reference in a document with no item found or after the last one's text, one in a sentence about attendance
("forlod mødet under behandling af punkt 30 …", "deltog ikke i behandlingen af pkt. 3"), one after a date or a
year (another meeting's item: "på Kommunalbestyrelsens møde den 24. april 2024 punkt 56, hvor …"), a number
already an item's."""

from __future__ import annotations

import re

from graphbuild.models import AgendaItem
from graphbuild.vocab.near import lowered

_REFERENCE = re.compile(
    r"(?i:\b(?:punkt|pkt\.?|sag\s+nr\.?))\s*(?P<num>\d{1,3})\b"
    r"(?:\s*[,:]?\s*[\"”“„](?P<quoted>[^\"”“„\n]{3,120})[\"”“]"
    r"|\s*:\s*(?P<colon>[A-ZÆØÅ][^\n:]{2,120}?)[ \t.]*$"
    r"|\s*,\s*(?P<comma>[A-ZÆØÅ][^\n:,]{2,120}?):"
    r"|\s+[-–]\s+(?P<dashed>[A-ZÆØÅ][^\n]{2,120}?)\s+[-–]\s)",
    re.MULTILINE,
)
# the words before a reference, in its sentence, that make it no item of the list: attendance during an item, or a
# date or year of another meeting
_NOT_LISTING = re.compile(
    r"(?i)behandling(?:en)?\s+af|forlod|ankom|deltog\s+ikke|\b(?:19|20)\d\d\b|\d{1,2}\.\s*(?:januar|februar|marts"
    r"|april|maj|juni|juli|august|september|oktober|november|december)|\d{1,2}[.\-/]\d{1,2}[.\-/]\d{2,4}"
)
_SENTENCE_BEFORE = 80  # how far back the words before a reference are read, to its sentence's start
_SENTENCE_START = re.compile(r".*(?:[.!?]\s|\n)", re.DOTALL)
_CUE = re.compile(r"(?i)\b(?:punkt|pkt|sag\s+nr)")
_CUE_WORDS = ("punkt", "pkt", "sag")  # a reference opens with one of these, in any case


def _cue_positions(text: str) -> list[int]:
    """Where a word a reference opens with starts (found by substring search over the lower-cased text), in order."""
    low = lowered(text)  # one character for one ("İ" lowers to two): a word's place in it is its place in the text
    found: set[int] = set()
    for word in _CUE_WORDS:
        at = low.find(word)
        while at >= 0:
            if at == 0 or not low[at - 1].isalnum():
                found.add(at)
            at = low.find(word, at + 1)
    return sorted(found)


def named_items(text: str, items: list[AgendaItem]) -> list[AgendaItem]:
    """The items another item's text names by number and title, each once, and numbered as no item found is."""
    ends = [item.end for item in items if not item.from_contents]
    if not ends:
        return []
    last_end = max(ends)
    numbers = {item.number for item in items}
    out: list[AgendaItem] = []
    for position in _cue_positions(text[:last_end]):
        match = _REFERENCE.match(text, position)
        if match is None:
            continue
        number = str(int(match["num"]))
        if number in numbers:
            continue
        line_start = text.rfind("\n", 0, match.start()) + 1
        if not any(ch.isalpha() for ch in text[line_start : match.start()]):
            continue  # "Punkt 3: Titel" opening its line is an item's own heading
        before = text[max(line_start, match.start() - _SENTENCE_BEFORE) : match.start()]
        sentence = _SENTENCE_START.sub("", before)
        if _NOT_LISTING.search(sentence):
            continue
        title = (match["quoted"] or match["colon"] or match["comma"] or match["dashed"]).strip(" .,;:")
        if sum(ch.isalpha() for ch in title) < 2 or _CUE.match(title):
            continue
        numbers.add(number)
        out.append(AgendaItem(number=number, title=title, start=match.start(), end=match.end(), from_contents=True))
    return out

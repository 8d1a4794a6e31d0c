"""A flattened contents page: titles run together on one line, their numbers lost or kept, cut into entries."""

from __future__ import annotations

import re

from graphbuild.parse.flatten_titles import CASE_KIND, ends_in_back_matter, looks_like_contents, split_title_run
from graphbuild.parse.item_lines import (
    ABBREVIATION,
    ONE_TITLE,
    SENTENCE_BREAK,
    ContentsEntry,
)
from graphbuild.parse.lines import Line

_CONTENTS_REACH = 20000  # a flattened contents page whose numbers were lost stands within the first pages
# the page number before a flattened page's text, "Side 3 af 12" after it
_PAGE_NUMBERS = re.compile(r"^\d{1,3}\s+|\s+(?:SIDE|Side)\s+\d+(?:\s+af\s+\d+)?$")
# A flattened front page: the meeting's members and their parties, not a run of contents titles
_FRONT_PAGE = re.compile(r"(?i)\b(?:mødedeltagere|deltagere|medlemmer|til stede|fraværende|afbud)\s*:")
_PARTY_LETTER = re.compile(r"\([A-ZÆØÅ]\)")
# What opens a flattened contents page before its first title: the heading ("Indholdsfortegnelse", "...
# Følgende sager behandles på mødet") and its column labels ("Sag nr. Side", "Pkt. Tekst Side", "Side")
_CONTENTS_LEAD = re.compile(
    r"(?i)^(?:.{0,120}?\bfølgende sager behandles(?:\s+på\s+mødet)?:?|(?:indholdsfortegnelse|indhold)\b:?)"
    r"\s*(?:(?:sag\s*nr\.?|pkt\.?|tekst|side)\s+)*"
)


def read_flattened_page(lines: list[Line], inside: set[int], entries: list[ContentsEntry]) -> None:
    """A flattened page of titles with every number lost ("2 Deltagerfortegnelse Godkendelse af referat
    Siden sidst Meddelelser ..."): its titles as entries."""
    for line in lines:
        if line.start > _CONTENTS_REACH:
            break  # a contents page is at the front of the document
        cleaned = line.clean
        if len(cleaned) < 150 or SENTENCE_BREAK.search(ABBREVIATION.sub("", cleaned)):
            continue
        run = _PAGE_NUMBERS.sub("", cleaned)
        pieces = split_title_run(_CONTENTS_LEAD.sub("", run, count=1))
        # the labels over the titles ("DAGSORDEN:", "Sager til beslutning:") are dropped from the
        # pieces; a colon or a sentence left in them is prose, not a contents list
        words = " ".join(pieces)
        if words.count(":") - len(CASE_KIND.findall(words)) > 1 or SENTENCE_BREAK.search(ABBREVIATION.sub("", words)):
            continue
        if _FRONT_PAGE.search(cleaned) or len(_PARTY_LETTER.findall(cleaned)) >= 2:
            continue  # a front page's members ("Mødedeltagere: Ole Find Jensen (A) John ... (V)"), no titles
        if looks_like_contents(pieces):
            entries.extend(run_entry(piece, line) for piece in pieces)
            inside.add(line.index)


_PAGE_AFTER_LEADER = re.compile(r"(?<=\.\.\.)\s*\d{1,3}\b")
_LEADER_AT_END = re.compile(r"\.{3,}$")
_NUMBERED_PIECE = re.compile(r"^(\d{1,3})\.\s+(\S.*)$")


def run_pieces(text: str) -> list[str]:
    """Titles run together in a flattened contents list; a dotted leader ("del...5") ends one whole,
    unless the text before it is too long for one title (the leader ends only the last of several:
    "Godkendelse af dagsorden Orientering fra formanden ... Eventuelt...19")."""
    pieces: list[str] = []
    for part in _PAGE_AFTER_LEADER.split(text):
        if _LEADER_AT_END.search(part.strip()) and len(part.strip()) <= ONE_TITLE:
            pieces.append(part.strip())
        else:
            pieces.extend(split_title_run(part))
        if ends_in_back_matter(part):
            break  # "... Bilagsoversigt...12 Norddjurs Kommune": the attachments' list, then a page's footer
    return [p for p in pieces if p.strip(" .") and not p.strip(" .").isdigit()]  # "... 5 2": page numbers


def run_entry(piece: str, line: Line) -> ContentsEntry:
    numbered = _NUMBERED_PIECE.match(piece)
    if numbered:
        return ContentsEntry(numbered[1], numbered[2], line)
    return ContentsEntry(None, piece, line, printed=False)

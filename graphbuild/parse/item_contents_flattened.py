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
# A flattened front page's header labels with their values run on ("Referat Mødeforum Styregruppen ... Sagsnr
# Dokumentnr Mødedato 18/ Tid Kl Sted Slagelse Kommune, Torvegade 2"): three or more of them are no titles
_HEADER_LABEL = re.compile(
    r"\b(?:Mødeforum|Mødedato|Mødested|Mødetidspunkt|Sagsnr|Dokumentnr|Tid|Sted|Dato|Referent)\b"
)
_HEADER_LABELS = 3
# What opens a flattened contents page before its first title: the heading ("Indholdsfortegnelse", "...
# Følgende sager behandles på mødet") and its column labels ("Sag nr. Side", "Pkt. Tekst Side", "Side")
_CONTENTS_LEAD = re.compile(
    r"(?i)^(?:.{0,120}?\bfølgende sager behandles(?:\s+på\s+mødet)?:?|(?:indholdsfortegnelse|indhold)\b:?)"
    r"\s*(?:(?:sag\s*nr\.?|pkt\.?|tekst|side)\s+)*"
)


def read_flattened_page(lines: list[Line], inside: set[int], entries: list[ContentsEntry], segmented: set[int]) -> None:
    """A flattened page of titles with every number lost ("2 Deltagerfortegnelse Godkendelse af referat
    Siden sidst Meddelelser ..."): its titles as entries. Where the page was cut into pieces at page numbers
    that looked like items' ("... Resultatrevision 23 Valg af driftsherre ..."), the pieces after it are read
    with it when the whole still reads as a contents list."""
    taken = -1
    for position, line in enumerate(lines):
        if line.start > _CONTENTS_REACH:
            break  # a contents page is at the front of the document
        if position <= taken or len(line.clean) < _RUN_LENGTH:
            continue
        pieces = _title_run(line.clean)
        if pieces is None:
            continue
        taken = _last_cut_piece(lines, position, segmented)
        whole = _title_run(" ".join(line.clean for line in lines[position : taken + 1])) if taken > position else None
        if whole is not None and len(whole) > len(pieces):
            pieces = whole
        else:
            taken = position
        # the entries stand on the run's last line: an item's title is looked for again after it
        entries.extend(run_entry(piece, lines[taken]) for piece in pieces)
        inside.update(range(line.index, lines[taken].index + 1))


_RUN_LENGTH = 150  # a flattened contents page is at least this long


def _title_run(cleaned: str) -> list[str] | None:
    """The titles of a flattened contents page, or None when the text reads otherwise."""
    if SENTENCE_BREAK.search(ABBREVIATION.sub("", cleaned)):
        return None
    # what the whole line says is asked before the titles are cut (the cutting is the dear part)
    if _FRONT_PAGE.search(cleaned) or len(_PARTY_LETTER.findall(cleaned)) >= 2:
        return None  # a front page's members ("Mødedeltagere: Ole Find Jensen (A) John ... (V)"), no titles
    if len(set(_HEADER_LABEL.findall(cleaned))) >= _HEADER_LABELS:
        return None  # a front page's header labels and their values: the meeting's forum, day, time and place
    run = _PAGE_NUMBERS.sub("", _BROKEN_PAGE_FIELD.sub(" ", cleaned))
    pieces = split_title_run(_CONTENTS_LEAD.sub("", run, count=1))
    # the labels over the titles ("DAGSORDEN:", "Sager til beslutning:") are dropped from the pieces; a colon
    # or a sentence left in them is prose, not a contents list (a title ending in a full stop before the next
    # one's page number is no sentence: "... Idrætsparken. 32 Velfærd ...")
    words = " ".join(pieces)
    labels = len(CASE_KIND.findall(words)) + len(_BARE_CLOSED.findall(words))  # "Beslutning:", "LUKKET PUNKT:"
    if words.count(":") - labels > 1 or any(SENTENCE_BREAK.search(ABBREVIATION.sub("", piece)) for piece in pieces):
        return None
    return pieces if looks_like_contents(pieces) else None


def _last_cut_piece(lines: list[Line], position: int, segmented: set[int]) -> int:
    """The position of the last piece cut from the line at ``position``: the pieces follow it in the text
    without a line break of their own."""
    end = position
    while (
        end + 1 < len(lines)
        and lines[end + 1].index in segmented
        and lines[end + 1].start == lines[end].start + len(lines[end].text) + 1
    ):
        end += 1
    return end


# A word processor's page-number field whose bookmark is gone, printed where the page number stands ("Salg af
# ejendom Fejl! Bogmærke er ikke defineret."): no part of a title
_BROKEN_PAGE_FIELD = re.compile(
    r"\s*(?:Fejl!\s+Bogmær\w*(?:\s+er\s+ikke\s+defineret\.?)?|Error!\s+Bookmark\s+not\s+defined\.?)"
)
_PAGE_AFTER_LEADER = re.compile(r"(?<=\.\.\.)\s*\d{1,3}\b")
_LEADER_AT_END = re.compile(r"\.{3,}$")
# closed items' markers in capitals with their titles left out ("LUKKEDE SAGER LUKKET PUNKT: LUKKET PUNKT:...27"):
# one entry each, cut by split_title_run, not one title before the leader
_BARE_CLOSED = re.compile(r"\bLUKKET PUNKT:")
_NUMBERED_PIECE = re.compile(r"^(\d{1,3})\.\s+(\S.*)$")


def run_pieces(text: str) -> list[str]:
    """Titles run together in a flattened contents list; a dotted leader ("del...5") ends one whole,
    unless the text before it is too long for one title (the leader ends only the last of several:
    "Godkendelse af dagsorden Orientering fra formanden ... Eventuelt...19")."""
    pieces: list[str] = []
    for part in _PAGE_AFTER_LEADER.split(_BROKEN_PAGE_FIELD.sub(" ", text)):
        if _LEADER_AT_END.search(part.strip()) and len(part.strip()) <= ONE_TITLE and not _BARE_CLOSED.search(part):
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

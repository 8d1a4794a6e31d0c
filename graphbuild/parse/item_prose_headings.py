"""Items of plain minutes with neither numbers nor section headings: a short line set apart over a paragraph
of prose, the shape repeated through the text ("Vedtægter." / "Disse blev gennemgået, ..." / "Valg." / "Der
blev vedtaget ..."). Read only where no other item form is found, the text opens as a meeting's record and one
of the headings is an agenda's standing item ("Godkendelse af referat", "Økonomi", "Valg", "Eventuelt",
"Næste møde"): a page's or a letter's headings over paragraphs name none, an association's minutes nearly always
do. On a page that prints no blank line (`text_unbroken`) each line is a block: a heading is set apart by the line
above it ending a paragraph, its paragraph the line under it."""

from __future__ import annotations

import re

from graphbuild.parse.header_labels import LABEL_KEYS
from graphbuild.parse.item_lines import SENTENCE_BREAK, STANDING_ITEM, Candidate
from graphbuild.parse.item_unnumbered import CHROME, DATE_ALONE, opens_item_text
from graphbuild.parse.lines import Line
from graphbuild.parse.text_unbroken import prints_no_blank_line
from graphbuild.vocab.sentence_abbreviations import is_abbreviation

_HEADING_LENGTH = 200  # a heading over a paragraph is one line, never longer
_LEAST_HEADINGS = 2  # one short line over paragraphs is a letter's or page's heading, not a list of items
_OPENING_LINES = 12  # the lines with text where minutes name what they record
# what the opening of a meeting's record names: its kind, those present or absent
MEETING_CUE = re.compile(r"(?i)\b(?:referat|dagsorden|til\s+stede|tilstede|deltagere|fraværende|afbud)\b")
_SENTENCE_END = (".", "!", "?")
_WORDS_OF_A_NAME = 3  # "Vedtægter.", "Valg.": a heading this short may end in a full stop
# a label with its value ("Til stede: ...", "Dato: 4. juni"), or a date alone: no heading
_LABEL = re.compile(r"^[\w .\-]{1,25}:")
# a header's or an attendance list's label alone on its line, over its value: no item's heading
HEADER_LABEL = re.compile(
    rf"(?i)^(?:{'|'.join(key for keys in LABEL_KEYS.values() for key in keys)}|referent|mødeleder|ordstyrer|dirigent"
    r"|dagsorden|referat|emne|opgave|proces|tovholder|bemærkninger?|beslutning|indstilling|bilag|medlemmer"
    r"|[\w ]*(?:deltagere|til\s*stede|fraværende|afbud)[\w ]*)\s*:$"
)
# a recommendation's point ("At 1) udvalget godkender", "at sagen sendes videre"): no item's heading
_RECOMMENDATION_POINT = re.compile(r"^(?:[Aa]t\s+(?:\d{1,2}\)\s*)?[a-zæøå]|\d{1,2}\)\s)")
_BULLET = re.compile(r"^\s*[-•·*–▪●o]\s")  # a list's point: neither a heading nor a paragraph of prose


def plain_minutes(texts: list[Line]) -> bool:
    """Whether the lines with text are plain minutes: their opening names a meeting's record and no line opens an
    item's main section (a portal's item text, whose titles the page may have lost: its section headings are no
    items). `texts`: the document's lines that hold text."""
    if not any(MEETING_CUE.search(line.clean) for line in texts[:_OPENING_LINES]):
        return False
    return not any(opens_item_text(line.clean) for line in texts)


def prose_headed_items(lines: list[Line], skip: set[int]) -> list[Candidate]:
    """Items under short headings set apart over paragraphs: two or more such headings, one of them a standing
    item, in a text whose opening names a meeting's record, each a line with a blank line above it (or a
    paragraph's end, when a blank line is below it), one phrase (no sentence in it, no closing full stop unless
    it is a word or two), over a paragraph longer than itself that ends a sentence."""
    if not plain_minutes([line for line in lines if line.text.strip()]):
        return []
    unbroken = prints_no_blank_line(lines)
    found: list[Candidate] = []
    for position, line in enumerate(lines):
        if (
            line.index in skip
            or not _heading_shape(line.clean)
            or _BULLET.match(line.text)
            or _RECOMMENDATION_POINT.match(line.clean)
        ):
            continue
        if (
            (MEETING_CUE.match(line.clean) and not STANDING_ITEM.match(line.clean))
            or CHROME.match(line.clean)
            or DATE_ALONE.match(line.clean)
        ):
            continue  # "Til stede på mødet var", "Afbud": the attendance's label over its names
        above = lines[position - 1].text.strip() if position else ""
        below = lines[position + 1].text.strip() if position + 1 < len(lines) else ""
        a_name = len(line.clean.split()) <= _WORDS_OF_A_NAME
        if unbroken:
            if _heads_a_block(lines, position, first=not found):
                found.append(Candidate(str(len(found) + 1), line.clean, line, explicit=False))
            continue
        if above and not (a_name and not below and above.endswith(_SENTENCE_END)):
            # inside a paragraph: neither set apart above nor a word or two after a paragraph's end ("... 2008." /
            # "Valg." / blank)
            continue
        paragraph = _paragraph_below(lines, position)
        if len(paragraph) <= len(line.clean) or not _is_prose(paragraph):
            continue
        found.append(Candidate(str(len(found) + 1), line.clean, line, explicit=False))
    if len(found) < _LEAST_HEADINGS or not any(STANDING_ITEM.match(c.title) for c in found):
        return []
    return found


def _heads_a_block(lines: list[Line], position: int, first: bool) -> bool:
    """On a page that prints no blank line (each block a line of its own): whether the heading-shaped line at
    ``position`` heads the paragraph on the line under it, prose longer than itself, and, unless
    it is the first heading (under the page's header), stands under a paragraph that ends its sentence or a label
    with its value ("Bestyrelsesmedlem: Bjarne Pedersen")."""
    line = lines[position]
    above = lines[position - 1].text.strip() if position else ""
    paragraph = lines[position + 1].text.strip() if position + 1 < len(lines) else ""
    if len(paragraph) <= len(line.clean) or not _is_prose(paragraph):
        return False
    return first or _is_prose(above) or _LABEL.match(above) is not None


# a remark in brackets closing a paragraph's last sentence, after a lower-case word ("Økonomien ser ud som sidste
# år (sekretæren lover at dette emne uddybes i næste referat)"): its end is the sentence's; a note on a name in a
# list ("Michael Kock – MK (afbud)") is none
_CLOSING_REMARK = re.compile(r"[a-zæøå]{2}[”\"']?\s+\([a-zæøå]+(?:\s+[^\s()]+){2,}\)$")


# a sentence's end inside the paragraph: a lower-case word's full stop before a capitalised word ("sekretær. Til
# disse poster"); a name's abbreviation ("Jens Chr. Larsen") is capitalised, "evt." and "bl.a." are abbreviations
_SENTENCE_INSIDE = re.compile(r"(?<![\w.])([a-zæøå]{2,})\.\s+(?=[A-ZÆØÅ][a-zæøå])")


def _is_prose(paragraph: str) -> bool:
    """Whether the paragraph under a heading is prose: it ends a sentence, ends in a lower-case remark in
    brackets, or opens with a sentence before a list it leads into ("Der blev vedtaget at nedsætte et
    forretningsudvalg. Til disse poster valgtes: Formand : Kent Budolfsen ...")."""
    return (
        paragraph.endswith(_SENTENCE_END)
        or _CLOSING_REMARK.search(paragraph) is not None
        or any(not is_abbreviation(stop[1]) for stop in _SENTENCE_INSIDE.finditer(paragraph))
    )


def _heading_shape(cleaned: str) -> bool:
    """A line that reads as a heading: short, opening with a capital, one phrase, no label with a value; a
    heading may end in a colon ("Daglig drift:") when it is no header's or attendance list's label."""
    if cleaned.endswith(":") and not HEADER_LABEL.match(cleaned):
        cleaned = cleaned[:-1].rstrip()
    if not cleaned or len(cleaned) > _HEADING_LENGTH or not cleaned[:1].isupper() or _LABEL.match(cleaned):
        return False
    if cleaned.endswith((":", ",", ";", "!")) or SENTENCE_BREAK.search(cleaned):
        return False
    return not cleaned.endswith(".") or len(cleaned.split()) <= _WORDS_OF_A_NAME


def _paragraph_below(lines: list[Line], position: int) -> str:
    """The paragraph under a heading: its lines up to the next blank line, past one blank line right under it."""
    k = position + 1
    if k < len(lines) and not lines[k].text.strip():
        k += 1
    words: list[str] = []
    if k < len(lines) and _BULLET.match(lines[k].text):
        return ""  # a list of points or names under a label, no paragraph
    while k < len(lines) and lines[k].text.strip():
        words.append(lines[k].clean)
        k += 1
    return " ".join(words).strip()

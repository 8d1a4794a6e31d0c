"""Case, journal and document numbers of an agenda item."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from graphbuild.vocab.case_numbers import ANY_CASE, UNLABELLED_SCHEMES
from graphbuild.vocab.near import Word, finditer_near, search_near

_LABELLED_CASE = re.compile(
    rf"(?i)\b(?:sags?\.?\s*nr|sagsnummer|sagsid|sag\s+nr|esdh(?:-nr)?)\.?\s*:?\s*(?P<v>{ANY_CASE})\b"
)
_JOURNAL = re.compile(r"(?i)\bj(?:ournal)?\.?\s*nr\.?\s*:?\s*(?P<v>\d\d\.\d\d(?:\.\d\d)?)(?:[-.][A-ZÆØÅ]\d\d)?")
_DOCUMENT = re.compile(r"(?i)\bdok(?:ument)?\.?\s*nr\.?\s*:?\s*(?P<v>[\w][\w.\-/]*\w)")
_STANDALONE = re.compile(rf"^\s*(?:[*_]*)(?P<v>{UNLABELLED_SCHEMES})(?:[*_]*)\s*$")
# every unlabelled number holds two digits and a separator before a digit ("00.15", "326-2", "25/2"):
# only the lines that hold one are tried, found by one pass over the text
_NUMBER_CORE = re.compile(r"\d\d[./-]\d")
_KLE_IN_CASE = re.compile(r"^(?P<kle>\d\d\.\d\d\.\d\d)-")
# the words each label holds near its start: the passes run only around them (vocab.near)
_LABELLED_WORDS: tuple[Word, ...] = (("sag", re.compile(r"(?i)sag(?:s?\.?\s*nr|snummer|sid|\s+nr)")), "esdh")
_JOURNAL_WORDS = ("nr",)
_DOCUMENT_WORDS: tuple[Word, ...] = (("dok", re.compile(r"(?i)dok(?:ument)?\.?\s*nr")),)
_LABEL_REACH = 80  # a label, white space and a number


def _lines_with_a_number(text: str) -> list[str]:
    """The lines of text (split at \\n) that hold a match of _NUMBER_CORE, in order."""
    out: list[str] = []
    end = -1
    for core in _NUMBER_CORE.finditer(text):
        if core.start() < end:
            continue  # on the line just taken
        start = text.rfind("\n", 0, core.start()) + 1
        stop = text.find("\n", core.end())
        end = len(text) if stop < 0 else stop
        out.append(text[start:end])
    return out


@dataclass
class ItemNumbers:
    case_numbers: list[str] = field(default_factory=list)
    journal_number: str | None = None
    document_number: str | None = None


def find_item_numbers(text: str) -> ItemNumbers:
    """Numbers from an item's text: labelled anywhere, unlabelled only on a line of their own."""
    found = ItemNumbers()
    document_match = search_near(_DOCUMENT, text, _DOCUMENT_WORDS, _LABEL_REACH)
    if document_match:
        found.document_number = document_match["v"]
    for match in finditer_near(_LABELLED_CASE, text, _LABELLED_WORDS, _LABEL_REACH):
        if match["v"] not in found.case_numbers:
            found.case_numbers.append(match["v"])
    for line in _lines_with_a_number(text):
        alone = _STANDALONE.match(line)
        if alone and alone["v"] not in found.case_numbers and alone["v"] != found.document_number:
            found.case_numbers.append(alone["v"])
    journal = search_near(_JOURNAL, text, _JOURNAL_WORDS, _LABEL_REACH)
    if journal:
        found.journal_number = journal["v"]
    else:
        for number in found.case_numbers:
            kle = _KLE_IN_CASE.match(number)
            if kle:
                found.journal_number = kle["kle"]
                break
    return found

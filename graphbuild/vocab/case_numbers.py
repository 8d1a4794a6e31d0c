"""Danish case numbers, one set of patterns for parse (finding them) and extract (reading them).

- municipal ESDH numbers: ``326-2017-43896`` (municipality code 0326, year, serial);
- KLE-based numbers: ``00.15.10-A21-1-21`` (KLE subject 00.15.10, action facet A21, serial, year);
  the facet letter may be Danish (``Ø21``) and the serial may have two parts (``-1-3-21``);
- short ``25/26257`` and year-serial ``2021-004512`` numbers, whose scheme says nothing more;
- a case system's prefix before year and serial, ``EMN-2025-010561`` (Aarhus's FirstAgenda pages): found
  only after a case label, since capitals, a year and digits also make up other codes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from graphbuild.vocab.reference import municipality_by_code

MUNICIPAL = r"\d{3}-(?:19|20)\d\d-\d{1,8}"
KLE_CASE = r"\d\d\.\d\d\.\d\d-[A-ZÆØÅ]\d\d(?:-\d{1,6}){1,2}-\d\d"
SHORT = r"\d\d/\d{3,7}"
YEAR_SERIAL = r"(?:19|20)\d\d-\d{4,8}"
PREFIXED_YEAR_SERIAL = r"(?-i:[A-ZÆØÅ]{2,5})-(?:19|20)\d\d-\d{4,8}"
ANY_CASE = rf"(?:{KLE_CASE}|{MUNICIPAL}|{SHORT}|{YEAR_SERIAL}|{PREFIXED_YEAR_SERIAL})"

# The look-behind of each ("(?<![\d.-])(\d{3})-…") stands after the first digit: a pattern that opens with
# a character class is scanned for it at C speed, one that opens with a look-behind is not. Same matches.
MUNICIPAL_RE = re.compile(r"(\d(?<![\d.-]\d)\d\d)-((?:19|20)\d\d)-(\d{1,8})(?![\d-])")
KLE_CASE_RE = re.compile(r"(\d(?<![\d.]\d)\d\.\d\d\.\d\d)-([A-ZÆØÅ]\d\d)((?:-\d{1,6}){1,2})-(\d\d)(?![\d-])")
KLE_RE = re.compile(r"(?<![\d.])(\d\d\.\d\d\.\d\d)(?![\d.])")
_SHORT_RE = re.compile(SHORT)
_YEAR_SERIAL_RE = re.compile(YEAR_SERIAL)
_PREFIXED_YEAR_SERIAL_RE = re.compile(PREFIXED_YEAR_SERIAL)
# A case number printed alone on its line is one even without a label.
UNLABELLED_SCHEMES = rf"(?:{KLE_CASE}|{MUNICIPAL}|{SHORT})"


@dataclass(frozen=True)
class CaseNumber:
    number: str
    scheme: str  # "municipal", "kle", "short", "year-serial" or "other"
    kle: str | None = None
    facet: str | None = None
    municipality_code: str | None = None


def parse_case_number(raw: str, journal: str | None = None) -> CaseNumber:
    """What a case number says: its scheme, KLE subject and facet, and the municipality it names."""
    raw = raw.strip()
    kle_of_journal = journal if journal and KLE_RE.fullmatch(journal) else None
    match = MUNICIPAL_RE.fullmatch(raw)
    if match:
        code = match.group(1).zfill(4)
        return CaseNumber(raw, "municipal", kle_of_journal, None, code if code in municipality_by_code() else None)
    match = KLE_CASE_RE.fullmatch(raw)
    if match:
        return CaseNumber(raw, "kle", match.group(1), match.group(2), None)
    if _SHORT_RE.fullmatch(raw):
        return CaseNumber(raw, "short", kle_of_journal)
    if _YEAR_SERIAL_RE.fullmatch(raw) or _PREFIXED_YEAR_SERIAL_RE.fullmatch(raw):
        return CaseNumber(raw, "year-serial", kle_of_journal)
    return CaseNumber(raw, "other", kle_of_journal)


_WHITE_SPACE = re.compile(r"\s")


def first_case_number_span(text: str, number: str) -> tuple[int, int] | None:
    """Where ``number`` first stands in text as a whole municipal or KLE-based case number: the span
    ``find_case_numbers`` gives it first, found from the places the number's characters stand instead
    of a pass of both patterns over the whole text. A match holds no white space, so the patterns'
    matches from the start of the word that holds a place are the ones a pass from the text's start
    finds there."""
    at = text.find(number) if number else -1
    while at >= 0:
        word_start = at
        while word_start > 0 and not text[word_start - 1].isspace():
            word_start -= 1
        # the word's end bounds the search too (a match, and what its look-ahead reads past it, holds no white space;
        # an unbounded search ran on to the text's next case number, on a page without one to its end)
        space = _WHITE_SPACE.search(text, at)
        word_end = len(text) if space is None else space.start()
        for pattern in (MUNICIPAL_RE, KLE_CASE_RE):
            for match in pattern.finditer(text, word_start, word_end):
                if match.start() > at:
                    break
                if match.start() == at and match.group(0) == number:
                    return at, match.end()
        at = text.find(number, at + 1)
    return None


def find_case_numbers(text: str) -> list[tuple[int, int, str]]:
    """Every municipal or KLE-based case number in a text, as (start, end, number)."""
    out = [(m.start(), m.end(), m.group(0)) for m in MUNICIPAL_RE.finditer(text)]
    out += [(m.start(), m.end(), m.group(0)) for m in KLE_CASE_RE.finditer(text)]
    return sorted(out)

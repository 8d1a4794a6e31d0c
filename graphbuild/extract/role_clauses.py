"""The clause a role is stated in, read by `roles`: where it ends, and the dates it gives the role ("fra 1. marts
2022", "til 31/12 2021", "ved udgangen af januar 2020", "i 2023-2025"), a start verb's date its first day, an end
verb's its last."""

from __future__ import annotations

import re

from graphbuild.extract.evidence import first_month_end
from graphbuild.parse.dates import find_dates

STARTS = re.compile(r"tiltræ|tiltrå|ansat|ansæt|udnævnt|konstitueret|valgt|vælges|udpeg", re.IGNORECASE)
ENDS = re.compile(r"fratræ|fratrå|udtræ|udtrå|stopper", re.IGNORECASE)
FROM_DATE = re.compile(r"\b(?:fra|pr\.|per|med\s+virkning\s+fra|fra\s+og\s+med)\s+(?:den\s+)?$", re.IGNORECASE)
TO_DATE = re.compile(r"\b(?:til|indtil|til\s+og\s+med|frem\s+til)\s+(?:den\s+)?$", re.IGNORECASE)
SLASH_DATE = re.compile(r"\b([0-3]?\d)/([01]?\d)[ \t]+((?:19|20)\d\d)\b")
YEAR_END = re.compile(r"udgangen\s+af\s+((?:19|20)\d\d)\b", re.IGNORECASE)
YEARS = re.compile(r"\b(?:i|for)\s+(?:perioden\s+)?((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)\b", re.IGNORECASE)
CLAUSE_STOP = re.compile(
    r",\s+og\s+|\s+og\s+(?:tiltræder|fratræder)|(?<!\d)(?<!\bpr)(?<!\bca)(?<!\bnr)(?<!\bjf)(?<!\bkl)[.;](?=\s|$)",
    re.IGNORECASE,
)


def clause_end(text: str, pos: int, hi: int) -> int:
    """Where the clause from pos ends: at ", og", at a full stop or a semicolon that ends no number or abbreviation."""
    match = CLAUSE_STOP.search(text, pos, hi)
    return match.start() if match else hi


def date_at(text: str) -> tuple[str, int, int] | None:
    """The first date in text (any of the forms minutes use, "14/12 2005" too): (iso, start, end)."""
    found = [(d.value.isoformat(), d.start, d.end) for d in find_dates(text)]
    found += [
        (f"{int(m.group(3)):04d}-{int(m.group(2)):02d}-{int(m.group(1)):02d}", m.start(), m.end())
        for m in SLASH_DATE.finditer(text)
        if 1 <= int(m.group(2)) <= 12 and 1 <= int(m.group(1)) <= 31
    ]
    return min(found, key=lambda d: d[1]) if found else None


def dates_of(clause: str, verb: str = "") -> tuple[str | None, str | None]:
    """(valid_from, valid_to) a clause gives a role: "fra 1. marts 2022", "til 31/12 2021", "ved udgangen
    af januar 2020", "i 2023-2025"; a start verb's date is its first day, an end verb's its last."""
    valid_from = valid_to = None
    years = YEARS.search(clause)
    if years:
        valid_from, valid_to = years.group(1), years.group(2)
    month_end = first_month_end(clause)
    year_end = YEAR_END.search(clause)
    if month_end:
        valid_to = month_end
    elif year_end:
        valid_to = f"{year_end.group(1)}-12-31"
    pos = 0
    while (found := date_at(clause[pos:])) is not None:
        iso, start, end = found
        before = clause[max(0, pos + start - 30) : pos + start]
        if FROM_DATE.search(before):
            valid_from = valid_from or iso
        elif TO_DATE.search(before) or ENDS.search(verb):
            valid_to = valid_to or iso
        elif STARTS.search(verb):
            valid_from = valid_from or iso
        pos += end
    return valid_from, valid_to

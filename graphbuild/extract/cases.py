"""Case numbers: municipal (326-2017-43896: code, year, serial) and KLE-based (00.15.10-A21-1-21)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from graphbuild.extract.reference import municipality_by_code

MUNICIPAL_RE = re.compile(r"(?<![\d.-])(\d{3})-(\d{4})-(\d{1,7})(?![\d-])")
KLE_CASE_RE = re.compile(r"(?<![\d.])(\d{2}\.\d{2}\.\d{2})-([A-Z]\d{2})-(\d{1,4})-(\d{2})(?![\d-])")
KLE_RE = re.compile(r"(?<![\d.])(\d{2}\.\d{2}\.\d{2})(?![\d.])")


@dataclass(frozen=True)
class CaseNumber:
    number: str
    scheme: str  # "municipal" or "kle"
    kle: str | None = None
    facet: str | None = None
    municipality_code: str | None = None


def parse_case_number(raw: str, journal: str | None = None) -> CaseNumber:
    raw = raw.strip()
    match = MUNICIPAL_RE.fullmatch(raw)
    if match:
        code = match.group(1).zfill(4)
        kle = journal if journal and KLE_RE.fullmatch(journal) else None
        return CaseNumber(raw, "municipal", kle, None, code if code in municipality_by_code() else None)
    match = KLE_CASE_RE.fullmatch(raw)
    if match:
        return CaseNumber(raw, "kle", match.group(1), match.group(2), None)
    return CaseNumber(raw, "other")


def find_case_numbers(text: str) -> list[tuple[int, int, str]]:
    out = [(m.start(), m.end(), m.group(0)) for m in MUNICIPAL_RE.finditer(text)]
    out += [(m.start(), m.end(), m.group(0)) for m in KLE_CASE_RE.finditer(text)]
    return sorted(out)

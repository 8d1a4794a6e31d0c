"""The regions listed beside a group of municipalities a membership statement does not name: "Fynbus ejes af
Region Syddanmark og de fynske kommuner", "et samarbejde mellem de 11 nordjyske kommuner og Region Nordjylland",
"… for 46 østdanske og 39 sydsvenske kommuner samt Region Sjælland, Region Hovedstaden og Region Skåne". The
group gives no row (README `memberships`: "de syv medlemskommuner" unnamed give none); the region it is listed
with is named, and a member all the same."""

from __future__ import annotations

import re

from graphbuild.extract.membership_municipalities import (
    FELLOW_MEMBER,
    FELLOWS_BEFORE,
    SEPARATOR,
    FellowRef,
    fellows_in,
)

# a group of municipalities by number, kind or place, no name: "de 11 nordjyske kommuner", "de fynske kommuner",
# "alle kommuner", "39 sydsvenske kommuner", "kommunerne i regionen"
UNNAMED_GROUP = re.compile(
    r"\b(?:(?:de|alle)\s+(?:\d{1,3}\s+)?(?:[a-zæøå-]+\s+){0,2}?|\d{1,3}\s+(?:[a-zæøå-]+\s+){0,2}?)kommuner\b"
    r"(?:\s+(?:på\s+nær|undtagen)\s+[A-ZÆØÅ][\wæøå-]*)?|\bkommunerne\b(?:\s+i\s+(?:regionen|[A-ZÆØÅ][\wæøå-]*))?"
)
FELLOW_REACH = 120  # how far before a group its fellows may begin


def fellows_beside_group(text: str, lo: int, hi: int) -> list[FellowRef]:
    """The regions (and KKRs, members abroad) listed right before or after an unnamed group of municipalities
    in text[lo:hi], as items of one list with it."""
    out: list[FellowRef] = []
    for group in UNNAMED_GROUP.finditer(text, lo, hi):
        start = group.start()
        while (before := FELLOWS_BEFORE.search(text, max(lo, start - FELLOW_REACH), start)) is not None:
            start = before.start()
        end = group.end()
        while (sep := SEPARATOR.match(text, end, hi)) is not None and sep.end() > end:
            fellow = FELLOW_MEMBER.match(text, sep.end(), hi)
            if fellow is None:
                break
            end = fellow.end()
        out += [f for f in fellows_in(text, start, end) if f not in out]
    return out

"""A network's other name when the text defines an abbreviation for it: "Business Region North Denmark (BRN)"
then "BRN er et erhvervspolitisk samarbejde mellem …" names one body, so a statement's "BRN" carries "Business
Region North Denmark" as an alias and the long name carries "BRN" (its fullest name there, README
`memberships`). The definitions are read once per document."""

from __future__ import annotations

import re
from functools import lru_cache

from graphbuild.extract.mention_abbreviations import long_form
from graphbuild.vocab.reference import first_names

# "(BRN)": an abbreviation defined by the words before it
DEFINED = re.compile(r"\(\s*([A-ZÆØÅ]{2,6})\s*\)")
# a long form is a name: capitalised, two words or more, no sentence's end, bracket or colon inside
LONG_NAME = re.compile(r"[A-ZÆØÅ][^.;:()\n]*\s[^.;:()\n]+")
WORDS_BEFORE = 80  # how far before its bracket a long form may begin
# a name's other name set aside between dashes: "Trekantområdets Brandvæsen – også kendt som TrekantBrand – er …",
# "Ungdommens Uddannelsesvejledningscenter Vestegnen - UU Vestegnen - er …"
_NAME = r"[A-ZÆØÅ][\wæøå&-]*(?:[ \t]+[A-ZÆØÅ][\wæøå&-]*){0,4}"
ASIDE = re.compile(
    rf"(?P<name>{_NAME})[ \t]+[–-][ \t]+(?:også[ \t]+(?:kendt[ \t]+som|kaldet)[ \t]+)?(?P<other>{_NAME})[ \t]+[–-][ \t]"
)


def _persons_initials(abbreviation: str, name: str) -> bool:
    """Whether the abbreviation is the initials of a person's name: its first word a first name, each word's first
    letter (each part of a hyphened one) the abbreviation's ("Anne-Marie Holm (AMH)")."""
    words = name.split()
    first = words[0].split("-")[0] if words else ""
    return first in first_names() and "".join(p[0] for w in words for p in w.split("-") if p) == abbreviation


@lru_cache(maxsize=4)
def _definitions(text: str) -> dict[str, str]:
    """Each abbreviation the text defines in brackets -> its long form, and each long form -> its abbreviation."""
    out: dict[str, str] = {}
    for match in DEFINED.finditer(text):
        abbreviation = match.group(1)
        before = text[max(0, match.start() - WORDS_BEFORE) : match.start()]
        name = long_form(abbreviation, before.split("\n")[-1])
        if name is None or not LONG_NAME.fullmatch(name) or _persons_initials(abbreviation, name):
            continue  # a person's initials: "Hanne Voetmann (HV)"
        out.setdefault(abbreviation, name)
        out.setdefault(name, abbreviation)
    for match in ASIDE.finditer(text):
        out.setdefault(match["name"], match["other"])
        out.setdefault(match["other"], match["name"])
    return out


def other_name(text: str, name: str) -> str | None:
    """The long form of an abbreviation the text defines, or the abbreviation the text defines for a long form; or
    a name's other name set aside between dashes."""
    if "(" not in text and "–" not in text and " - " not in text:
        return None
    return _definitions(text).get(name)

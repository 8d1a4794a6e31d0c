"""A town's name that names a county before the 2007 reform ("Vejle Amt", "Roskilde Amtsråd", "Viborg og Århus
Amter", "Ringkjøbing, Viborg og Århus amter"): the county's, a body above the municipalities, never a mention
of the municipality of that name; read by ``inference``, which counts a municipality's bare name where the text
speaks of its own ("Vejle Amt har godkendt kommunens plan")."""

from __future__ import annotations

import re

# right after the name: the county's word, in any case, its forms and compounds ("Amt", "Amts", "Amtet",
# "amtskommune", "Amtsrådet", "Amtsgården"), never a word that only begins with the letters ("Amtoft")
_COUNTY_AFTER = re.compile(r"[ \t]+(?:[Aa]mt|AMT)(?:s|et|ets|er|erne|s[a-zæøå]+|S[A-ZÆØÅ]+)?\b")
# the name opening or inside a list that ends in the plural county word: "Viborg og Århus Amter", "Ringkjøbing,
# Viborg og Århus amter"; the names between one capitalised word or two each
_LISTED_BEFORE = re.compile(
    r"(?:\s*,\s*|\s+(?:og|samt)\s+)(?:[A-ZÆØÅ][\wæøå-]+\s+){0,1}?[A-ZÆØÅ][\wæøå-]+"
    r"(?:(?:\s*,\s*|\s+(?:og|samt)\s+)(?:[A-ZÆØÅ][\wæøå-]+\s+){0,1}?[A-ZÆØÅ][\wæøå-]+)*?"
    r"[ \t]+(?:[Aa]mter|AMTER)(?:ne|NE)?\b"
)


def names_a_county(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` is a county's: the county's word right after it ("Vejle Amt"), or a
    list of names ending in the plural county word after it ("Viborg og Århus Amter")."""
    return bool(_COUNTY_AFTER.match(text, end) or _LISTED_BEFORE.match(text, end))

"""Laws cited with a paragraph: "Sundhedsloven §119", "§ 119 i sundhedsloven", "serviceloven § 85"."""

from __future__ import annotations

import re
from dataclasses import dataclass

from graphbuild.vocab.near import finditer_near

LAW_WORD = r"([A-ZÆØÅa-zæøå-]{3,}lov(?:en|s)?)"
PARAGRAPH = r"§{1,2}\s*(\d+(?:\s?[a-z](?![a-zæøå]))?(?:,\s*stk\.\s*\d+)?)"
LAW_THEN_PARAGRAPH = re.compile(rf"(?<![\w-]){LAW_WORD}s?\s*{PARAGRAPH}")
PARAGRAPH_THEN_LAW = re.compile(rf"{PARAGRAPH}\s+i\s+{LAW_WORD}(?![\w-])")
# both patterns hold a § near their start: they run only around one (vocab.near)
CITATION_REACH = 120  # a compound law name before the §


@dataclass(frozen=True)
class LawCitation:
    start: int
    end: int
    law: str  # "Sundhedsloven"
    paragraph: str  # "§119"

    @property
    def name(self) -> str:
        return f"{self.law} {self.paragraph}"


def _law_name(word: str) -> str:
    word = word.lower()
    if word.endswith("lovs"):
        word = word[:-1]
    if word.endswith("lov"):
        word += "en"
    return word[0].upper() + word[1:]


_SPACE = re.compile(r"\s+")


def _paragraph(raw: str) -> str:
    return "§" + _SPACE.sub("", raw.split(",")[0])


def find_laws(text: str, lo: int = 0, hi: int | None = None) -> list[LawCitation]:
    hi = len(text) if hi is None else hi
    out = [
        LawCitation(m.start(), m.end(), _law_name(m.group(1)), _paragraph(m.group(2)))
        for m in finditer_near(LAW_THEN_PARAGRAPH, text, ("§",), CITATION_REACH, lo, hi)
    ]
    out += [
        LawCitation(m.start(), m.end(), _law_name(m.group(2)), _paragraph(m.group(1)))
        for m in finditer_near(PARAGRAPH_THEN_LAW, text, ("§",), CITATION_REACH, lo, hi)
    ]
    return sorted(out, key=lambda c: (c.start, c.end))

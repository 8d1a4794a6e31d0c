"""The "Ad N" paragraphs of minutes (``outcome_ad_paragraphs``) on a page a PDF flattened onto one line, no line
opening at each: "… 10. Bordet rundt E.v.t Afbud fra Dion og Torbjørn. Ad. 1. Referat OK. Velkommen til Robert. Ad. 2.
Konstituering: …", "… 7. Evt. Referat: Ad. 1 Formanden bød velkommen Ad. 2 Bjarne Nielsen, …". Inside a line the mark is
read only capitalised ("Ad", "AD"), as a paragraph opens, never the preposition "ad" of a sentence ("ad 2 omgange");
``outcome_ad_paragraphs`` reads the marks as it reads those opening their lines, with the same guards (numbered up,
the items listed before the first, every mark in the last listed item's text), and only where no line opens with one.
"""

from __future__ import annotations

import re

# "Ad. 1.", "Ad 3:", "Ad pkt. 2:", "AD.8." after white space or at a line's start, the paragraph's text after it
_FLAT_AD_MARK = re.compile(
    r"(?<!\S)(?:Ad|AD)\b\.?[ \t]*(?:(?i:pkt)\.?[ \t]*|(?i:punkt)[ \t]*)?(?P<num>\d{1,2})\b(?![.,]\d)\.?[ \t]*[:)]?"
)
_CUES = ("Ad", "AD")


def flattened_ad_marks(text: str) -> list[re.Match[str]]:
    """Every capitalised "Ad N" mark in the text, wherever on its line it stands."""
    if not any(cue in text for cue in _CUES):
        return []
    return list(_FLAT_AD_MARK.finditer(text))

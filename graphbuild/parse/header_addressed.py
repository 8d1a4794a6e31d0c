"""The body the recommendations are put to, when neither the header nor the decision headings name one:
"Administrationen indstiller overfor udvalget for det nære og sammenhængende sundhedsvæsen:", "Det
indstilles til Økonomiudvalget, at ...". The body named so in two cases at least, by its whole name
up to the colon (or the "at" of the recommendation); a name that does not open with a body's head word
("indstiller til byrådets godkendelse") names none."""

from __future__ import annotations

import re
from collections import Counter

from graphbuild.parse.body_names import body_phrases

_ADDRESSED = re.compile(
    r"(?im)\b(?:indstiller|indstilles)\s+(?:over\s*for|til)\s+(?P<name>[^\n:,]{3,80}?)\s*(?::|,?\s+at\b)"
)
_NAME_WORDS = 8  # a body's name, not a clause
_VOTES = 2


def addressed_body(text: str) -> str | None:
    """The body two or more recommendations are put to, or None."""
    votes: Counter[str] = Counter()
    names: dict[str, str] = {}
    for match in _ADDRESSED.finditer(text[:30000]):
        name = match["name"].strip()
        phrases = body_phrases(name)
        if len(name.split()) > _NAME_WORDS or not phrases or phrases[0].start != 0 or phrases[0].genitive:
            continue
        if len(name.split()) == 1 and name.lower() in {"udvalget", "rådet", "bestyrelsen", "udvalg"}:
            continue  # "indstiller til udvalget, at": which one it is the text does not say
        key = name.lower()
        votes[key] += 1
        names.setdefault(key, name[:1].upper() + name[1:])
    if not votes:
        return None
    (key, count), *rest = votes.most_common(2)
    if count < _VOTES or (rest and rest[0][1] == count):
        return None  # put to two bodies as often: which meeting this is the text does not say
    return names[key]

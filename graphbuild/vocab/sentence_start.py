"""A capitalised word run on after a name on a flattened line that is no name's but the first word of the next
sentence or heading ("Afbud: Bjarne Lindqvist Næste møde 6. februar", "… og Børge Bech Følgende sager behandles"):
shared by parse's attendance reader and extract's people finder, which both read a name's right edge."""

from __future__ import annotations

import re

from graphbuild.vocab.person_names import surname_like
from graphbuild.vocab.reference import first_names, last_names

# the lower-case word after a sentence's capitalised first word ("Næste møde", "Følgende sager behandles"), never a
# status or a stand-in's note after a name ("Lis Holm deltog", "Lis Holm mødte for", "Lis Holm og")
_NEXT_LOWER = re.compile(r"[ \t]+(?P<w>[a-zæøå]{3,})\b")
_AFTER_NAME = frozenset(
    {"og", "samt", "deltog", "deltager", "mødte", "mødt", "afbud", "fraværende", "ikke", "var", "havde", "som", "for"}
    | {"fra", "til", "med", "under", "efter", "indtil", "kom", "forlod", "udtrådte", "erklærede", "blev", "er"}
)


# a superlative's or present participle's ending, the adjectives that open a heading or sentence ("Næste møde",
# "Følgende sager", "Sidste frist", "Kommende møder"); an unknown surname may end in "-e" ("Løcke foreslår")
_OPENER_ENDINGS = ("ste", "ende")


def opens_sentence(text: str, token: str, stop: int, end: int) -> bool:
    """``token`` (a name's last word) is no name's but the capitalised first word of the next sentence or heading
    on a flattened line: a word the name lists do not know, in a form no surname has (a superlative's "-ste" or a
    present participle's "-ende": "Næste", "Følgende"), with a lower-case word after it that is no note on the
    name."""
    if token in first_names() or token in last_names() or surname_like(token) or not token.endswith(_OPENER_ENDINGS):
        return False
    after = _NEXT_LOWER.match(text, stop, end)
    return after is not None and after["w"] not in _AFTER_NAME

"""Whether minutes answer their agenda item by item: after the listed agenda, a paragraph per item opened by its
number after "Ad" ("Ref. / Ad 1. Connie bød velkommen …", "Referat: / Ad. 1 Formanden bød velkommen / Ad. 2 …").
An agenda lists its items; only minutes write what became of each under its number. Read where the paragraphs
open with item 1 and go on numbered up, each answering one item: "Ad 2-3: Anbefales", "Ad 1 og 2)" answer several
points of one recommendation (a committee's earlier decision quoted in a case's history), no item of this agenda."""

from __future__ import annotations

import re
from itertools import pairwise

# "Ad 1.", "Ad. 2:", "ad 3" opening a line; one number, not "Ad 2-3" or "Ad 1 og 2"
_AD_LINE = re.compile(r"(?im)^[ \t]*ad\b\.?[ \t]*(?P<num>\d{1,2})\b(?![.,]?\d)(?![ \t]*(?:[-–/]|og\b|,[ \t]*\d))")
_PARAGRAPHS = 2  # one "Ad 1." alone may be an item's own point, two in order are a run


def answers_items(text: str) -> bool:
    """Whether the text holds a run of "Ad N" paragraphs opening with item 1, numbered up."""
    numbers = [int(match["num"]) for match in _AD_LINE.finditer(text[:30000])]
    if not numbers or numbers[0] != 1:
        return False
    run = 1
    for previous, number in pairwise(numbers):
        if number <= previous:
            break
        run += 1
    return run >= _PARAGRAPHS

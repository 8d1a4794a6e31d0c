"""Whether minutes answer their agenda item by item: after the listed agenda, a paragraph per item opened by its
number after "Ad" ("Ref. / Ad 1. Connie bød velkommen …", "Referat: / Ad. 1 Formanden bød velkommen / Ad. 2 …").
An agenda lists its items; only minutes write what became of each under its number. Read where the paragraphs
open with item 1 and go on numbered up, each answering one item. Not read: points answered together ("Ad 2-3:
Anbefales", "Ad 1 og 2)"), and a run under a dated heading ("Økonomiudvalget 12-01-2021" / "Ad 1: Godkendt.",
"Social og Sundhed, 6. januar 2020, pkt. 123:" / "Ad. 1"), a committee's decision on a recommendation's points,
which an agenda quotes in a case's history as often as minutes do."""

from __future__ import annotations

import re
from itertools import pairwise

from graphbuild.parse.dates import find_date

# "Ad 1.", "Ad. 2:", "ad 3" opening a line; one number, not "Ad 2-3" or "Ad 1 og 2"
_AD_LINE = re.compile(r"(?im)^[ \t]*ad\b\.?[ \t]*(?P<num>\d{1,2})\b(?![.,]?\d)(?![ \t]*(?:[-–/]|og\b|,[ \t]*\d))")
_PARAGRAPHS = 2  # one "Ad 1." alone may be an item's own point, two in order are a run
_HEADING_REACH = 200  # the line above "Ad 1." read for a day


def answers_items(text: str) -> bool:
    """Whether the text holds a run of "Ad N" paragraphs opening with item 1, numbered up, under no dated heading."""
    body = text[:30000]
    marks = [(match.start(), int(match["num"])) for match in _AD_LINE.finditer(body)]
    for index, (start, number) in enumerate(marks):
        if number != 1 or _under_dated_heading(body, start):
            continue
        run = 1
        for (_, previous), (_, following) in pairwise(marks[index:]):
            if following <= previous:
                break
            run += 1
        if run >= _PARAGRAPHS:
            return True
    return False


def _under_dated_heading(text: str, start: int) -> bool:
    """Whether the nearest line above holding text names a day: a decision's heading naming its meeting."""
    above = text[max(0, start - _HEADING_REACH) : start].rstrip().rsplit("\n", 1)[-1]
    return find_date(above) is not None

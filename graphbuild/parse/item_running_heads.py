"""A page's running header or footer, or the page's own title, read as an item: a body's name and a full date and
nothing else ("Økonomiudvalg, 22. marts 2011", "Udsatterådet 12. marts 2025", "Vækstforums møde den 30. november
2017"). Every page of the minutes prints it, so it names the meeting, never one of its items. Likewise a title of
numbers alone, a page's number or date read as an item's title."""

from __future__ import annotations

import re

from graphbuild.parse.dates import DANISH_MONTHS
from graphbuild.vocab.bodies import ends_in_body_noun
from graphbuild.vocab.text_patterns import CAPITALISED_WORD

# "…, 22. marts 2011", "… møde den 30. november 2017": the meeting's date at the title's end, written out
_DATE_AT_END = re.compile(
    rf"(?i)[\s,:–-]+(?:møde(?:t)?\s+)?(?:den\s+|d\.\s*)?[0-3]?\d\.\s*(?:{'|'.join(DANISH_MONTHS)})\s+(?:19|20)\d\d\.?$"
)
# "Udsatterådet", "Børne- og Ungdomsudvalget": one word, or the first parts of a compound before "og"; a lower-case
# word ("Dialogmøde med Handicaprådet 5. maj 2025") or a word before the name ("Bevillingsændringer Regionsrådet
# 24. august 2020") makes it a title of its own
_NAME = re.compile(rf"(?:{CAPITALISED_WORD}-(?:,?\s+{CAPITALISED_WORD}-)*\s+og\s+)?{CAPITALISED_WORD}")


def is_letterless(title: str) -> bool:
    """Whether an item's title holds no word, only numbers ("1", "01/66", "11 2021"): a page number, a date or a case
    number read as the title, no item."""
    return bool(title.strip()) and not any(char.isalpha() for char in title)


def is_running_head(title: str) -> bool:
    """Whether an item's title is only a body's name and a date: a page's running header or footer, no item."""
    # the date's year ends the title (a full stop and a line break at most after it): any other title is spared the
    # search, which is tried at each blank or comma
    date = _DATE_AT_END.search(title) if title.rstrip("\n.")[-1:].isdigit() else None
    if date is None:
        return False
    name = title[: date.start()].strip()
    return _NAME.fullmatch(name) is not None and ends_in_body_noun(name)

"""An item line whose title runs on into the minutes' record of it with no full stop between, the record naming the
title's own matter again as its subject ("1. Godkendelse af dagsorden Dagsorden godkendt", "2. Godkendelse af Referat
Referatet godkendt"): that record is the item's decision text.

One-line minutes print the agenda's title, then what was done; where the record opens after a full stop ("Godkendelse
af dagsorden. Dagsordenen blev godkendt") ``outcome_prose`` reads it already. The record is taken only when its
subject, a capitalised word right before the verdict, repeats a word of the title before it (its first five letters:
"Dagsorden" of "dagsorden", "Referatet" of "Referat"): a title that only ends in a verdict's word ("Budget 2020 -
vedtaget budget", "Lokalplan 12 Vedtaget") has no record after it.
"""

from __future__ import annotations

import re

# the record closing the line: a capitalised subject, its verdict (a participle or a passive present)
_RECORD_ENDING = re.compile(
    r"(?<=\s)(?P<subject>[A-ZÆØÅ][a-zæøå]{3,})\s+(?:blev\s+|er\s+)?"
    r"(?:godkendt|godkendes|vedtaget|vedtages|tiltrådt|taget\s+til\s+efterretning|tages\s+til\s+efterretning)"
    r"(?:\s+(?:med|uden)\s+[^\n]{0,40})?\.?\s*$"
)
_STEM = 5  # the letters a repeated noun shares with the title's ("Referatet", "referat")
_WORD = re.compile(r"[^\W\d_]+")


def record_ending_title(item_text: str, offset: int, title: str) -> tuple[str | None, int]:
    """The record a title line ends with, its subject repeating a word of the title (on the item's first line), as the
    item's decision text and its offset, else (None, -1)."""
    found = _RECORD_ENDING.search(title) if title else None
    if found is None:
        return None, -1
    stem = found["subject"][:_STEM].lower()
    if not any(word.lower().startswith(stem) for word in _WORD.findall(title[: found.start()])):
        return None, -1
    first_line = item_text.split("\n", 1)[0]
    at = first_line.find(title)
    if at < 0:
        return None, -1
    record = title[found.start() :].strip()
    return record, offset + at + found.start()


def record_after_title(item_text: str, offset: int, title: str) -> tuple[str | None, int]:
    """The record a flattened item line prints after its title on the same line, the title cut where the record
    begins ("3. Godkendelse af referat Referatet godkendt", parse's title "Godkendelse af referat"): read as the
    title line's record, as ``record_ending_title`` reads a title that kept it."""
    first_line = item_text.split("\n", 1)[0]
    at = first_line.find(title) if title else -1
    if at < 0 or not first_line[at + len(title) :].strip():
        return None, -1
    return record_ending_title(item_text, offset, first_line[at:].rstrip())

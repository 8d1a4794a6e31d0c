"""A member listed among those present with a note that they came late ("Susanne Møller (ankom under
behandlingen af punkt 6)", "Lis Holm (V) (kom kl. 17.30)", "Per Bak, fra pkt. 3"): present, even when the
same person is on the list of apologies too (they sent one, then came); the items before the one they came
under, where the note names it, are the items they missed."""

from __future__ import annotations

import re

from graphbuild.parse.attendance_rows import Row

# right after the name (and its party): a bracket or a comma, then the arrival: "ankom", "kom", "mødte" or
# "deltog" with a time or an item, or "fra kl." / "fra punkt" alone
_LATE = re.compile(
    r"[ \t]*(?:\([^()\n]{1,12}\)[ \t]*)?[(,][ \t]*"
    r"(?:(?:ankom|kom|mødte|deltog|tilsluttede\s+sig)\b[^()\n]{0,40}?\b(?:kl\.?|fra|under|efter)\b"
    r"|(?:fra|efter)\s+(?:kl\.?|punkt|pkt\.?|sag|behandlingen)\b)"
    r"(?P<rest>[^()\n]{0,60})",
    re.IGNORECASE,
)
_ITEM = re.compile(r"(?i)\b(?:punkt|pkt\.?|sag(?:snr\.?)?)\s*(?P<n>\d+)")


def mark_late(text: str, rows: list[Row], numbers: list[str]) -> None:
    """Mark the present rows whose entry says the person came late; their items missed where stated."""
    for row in rows:
        if row.status != "present" or row.per_item:
            continue
        late = _LATE.match(text, row.end, min(len(text), row.end + 160))
        if late is None:
            continue
        row.late = True
        item = _ITEM.search(late.group(0))
        if item and item["n"] in numbers:  # "ankom under behandlingen af punkt 6": items before it missed
            before = numbers[: numbers.index(item["n"])]
            row.absent_items += [n for n in before if n not in row.absent_items]

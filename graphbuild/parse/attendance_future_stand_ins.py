"""A deputy's entry from a later day, as a sentence says it: "Karen Juul går på orlov. Jens Lund indtræder som
suppleant fra 1. maj.", "Jens Lund indtræder som stedfortræder fra den 1. maj 2024", "… med virkning fra den 1. juni":
the deputy takes the seat from that day on, no one who stood in at this meeting, so no substitute. Before, the
stand-in readers read the verb and the deputy's word and made the deputy one. The sentence's verb of entering or
taking part in the present tense ("indtræder", "træder ind", "deltager") and a start day after "fra", "per", "fra og
med" or "med virkning fra" (a day and a month, in words or in digits; an hour, "fra kl. 17", is none); a start
day that is the meeting's own ("fra den 4. marts 2024" at that day's meeting) keeps the stand-in. Read by
`attendance_prose`."""

from __future__ import annotations

import re
from datetime import date

from graphbuild.parse.dates import find_dates

_MONTH = r"(?:januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december|jan|feb|mar|apr|"
_MONTH += r"jun|jul|aug|sep|sept|okt|nov|dec)\.?"
# the verb of entering in the present tense, then (within the sentence) a start day
_ENTERS_FROM = re.compile(
    r"(?i)\b(?:indtræder|træder\s+ind|deltager)\b[^.\n]{0,120}?\b(?:fra\s+og\s+med|med\s+virkning\s+fra|fra|per)"
    rf"\s+(?:den\s+)?(?P<day>\d{{1,2}}\.\s*(?:{_MONTH}|\d{{1,2}}\.?)(?:\s*\d{{2,4}})?)"
)


def stands_in_from_a_later_day(text: str, lo: int, hi: int, meeting_date: date | None) -> bool:
    """Whether the sentence ``text[lo:hi]`` has its deputy enter from a start day that is not the meeting's."""
    if "træder" not in text[lo:hi] and "deltager" not in text[lo:hi]:
        return False
    for m in _ENTERS_FROM.finditer(text, lo, hi):
        dates = find_dates(m["day"])
        if meeting_date is None or not dates or dates[0].value != meeting_date:
            return True
    return False

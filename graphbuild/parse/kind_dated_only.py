"""A document whose only sign of a meeting is a day near its top: an agreement's, a statute's, a report's or a
charter's numbered sections under its date ("Samarbejdsaftale om …" / "1. januar 2017" / "1. Baggrund", "Vedtægter"
/ "12. marts 2019" / "1. Navn"), which the header read as an agenda of that day (a dated document with items and no
kind). A meeting's document names its meeting above its items: the word ("Møde", "Mødedato", "Bestyrelsesmøde",
"Generalforsamling", "Årsmøde"), the hour it starts ("kl. 19.00", "10:00"), its labels ("Tid:", "Sted:"). The parse
stage asks this only of a document that records no decision, lists no one's attendance, presents no case under a
case's heading and whose first lines print no meeting's heading (`header_kind.dated_body_line`)."""

from __future__ import annotations

import re

_MEETING_SIGN = re.compile(
    r"(?i)møde|generalforsamling|samråd|konstituer"
    r"|\bkl\.?\s*+\d|\b\d{1,2}[.:]\d{2}\b(?![.:]\d)"  # its hour: "kl. 19", "10:00", "16.30", never a date
    r"|^\s*+(?:tid|sted|tidspunkt|dato|deltagere)\s*+:?\s*+$|\b(?:tid|sted|dato)\s*+:"
    r"|\bdagsorden|\breferat|\bprotokol"
)


def names_no_meeting(head_text: str) -> bool:
    """Whether the lines above the first item name no meeting: no meeting's word, hour or label."""
    return not any(_MEETING_SIGN.search(line) for line in head_text.split("\n"))

"""A stand-in a sentence places at another meeting than this one: "Jens Lund deltager som suppleant ved næste møde.",
"Jens Lund deltog som suppleant på sidste møde.", "… mødte for Karen Juul på forrige udvalgsmøde": no substitute at
the meeting the minutes record (before, the stand-in readers made the deputy one). The sentence names the other
meeting after "på", "ved", "til" or "i": "næste", "kommende", "sidste", "forrige" or "følgende", then a word ending in
"møde" ("møde", "udvalgsmøde", "bestyrelsesmøde"); "på mødet", "på dagens møde" keep the stand-in. As
`attendance_elsewhere` asks of an apology. Read by `attendance_prose`."""

from __future__ import annotations

import re

_OTHER_MEETING = re.compile(
    r"(?i)\b(?:på|ved|til|i)[ \t]+(?:det[ \t]+)?(?:næste|kommende|sidste|forrige|følgende)[ \t]+[a-zæøå]*møde(?:t|r)?\b"
)


def stand_in_at_another_meeting(text: str, lo: int, hi: int) -> bool:
    """Whether the sentence ``text[lo:hi]`` places its stand-in at another meeting ("ved næste møde")."""
    return "møde" in text[lo:hi] and _OTHER_MEETING.search(text, lo, hi) is not None

"""An apology or a staying away from something other than this meeting, "Karen Juul har meldt afbud til
julekoncerten", "X har meldt forfald til næste møde", "eleven X mødte ikke op til prøven", "X udeblev fra
arrangementet": no absence from the meeting the minutes record. Before, "har meldt afbud" was read whatever
followed it, and the one absence also made the body's member list attendance (every member present). An apology "til"
a meeting that is this one stays ("har forfald til mødet", "har meldt forfald til Byrådets møde", "har forfald til
Byrådsmødet 9. maj", "til i dag", "til punkt 5"). Read by `attendance_prose` after its sentence forms of an apology
("har/havde (meldt) afbud") and of staying away ("mødte ikke (op)", "udeblev"; "udeblev uden afbud" stays)."""

from __future__ import annotations

import re

# "til" (or "fra", after a staying away) and up to four words after the absence's words, up to the clause's end
_TO_WHAT = re.compile(r"[ \t]+(?:til|fra)[ \t]+((?:[^\s.,;:()]+[ \t]*){1,4})")
# a meeting other than this one
_OTHER_MEETING = re.compile(r"(?i)\b(?:næste|kommende|følgende|sidste|forrige|senere)\b")
# this meeting, its day or its items: "til mødet", "til Byrådsmødet", "til i dag", "til dagens", "til punkt 5"
_THIS_MEETING = re.compile(r"(?i)møde|\bi[ \t]+(?:dag|aften)\b|\b(?:dagens|aftenens)\b|\b(?:punkt|pkt|sag|behandling)")


def apology_elsewhere(text: str, pos: int, end: int) -> bool:
    """Whether the apology whose noun ends at ``pos`` is for something other than this meeting: "til" and words
    with no meeting in them ("til julekoncerten"), or another meeting ("til næste møde")."""
    target = _TO_WHAT.match(text, pos, end)
    if target is None:
        return False
    words = target[1]
    return _THIS_MEETING.search(words) is None or _OTHER_MEETING.search(words) is not None

"""A verdict a flattened page glued to the attendance sentence before it, the line break between them lost: "Hanne
Sørensen var fraværende Godkendt", "Der var afbud fra Jørgen Grüner At 1: Godkendt med den bemærkning, at …". The
verdict, capitalised where its line began, is a sentence of its own: ``decision_asides`` keeps it when it drops the
attendance sentence. Only a verdict's own words, capitalised, after an attendance cue: a lower-case word of the
sentence ("var fraværende under godkendelsen af …") is part of it.
"""

from __future__ import annotations

import re

# the verdicts a decision line opens with, as printed at a line's start; "Godkendt som indstillet", "Anbefales."
_VERDICT_OPENING = re.compile(
    r"(?<=[^\W\d_][ \t])(?:At\s+\d{1,2}\s*:\s*)?(?P<verdict>(?:Godkendt|Godkendes|Anbefales|Anbefalet|Vedtaget|Tiltrådt"
    r"|Tiltrædes|Udsat|Udsættes|Taget\s+til\s+(?:efterretning|orientering)|Til\s+(?:efterretning|orientering))\b"
    r"[^\n]*)"
)
# a word of the attendance sentence before the verdict (its cue stands before the verdict, not after it)
_ATTENDANCE_CUE = re.compile(
    r"(?i)\b(?:fraværende|deltog|forhindret|afbud|mødte|forlod|ankom|udeblev|stede|mødt|forfald|inhabil|deltager)\b"
)


def glued_verdict(sentence: str) -> str:
    """The verdict glued to the end of an attendance sentence, or "" where it holds none."""
    verdict = _VERDICT_OPENING.search(sentence)
    if verdict is None or not _ATTENDANCE_CUE.search(sentence, 0, verdict.start()):
        return ""
    return verdict["verdict"]

"""Without a list of those present, the members a vote names: "A og B kunne tiltræde indstillingen",
"C tog forbehold", "Et flertal bestående af …", "For: 3 (…)"."""

from __future__ import annotations

import re

from graphbuild.parse.attendance_history import OtherMeetings
from graphbuild.parse.attendance_names import NameHit
from graphbuild.parse.attendance_prose_names import names_after, names_before, sentences
from graphbuild.parse.attendance_reading import CueWords
from graphbuild.parse.attendance_rows import Row, as_row
from graphbuild.vocab.reference import first_names

# "E kunne ikke tiltræde", "F stemte imod", "G undlod at stemme"; "Et flertal bestående af A, B …",
# "For stemte: A, B", "Imod: 6 (A (B), B (C))"
_VOTE_WORDS = ("tiltræde", "forbehold", "stemte", "stemme", "bestående af", "imod", "for:")
VOTE_WORDS = _VOTE_WORDS  # for the document's one pass over its cue words
_VOTE_AFTER = re.compile(
    r"(?i)\bkunne\s+(?:ikke\s+|heller\s+ikke\s+|også\s+)?(?:tiltræde|anbefale|godkende|støtte)\b|"
    r"\btog\s+(?:et\s+)?forbehold\b|\bstemte\s+(?:for|imod|nej|ja|blankt|hverken)\b|\bundlod\s+at\s+stemme\b"
)
_VOTE_BEFORE = re.compile(
    r"(?im)\bet\s+(?:flertal|mindretal)\s+(?:i\s+\w+\s+)?bestående\s+af(?:\s*:)?\s+|"
    r"\b(?:for|imod)\s+(?:forslaget\s+|indstillingen\s+)?stemte(?:\s*:)?\s+|"
    r"^[ \t]*(?:for|imod|undlod|hverken\s+for\s+eller\s+imod)[ \t]*:[ \t]*(?:\d+[ \t]*)?\(?[ \t]*"
)


def find_votes(text: str, others: OtherMeetings, cues: CueWords) -> list[Row]:
    """The members a vote names, as present at the meeting (read when the document lists no attendance);
    none from a record of another meeting (``others``)."""
    rows: list[Row] = []
    seen: set[int] = set()
    for at in cues.offsets(_VOTE_WORDS):
        start = text.rfind("\n", 0, at) + 1
        if start in seen:
            continue
        seen.add(start)
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        for lo, hi in sentences(text, start, end):
            if hi - lo > 600 or (others is not None and others.covers(lo)):
                continue
            hits: list[NameHit] = []
            for cue in _VOTE_AFTER.finditer(text, lo, hi):
                hits += names_before(text, lo, cue.start())
            for cue in _VOTE_BEFORE.finditer(text, lo, hi):
                hits += names_after(text, cue.end(), hi)
            rows += [as_row(hit, "present") for hit in hits if hit.name.split()[0] in first_names() or hit.party]
    return rows

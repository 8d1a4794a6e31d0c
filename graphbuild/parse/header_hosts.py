"""A header's "X Kommune" named as the meeting's host, its venue, its next meeting's place or a letter's addressee
or sender ("Vært: Hjørring Kommune", "Mødet afholdes hos Hjørring Kommune", "Næste møde afholdes i Vejle Kommune",
"Til: Byrådet i Silkeborg Kommune", "på vegne af Silkeborg Kommune"): the cue stands before the name on its line.
A host or an addressee owns no body of unknown reach; a publisher's heading ("Vejle Kommune – Økonomiudvalget",
"Referat af møde i Vejle Kommunes styregruppe") carries no such cue."""

from __future__ import annotations

import re

# a stretch of a line up to the name that may hold a date's full stops ("den 5. maj 2016", "d. 12.10.2016") but no
# sentence's end (a full stop before a capital, or right before the name)
_GAP = r"(?:[^.:\n]|\.(?![ \t]*$|[ \t]+(?-i:[A-ZÆØÅ])))"
# each cue up to the name, on the name's line
_HOST_CUE = re.compile(
    r"(?i)(?:"
    # "Vært: Hjørring Kommune", "Værtskab: …", "Værtskommune: …", "Vært for mødet: …", "Modtager: …", "Afsender: …",
    # "Til: Byrådet i …"
    r"^[ \t]*(?:vært(?:skab|skommune)?(?:[ \t]+for[ \t]+mødet)?|modtagere?|afsender|til)[ \t]*:[^:.\n]{0,60}"
    # "Mødet afholdes hos …", "afholdt den 5. maj på Rådhuset i …", "finder sted i …", "er henlagt til …": where a
    # meeting is held
    rf"|\b(?:afholdes|afholdt|holdes|holdt|foregår|foregik|finder[ \t]+sted|fandt[ \t]+sted|henlagt)\b{_GAP}{{0,40}}"
    rf"[ \t](?:i|på|hos|til)[ \t]+(?:{_GAP}{{0,40}}[ \t])?"
    # "Næste møde: 5. maj 2016, …", "Kommende møder: 5. maj i …": the next meeting's place
    rf"|\b(?:næste|kommende)[ \t]+møder?\b[ \t]*:?{_GAP}{{0,60}}[ \t,]"
    # "hos Hjørring Kommune", "på vegne af Silkeborg Kommune", "Vært er …": the host, the one spoken for
    r"|\bhos[ \t]+|\bpå[ \t]+vegne[ \t]+af[ \t]+|\bvært[ \t]+er[ \t]+"
    r")$"
)
_CUE_REACH = 80  # characters before the name a cue is looked for in


def names_a_host(text: str, start: int) -> bool:
    """Whether the "X Kommune" at ``start`` of ``text`` follows, on its line, a cue naming it as a meeting's host,
    venue or next place, or a letter's addressee or sender."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start]
    if len(before) > _CUE_REACH:
        before = "\x00" + before[-_CUE_REACH:]  # a long line's tail: its start, where a label stands, lies beyond reach
    return bool(_HOST_CUE.search(before))

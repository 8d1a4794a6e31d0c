"""A meeting room's number in a flattened header opens no item.

A meeting's header names its place, and the place ends in a room: "Mødelokale: Hovedstadens Beredskab, Station
Frederiksberg, Howitzvej 26, opgang D, 2. sal – i lokale 1. Mødedeltagere: Frank Jensen …". Flattened, "1." after
"lokale" starts the item numbers (1, 2, …) and was read as item 1, "Mødedeltagere: Frank Jensen (…)". Dev-write
publishers print a room's number after its room word in a place label widely ("Mødested: Mødelokale 2", "Sted:
lokale 1 forhallen", "Mødested: Mødelokale 122, 1. sal"). Such a number is no item's when both hold: a room word
("lokale", "mødelokale", "udvalgsværelse", …) stands right before it, and a place label ("Sted", "Mødested",
"Mødelokale", "Lokale" with its colon) opens the stretch before it.

Guards: a title that ends in the word "lokale" with no place label before it ("Ønske om nyt lokale 2. Budget") keeps
its next item's number; "lokaler" (plural) is no room word; a number after a place label but not after a room word
("Sted: Rådhuset 2. Godkendelse") is kept.
"""

from __future__ import annotations

import re

# the room word right before the number: "lokale 1.", "Mødelokale nr. 2", "Udvalgsværelse 3"
_ROOM_BEFORE = re.compile(r"(?i)(?<![\w])[a-zæøå]*(?:lokale|værelse)(?:\s+nr\.)?\s+$")
# a meeting's place label in the stretch before the room word
_PLACE_LABEL = re.compile(r"(?<![\w])(?:Sted|Mødested|Mødelokale|Lokale|STED|MØDESTED)\s*:")
_ROOM_REACH = 30  # the room word and its "nr."
_LABEL_REACH = 160  # a place label and the address after it


def room_number(text: str, start: int) -> bool:
    """Whether the number at ``start`` of a flattened ``text`` is a meeting room's, named in the meeting's place."""
    room = _ROOM_BEFORE.search(text[max(0, start - _ROOM_REACH) : start])
    if room is None:
        return False
    room_start = start - (min(start, _ROOM_REACH) - room.start())
    return _PLACE_LABEL.search(text, max(0, room_start - _LABEL_REACH), room_start + 1) is not None

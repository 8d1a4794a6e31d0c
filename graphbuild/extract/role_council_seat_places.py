"""The municipality a council seat is held in, read by `roles` over every reader's facts: a council member's or a
mayor's title ("byrådsmedlem", "kommunalbestyrelsesmedlem", "borgmester", "1. viceborgmester", "sundheds- og
omsorgsborgmester") is a seat on a municipality's council, which the roles annotation log's council convention
reads as the municipality itself; a reader that held it in the body whose minutes or page printed it (an elderly
council's guest "byrådsmedlem og formand for TSF, NAME", a committee page's "NAME (V), Kommunalbestyrelsesmedlem", a
regional committee's member list) placed it where the person sits, not where the seat is. The fact is held in the
municipality printed in the person's own entry after the name ("NAME (F), Københavns Kommune"), else the one the
document ties the person to, else the meeting's own municipality, else the one whose own site published the page,
else the only one the text names; with none of them the fact is left as it is. Never a fact already held in a
municipality or in a council (a target named "Byrådet", "Kommunalbestyrelsen (Frederiksberg)",
"Borgerrepræsentationen").
"""

from __future__ import annotations

import re
from bisect import bisect_left

from graphbuild.extract.mention_record import Mention
from graphbuild.extract.role_facts import RoleFact, held_in

Municipality = tuple[str, str]  # (id, name)

_ORDINAL = re.compile(r"^[1-3]\.\s*")  # "1. viceborgmester", "2.viceborgmester"
_SEAT = re.compile(r"(?:byrådsmedlem|kommunalbestyrelsesmedlem|borgmester)$")
# a council by its own word, anywhere in the target's name ("Allerød Byråd", "Kommunalbestyrelsen 2022-25 (Ærø)")
_COUNCIL = re.compile(r"(?i)(?<![\wæøå])(?:byråd|kommunalbestyrelse|borgerrepræsentation)(?:et|en|n)?(?![\wæøå])")
# what may stand between the name and the municipality its entry prints: the party's bracket, a comma ("NAME (F)),
# Københavns Kommune", "NAME, Hvidovre Kommune"); never a sentence going on ("NAME orienterede. … Aalborg Kommune")
_ENTRY_GAP = re.compile(r"(?:[ \t]*\([^()\n]{0,40}\)+)?[ \t]*[,–-]?[ \t]*")


def is_council_seat(role: str | None) -> bool:
    """A seat on a municipality's council or its chair's: "byrådsmedlem", "Kommunalbestyrelsesmedlem", "borgmester",
    "2. viceborgmester", "sundheds- og omsorgsborgmester"; not "medlem", not "regionsrådsmedlem"."""
    return role is not None and bool(_SEAT.search(_ORDINAL.sub("", role.strip().lower())))


def entry_municipality(
    text: str, fact: RoleFact, municipalities: list[Mention], next_person: int
) -> Municipality | None:
    """The municipality the person's own entry prints right after the name, a party's bracket and a comma between
    at most (`_ENTRY_GAP`), before the next person named (`next_person`)."""
    end = fact.person.end
    index = bisect_left([m.start for m in municipalities], end)
    if index == len(municipalities):
        return None
    named = municipalities[index]
    if named.end > next_person or not _ENTRY_GAP.fullmatch(text, end, named.start):
        return None
    return named.id, named.name


def council_seat_in_municipality(
    fact: RoleFact, entry: Municipality | None, places: list[Municipality | None]
) -> RoleFact:
    """The fact held in a municipality when a reader held a council seat's title in a body that is no council:
    `entry` (the person's own entry's), else the first of `places` known (the person's tie, the meeting's own
    municipality, the publishing site's, the text's only one); else the fact as it is."""
    if fact.target_type != "Organization" or not is_council_seat(fact.role) or _COUNCIL.search(fact.target_name):
        return fact
    held = entry or next((place for place in places if place is not None), None)
    return held_in(fact, (held[0], held[1], "Municipality")) if held else fact

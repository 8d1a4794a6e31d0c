"""A council member's title on a page held in no board or organisation the page is about, read by `roles` over every
reader's facts: "Bünyamin Simsek (V), byrådsmedlem" in a list of the members of a company's board is a seat on a
council, not on the company's board. A title a reader held in what the page is about (`Chairs.unnamed`: the board
its headline names, the organisation it leads with, its one board; never the body its heading names) is held in the
document's own unnamed body instead, where `role_council_seat_places` and `role_page_mayors` look for its
municipality. A council title: a seat on a municipality's council or its mayor's (`is_council_seat`: "byrådsmedlem",
"kommunalbestyrelsesmedlem", "viceborgmester"), a title held in a municipality and nowhere else (`is_municipal`:
"rådmand", "kommunaldirektør"), a seat on a region's council ("regionsrådsmedlem"). Never a title a reader held in a
body the text names, nor any other title: a company's own board member keeps the board."""

from __future__ import annotations

import re

from graphbuild.extract.role_chairs import Chairs
from graphbuild.extract.role_council_seat_places import is_council_seat
from graphbuild.extract.role_facts import RoleFact, Target, held_in
from graphbuild.extract.role_patterns import is_municipal

_REGIONAL_SEAT = re.compile(r"regions?rådsmedlem")


def is_council_title(role: str | None) -> bool:
    """A municipal or regional council's title: a seat, a mayor's, an alderman's, a director's of the municipality."""
    if role is None:
        return False
    return is_council_seat(role) or is_municipal(role.lower()) or _REGIONAL_SEAT.fullmatch(role.lower()) is not None


def _id(target: Target) -> str:
    return target[0] if isinstance(target, tuple) else target.id


def council_title_off_the_page_body(fact: RoleFact, chairs: Chairs) -> RoleFact:
    """The fact held in the document's own unnamed body when a reader held a council title in what the page is
    about (its headline's board, its lead organisation, its one board: `Chairs.unnamed` where it is neither the
    heading's body nor the document's own), else the fact as it is."""
    if not is_council_title(fact.role) or fact.target_type == "Municipality":
        return fact
    unnamed = chairs.unnamed_if_asked
    if unnamed is None or fact.target != _id(unnamed):
        return fact
    own = chairs.unnamed_of_its_own
    if fact.target == _id(own) or (chairs.heading is not None and fact.target == _id(chairs.heading)):
        return fact
    return held_in(fact, own)

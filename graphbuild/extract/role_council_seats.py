"""A council seat printed with no body of its own in that council's own minutes ("Byrådsmedlem Jørn Ulrik Larsen (F)
har …" in Byrådet's minutes, "Regionsrådsmedlem Tormod Olsens (Ø) midlertidige fravær" in Regionsrådet's): held in the
council, the meeting's body, not in its municipality or region (read by `role_targets`)."""

from __future__ import annotations

import re

from graphbuild.extract.mentions import Mention
from graphbuild.extract.role_facts import Target

# a seat's title and the council it is a seat in, by the council's own word in the meeting body's name: "Byrådet",
# "Allerød Byråd", "Kommunalbestyrelsen 2022-25", "Regionsrådet" (never "Byrådets Økonomiudvalg", a committee of it)
SEAT_COUNCILS = {
    "byrådsmedlem": re.compile(r"byråd(?:et)?"),
    "kommunalbestyrelsesmedlem": re.compile(r"kommunalbestyrelse(?:n)?"),
    "regionsrådsmedlem": re.compile(r"regionsråd(?:et)?"),
}
_WORD = re.compile(r"[a-zæøå]+")


def council_of_its_own_minutes(role: str, body: Target | None) -> Target | None:
    """The meeting's body when it is the council the seat `role` is a seat in, else None."""
    council = SEAT_COUNCILS.get(role)
    if council is None or body is None:
        return None
    name = body.name if isinstance(body, Mention) else body[1]
    words = _WORD.findall(name.lower())
    # the council's own word as the name's last word, a term's years aside ("Kommunalbestyrelsen 2022-25"), never a
    # committee named after it ("Byrådets Økonomiudvalg")
    return body if words and council.fullmatch(words[-1]) else None

"""A body's name with the term it sits for, as a portal heads its meetings ("Allerød Byråd 2018-2021",
"Børne- og Ungeudvalget (2018-2021)", "Klima- og Naturudvalget 2018-25"): the name without the term is the body's
own, the one it has in every term."""

from __future__ import annotations

import re

# the term closing a name: two years, the second written in full or by its last two digits, in brackets or not
_TERM_END = re.compile(r"[\s_]+\(?(?:19|20)(?P<first>\d\d)\s*[-–]\s*(?:19|20)?(?P<last>\d\d)\)?$")


def without_term(name: str | None) -> str | None:
    """The body's name without the term closing it ("Allerød Byråd 2018-2021" → "Allerød Byråd"); None for a name
    that closes with none, or with two numbers that are no term (the second year before the first)."""
    text = " ".join((name or "").split())
    term = _TERM_END.search(text)
    if term is None or int(term["last"]) < int(term["first"]):
        return None
    return text[: term.start()].rstrip(" ,–-") or None

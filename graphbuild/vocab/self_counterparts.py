"""A municipality a text sets against the writer's own: named as its neighbour ("nabokommunen Skive Kommune",
"vores nabokommune, Skive Kommune") or writing to it ("Skive Kommune skriver i brev til kommunen", "Skive Kommune
har sendt en henvendelse til os"): another than the self. The self's own words about itself ("Beredskabet i Skive
Kommune er kommunens eget", "Skive Kommune giver tilskud til kommunens foreninger") keep theirs."""

from __future__ import annotations

import re

# "nabokommunen ", "vores nabokommune, ", "nabokommunerne ": the neighbour's word right before the name
_NEIGHBOUR_BEFORE = re.compile(r"(?i)\bnabokommune(?:n|r|rne)?,?[ \t]+$")
# "… skriver i brev til kommunen", "… har sendt en henvendelse til os": the self addressed after the name, in its
# clause
_TO_THE_SELF_AFTER = re.compile(r"(?i)[^.;:\n]{0,60}?\btil[ \t]+(?:kommunen|os)\b(?![-\w])")
_REACH = 24


def set_against_the_self(text: str, start: int, end: int) -> bool:
    """Whether the municipality named at ``start:end`` is the self's neighbour or writes to the self."""
    return bool(_NEIGHBOUR_BEFORE.search(text[max(0, start - _REACH) : start])) or bool(
        _TO_THE_SELF_AFTER.match(text, end)
    )

"""A municipality joined by "og" to the writer's own ("et samarbejde mellem kommunen og Skive Kommune", "Skive
Kommune og kommunen driver sammen beredskabet", "vores kommune og Skive Kommune"): the self's partner, never the
self; "kommunens" (the genitive, "Skive Kommune og kommunens borgere") and a municipality on its own keep theirs."""

from __future__ import annotations

import re

# the writer's own municipality as a text says it without its name
_SELF = r"(?:kommunen|(?:vores|vor)[ \t]+kommune|os|vi)"
_SELF_AND_BEFORE = re.compile(rf"(?i)\b{_SELF}\s+og\s+$")
_AND_SELF_AFTER = re.compile(rf"(?i)\s+og\s+{_SELF}\b")
_REACH = 24  # characters either side the coordination is looked for in


def joined_with_the_self(text: str, start: int, end: int) -> bool:
    """Whether the municipality named at ``start:end`` is joined by "og" to the writer's own ("kommunen og X
    Kommune", "X Kommune og kommunen"): a partner of the self."""
    return bool(_SELF_AND_BEFORE.search(text[max(0, start - _REACH) : start])) or bool(
        _AND_SELF_AFTER.match(text[end : end + _REACH])
    )

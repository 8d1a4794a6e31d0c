"""A street address read as the body a title is held in, re-placed (read by `roles`): "NAME, borgmester på
Nordfynsvej 12" or "NAME, der er formand på Østergade 4" names where the holder lives or works, never the body of
the post, so the title is held where one with no body of its own is: a municipal title in the municipality the
document ties the person to, any other where an unnamed chair is. A body the text names by its mention (a
committee, a company the organisation readers know) is never re-placed."""

from __future__ import annotations

import re
from dataclasses import replace

from graphbuild.extract.role_facts import PENDING, UNPLACED, RoleFact
from graphbuild.extract.role_patterns import is_municipal

# the last word of a street's name: "Nordfynsvej", "Østergade", "H.C. Andersens Boulevard", "Søndre Allé"
_STREET_END = re.compile(
    r"(?:vej|vejen|gade|gaden|allé|alle|stræde|strædet|vænge|vænget|torv|torvet|boulevard|stien)$", re.IGNORECASE
)


# a word of a body or an institution before the street's word: "Grundejerforeningen Østergade", "Plejecentret
# Solvænget", "Skolen på Nyelandsvej" name a body, not an address
_BODY_WORD = re.compile(
    r"(?:forening|foreningen|selskab|selskabet|laug|lauget|skole|skolen|center|centret|centeret|klub|klubben|hjem|"
    r"hjemmet|hus|huset|gården|råd|rådet|udvalg|udvalget|bestyrelse|bestyrelsen|institution|institutionen)$",
    re.IGNORECASE,
)


def is_street(name: str) -> bool:
    """Whether a target's name is a street's: its last word ends in a street's word, and no word before it is a
    body's or an institution's."""
    words = name.split()
    return (
        bool(words) and bool(_STREET_END.search(words[-1])) and not any(_BODY_WORD.search(word) for word in words[:-1])
    )


def off_the_street(fact: RoleFact) -> RoleFact:
    """The fact, its target re-placed when a reader took a street's name for the body (no mention behind it)."""
    if fact.mention is not None or fact.target_type != "Organization" or not is_street(fact.target_name):
        return fact
    unplaced = PENDING if fact.role is not None and is_municipal(fact.role) else UNPLACED
    return replace(fact, target=unplaced[0], target_name=unplaced[1], target_type=unplaced[2], target_kind=None)

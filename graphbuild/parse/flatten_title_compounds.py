"""A flattened contents title that opens with an acronym's compound, "SMS-orientering", "EMAS-award", "NT-økonomi m.v":
after an ordinary lower-case word the compound opens the next title as a capitalised word does ("... Orientering om
dokning | SMS-orientering Fastsættelse af ny mødedato", "... pr. 30. september | EMAS-award Fastsættelse af ...").
Its second letter is a capital, so the cut's test of a capitalised word does not take it. After a word that binds
("Forslag til PFAS-aktiviteter", "Status for LIFE-projekt") or an adjective in "-e" before its noun ("Det store
TTA-forsøg", "Det syddanske EU-kontor", "Den kommende EU-strukturfondsperiode") or a word that leads into a part of the
title ("Anlægsbevilling IT til administrationen herunder KOMBIT-projekter") it goes on in its title."""

from __future__ import annotations

import re

# an acronym of two to six capitals, a hyphen and a lower-case word: "SMS-orientering", "IT-strategi"
ACRONYM_COMPOUND = re.compile(r"[A-ZÆØÅ]{2,6}-[a-zæøå]{3,}[\w.-]*")


def is_acronym_compound(word: str) -> bool:
    """Whether ``word`` is an acronym's compound, "SMS-orientering", to be read as a capitalised word."""
    return ACRONYM_COMPOUND.fullmatch(word) is not None


# words that lead into what a title holds or names as an example: the compound after them is the title's own
_LEADING_IN = frozenset({"herunder", "inkl.", "inklusiv", "inklusive", "især", "bl.a.", "f.eks.", "fx", "eksempelvis"})


def goes_on_before(before: str) -> bool:
    """Whether the lower-case word before a compound keeps it in its title: an adjective standing before it as its
    noun (a definite or plural adjective ends in "-e": "store", "syddanske", "kommende") or a word that leads into a
    part of the title ("herunder", "inkl.", "bl.a.")."""
    return before.endswith("e") or before.lower() in _LEADING_IN

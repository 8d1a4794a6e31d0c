"""A municipality adopting an initiative: a decision to join, subscribe or sign up
("besluttede at tilmelde sig", "er tilmeldt abonnement"). The initiative is the one the sentence
names, else the item's own main initiative ("dette nye initiativ")."""

from __future__ import annotations

import re
from dataclasses import dataclass

# (pattern, date_is): an act on the meeting's day, or a state reported on it.
ADOPTION_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(
            r"\bbesluttede\s+(?:\w+\s+)?at\s+(?:tilmelde|tilslutte|abonnere|købe|underskrive|indgå|deltage)",
            re.IGNORECASE,
        ),
        "on",
    ),
    (re.compile(r"\b(?:tilmeldte|tilsluttede)\s+sig\b", re.IGNORECASE), "on"),
    (re.compile(r"\b(?:godkendte|vedtog)\s+(?:\w+\s+)?(?:tilmelding|tilslutning)\s+til\b", re.IGNORECASE), "on"),
    (
        re.compile(
            r"\ber\s+(?:nu\s+)?(?:tilmeldt|tilsluttet)\b|\bhar\s+(?:nu\s+)?(?:tilmeldt|tilsluttet)\s+sig\b|"
            r"\babonnerer\s+på\b",
            re.IGNORECASE,
        ),
        "on or before",
    ),
)


@dataclass(frozen=True)
class AdoptionCue:
    start: int
    end: int
    date_is: str


def find_adoption_cues(text: str, lo: int, hi: int) -> list[AdoptionCue]:
    out = []
    for pattern, date_is in ADOPTION_PATTERNS:
        out += [AdoptionCue(m.start(), m.end(), date_is) for m in pattern.finditer(text, lo, hi)]
    return sorted(out, key=lambda c: (c.start, c.end))

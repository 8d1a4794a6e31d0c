"""A police post printed with a name, "Politidirektør Kit Claudi Grøn-Iversen", "Vicepolitidirektør Anne Tønnes":
the police's, never a municipality's own staff (a beredskabskommission seats the police district's director beside
the mayor; a kredsråd is chaired by one), so `role_patterns.is_staff` leaves it out and the title is held where the
text places it: the police district a reader finds named with it ("Nordsjællands Politi"), else the body the text
is about. Never a word that only opens with "politi" ("politisk chef", "politikerne")."""

from __future__ import annotations

import re

# the police's posts: "politidirektør", "vicepolitidirektør", "politimester", "politiinspektør", "rigspolitichef"
_POLICE_POST = re.compile(r"(?:vice|rigs)?politi(?:direktør|mester|inspektør|chef|kommissær)")


def is_police_post(role: str) -> bool:
    """Whether a title (lower case, bare) is a post of the police."""
    return _POLICE_POST.fullmatch(role) is not None

"""A town's name that names where a state's or a region's institution sits ("Regionshospitalet Horsens",
"Universitetshospital Køge", "Politi i Holstebro", "Retten i Herning", "Statsforvaltningen i Aabenraa", "Business
Region Esbjerg"): the seat of a body that serves more than that municipality, never a mention of the municipality
itself; read by ``inference``, which counts a municipality's bare name where the text speaks of its own
("Sydøstjyllands Politi i Horsens har orienteret kommunen")."""

from __future__ import annotations

import re

# the institution's word right before the name, "i" between them allowed: a hospital, a court, the police, the
# state's local offices, a region's house, a business region of several municipalities; a municipality's own
# institutions (a town hall, a school, a jobcentre) are none of them
_SEAT_BEFORE = re.compile(
    r"(?:\b(?:[Rr]egionshospital|[Uu]niversitetshospital|[Ss]ygehus|[Hh]ospital)(?:et)?"
    r"|\b(?:[Rr]etten|[Bb]yretten|[Pp]oliti(?:et)?|[Ss]tatsforvaltningen|[Vv]ejdirektoratet|[Aa]nkestyrelsen"
    r"|[Ff]amilieretshuset|[Kk]riminalforsorgen|[Nn]aturstyrelsen|[Ss]kattecent(?:er|ret)|[Mm]iljøcent(?:er|ret)"
    r"|[Rr]egionshuset|[Rr]egionsgården)"
    r"|\bBusiness\s+Region)(?:\s+i)?\s+$"
)
_SEAT_REACH = 40  # characters before the name the institution's word is looked for in
# or right after it, the town naming the institution: "Aarhus Universitetshospital", "Aalborg Universitet", "Holbæk
# Sygehus", "Billund Lufthavn", "Viborg Stift", "Holstebro Byret", "Horsens Statsfængsel"
_SEAT_AFTER = re.compile(
    r"[ \t]+(?:Universitetshospital|Universitet|Regionshospital|Sygehus|Lufthavn|Stift|Stiftsøvrighed|Byret"
    r"|Arrest|Statsfængsel|Politikreds)(?:et|s)?\b"
)


def names_an_institutions_seat(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start``-``end`` follows a state's or a region's institution's word ("Regionshospitalet
    Horsens", "Politi i Holstebro") or names one ("Aarhus Universitetshospital"): the town it sits in, not the
    municipality."""
    return bool(_SEAT_BEFORE.search(text[max(0, start - _SEAT_REACH) : start]) or _SEAT_AFTER.match(text, end))

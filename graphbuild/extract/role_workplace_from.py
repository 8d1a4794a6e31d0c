"""The unit or organisation a titled person comes from, printed with "fra" or "hos" right after the name, where no
reader of bodies knows its name, read by `role_title_before` before the title's default places: "sekretariatschef
Mette Louise Ebdrup fra Sekretariat for Politik og Ledelse", and after a run of titled names joined to it,
"Sekretariatschef A og chefkonsulent B fra Borgerrepræsentationens Sekretariat" (each of them). A body a reader
knows there is the name's affiliation already (`role_sentence.Reading.after_from`), and this one takes its place
(before a body named earlier in the clause, the meeting's body or the own municipality); a board's seat ("formand
NAME fra X") is not asked, as for that affiliation, nor a municipal title or a member's seat. The name must hold
an organisation's noun ("Sekretariat", "Center", "Forvaltning", "Styrelsen", a body's noun): never a place ("fra
Skanderborg", "fra Hjallerup"), a time ("fra 1. januar", "fra Mandag"), a person or a municipality."""

from __future__ import annotations

import re

from graphbuild.extract.role_facts import Target
from graphbuild.extract.role_patterns import is_municipal
from graphbuild.extract.role_sentence import FROM_AFTER, Reading, Sentence, without_people
from graphbuild.vocab import ids
from graphbuild.vocab.bodies import BODY_NOUNS, NETWORK_NOUNS, RESCUE_SERVICE_NOUNS
from graphbuild.vocab.municipality_names import municipality_named

_CAPITALISED = r"(?-i:[A-ZÆØÅ])[\wæøå&'’-]*"
# "fra Sekretariat for Politik og Ledelse", "hos Borgerrepræsentationens Sekretariat": capitalised words, a linking
# word between two of them; the name ends at the first word in lower case that links nothing
WORKPLACE = re.compile(
    rf"(?<![\wæøå])(?:fra|hos)[ \t]+(?P<body>{_CAPITALISED}(?:[ \t]+(?:(?:for|og|i|af|&)[ \t]+)?{_CAPITALISED}){{0,5}})"
)
# the nouns an administrative unit's or an organisation's name holds, as a word of its own or a compound's end
_UNIT_NOUNS = (
    *BODY_NOUNS, *NETWORK_NOUNS, *RESCUE_SERVICE_NOUNS,
    "sekretariat", "center", "centret", "forvaltning", "direktorat", "styrelse", "ministerium", "ministeriet",
    "afdeling", "kontor", "enhed", "tjeneste", "stab",
)  # fmt: skip
_UNIT_WORD = re.compile(rf"(?:{'|'.join(_UNIT_NOUNS)})(?:en|et|s|ens|ets)?$", re.IGNORECASE)
_LOOK_AHEAD = 160  # how far after the name the "fra" of a run of titled names may stand


def workplace_from(s: Sentence, r: Reading, role: str) -> Target | None:
    """The organisation named after "fra"/"hos" right after r's name (or after the titled names joined to it) when
    no reader knows it, if its name holds an organisation's noun; else None. Never for a municipal title or a seat
    ("borgmester", "kommunaldirektør", "byrådsmedlem NAME fra Udvalget for X": the council's, whom they speak for)."""
    if r.after_from is not None:
        return None  # a body a reader knows: the name's affiliation already
    if is_municipal(role) or role.endswith("medlem"):
        return None
    text, p = s.text, r.p
    hi = min(s.hi, p.end + _LOOK_AHEAD)
    found = WORKPLACE.search(text, p.end, hi)
    if found is None:
        return None
    if not FROM_AFTER.match(without_people(text[p.end : found.start()], s.here) + "fra "):
        return None  # "NAME deltager i mødet fra Center for X": words between the name and its "fra"
    if any(found.start() <= m.start < found.end() for m in s.orgs):
        return None  # a body a reader knows is read as the affiliation it is (or is not) already
    words = found["body"].split()
    while words and words[-1] in ("for", "og", "i", "af", "&"):
        words.pop()
    name = " ".join(words)
    if not any(_UNIT_WORD.search(word) for word in words) or municipality_named(name.removesuffix(" Kommune")):
        return None  # "fra Hjallerup", "fra Skanderborg": a place, no organisation
    return (ids.organization_id(name), name, "Organization")

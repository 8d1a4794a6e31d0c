"""The organisation a web page or a news article is about, read by `role_chairs` where the page names no body of its
own, no board in its headline and no body by its kind's word: a capitalised name the page prints where only an
organisation can stand, as the owner of a board, its meeting, a general meeting or a director's post
("Vestforbrændings nye bestyrelse", "bestyrelsesmøde i Udvikling Fyn", "Generalforsamling i BRMV", "Holte Fjernvarmes
adm. direktør"), and that its opening (its headline and first lines) also prints; of several, the one the opening
prints first. Only in a document that is no meeting's. Never a municipality's name, a region's, a name a person's
first name opens ("Jens Hansens bestyrelse"), nor the words a sentence or a headline opens with ("Om", "Den nye")."""

from __future__ import annotations

import re

from graphbuild.models import Meeting
from graphbuild.vocab import ids
from graphbuild.vocab.municipality_names import municipality_named
from graphbuild.vocab.reference import first_names, last_names

_WORD = r"[A-ZÆØÅ][\wæøåÆØÅ&-]*"
_NAME = rf"{_WORD}(?:[ \t]+{_WORD}){{0,3}}"
# the bodies and posts only an organisation has
_OWNED = r"(?:bestyrelse(?:smøde)?|repræsentantskab|generalforsamling|direktion|direktør)"
# "bestyrelsen i Fynbus", "Generalforsamling i BRMV", "Bestyrelsen hos Augustenborg Fjernvarme", "direktør for X", "det
# første bestyrelsesmøde i Udvikling Fyn"
_OWNED_OF = re.compile(rf"(?<![\wæøåÆØÅ])(?i:{_OWNED})(?:en|n|et|s|t)?[ \t]+(?:for|i|hos)[ \t]+(?P<name>{_NAME})")
# "Vestforbrændings nye bestyrelse", "Fynbus' bestyrelse", "Holte Fjernvarmes adm. direktør"
_OWNER_OF = re.compile(
    rf"(?<![\wæøåÆØÅ&-])(?P<name>{_NAME})(?:s|'s|’s|'|’)[ \t]+"
    rf"(?:(?:nye|nyvalgte|samlede|adm\.|administrerende)[ \t]+)?{_OWNED}(?:en|n|et)?(?![\wæøå])"
)
# the words a run of capitals opens with that name nothing: a headline's or a sentence's opening word, an article
_NO_NAME = frozenset(
    {"om", "den", "det", "de", "en", "et", "ny", "nye", "vores", "hans", "hendes", "deres", "dens", "dets", "sin",
     "sit", "sine", "i", "til", "fra", "for", "med", "af", "på", "efter", "ved", "når", "da", "nu", "her", "der",
     "og", "som", "hvor", "men", "at", "kommune", "kommunes", "region", "regionens", "danmark", "danmarks"}
)  # fmt: skip
_OPENING = 600  # the characters of a page's opening: its headline and first lines


def _name(words: str) -> str | None:
    """The organisation's name in a run of capitalised words: the words that name nothing left out from its start;
    None when none is left, a person is named in them, or they name a municipality or a region."""
    parts = words.split()
    while parts and parts[0].lower() in _NO_NAME:
        parts.pop(0)
    if not parts or parts[-1].lower() in _NO_NAME or _a_person_in(parts):
        return None
    name = " ".join(parts)
    if municipality_named(name) is not None or parts[0].startswith("Region"):
        return None
    return name


def _a_person_in(parts: list[str]) -> bool:
    """Whether a person's name stands in the words: a first name after the first word ("direktør for TV MidtVest Ivar
    Brændgaard"), or a first name and a surname ("Jens Hansens bestyrelse"; "Holte Fjernvarme" is no person's)."""
    names = first_names()
    return any(part in names for part in parts[1:]) or (parts[0] in names and parts[-1] in last_names())


def _owner_names(text: str) -> set[str]:
    """The names the text prints as a board's, a general meeting's or a director's owner."""
    names = set()
    for pattern in (_OWNED_OF, _OWNER_OF):
        for match in pattern.finditer(text):
            name = _name(match["name"])
            if name is not None:
                names.add(name)
    return names


def page_organisation(text: str, meeting: Meeting) -> tuple[str, str, str] | None:
    """The organisation a page that is no meeting's is about, as an (id, name, type) target; else None."""
    if meeting.kind is not None or meeting.body is not None:
        return None
    opening = text[:_OPENING]
    printed = []
    for name in _owner_names(text):
        # the name alone or in the genitive ("Vestforbrænding klar med ny bestyrelse", "Vestforbrændings")
        at = re.search(rf"(?<![\wæøåÆØÅ&-]){re.escape(name)}(?=(?:s|'s|’s|'|’)?(?![\wæøåÆØÅ&-]))", opening)
        if at is not None:
            printed.append((at.start(), name))
    if not printed:
        return None
    name = min(printed)[1]
    return ids.organization_id(name), name, "Organization"

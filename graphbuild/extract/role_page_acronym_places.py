"""The full name of an organisation a role on a web page or in a news article is held in where a reader held it in
the organisation's acronym alone, read by `roles` over every reader's facts: the page prints the acronym with the
place the organisation serves right after it, no linking word between ("LAG Slagelse", "bestyrelsen for LAG
Sønderborg-Aabenraa"), which is that organisation's own name, as the acronym is the name of every organisation of
its kind (each local action group is a "LAG"). Only one such name printed for the acronym; the place only
municipalities' names, several joined by hyphens ("Sønderborg-Aabenraa"), never a place's compound with a noun
("LAG i Slagelse-området") nor a place after a linking word ("LAG i Lemvig": where the organisation works, which
`role_page_full_names` reads)."""

from __future__ import annotations

import re

from graphbuild.extract.role_facts import RoleFact, held_in
from graphbuild.vocab import ids
from graphbuild.vocab.reference import municipality_by_name

_ACRONYM = re.compile(r"[A-ZÆØÅ]{2,6}")
_PLACE_WORD = r"[A-ZÆØÅ][a-zæøå]+"
# the place after the acronym: a municipality's name, several joined by hyphens, an "s" of the genitive after it
# ("LAG Slagelses bestyrelse"); not a word running on ("Slagelse-området", "Slagelsevej")
_PLACE_AFTER = rf"[ \t]+(?P<place>{_PLACE_WORD}(?:-{_PLACE_WORD})*?)s?(?![\wæøåÆØÅ-])"


def _only_municipalities(place: str) -> bool:
    names = municipality_by_name()
    return all(part.lower() in names for part in place.split("-"))


def acronym_with_place(text: str, acronym: str) -> str | None:
    """The one name the text prints as `acronym` and a municipality's place right after it, else None."""
    if not _ACRONYM.fullmatch(acronym) or acronym not in text:
        return None
    pattern = re.compile(rf"(?<![\wæøåÆØÅ-]){acronym}{_PLACE_AFTER}")
    names = {f"{acronym} {m['place']}" for m in pattern.finditer(text) if _only_municipalities(m["place"])}
    return names.pop() if len(names) == 1 else None


class AcronymPlaces:
    """`acronym_with_place` of each acronym a page's facts are held in, each read once."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._names: dict[str, str | None] = {}

    def __call__(self, fact: RoleFact) -> RoleFact:
        """The fact held in the acronym's name with its place when the page prints one, else the fact as it is."""
        if fact.target_type != "Organization" or not fact.target_name:
            return fact
        acronym = fact.target_name
        if acronym not in self._names:
            self._names[acronym] = acronym_with_place(self._text, acronym)
        full = self._names[acronym]
        return held_in(fact, (ids.organization_id(full), full, "Organization")) if full else fact

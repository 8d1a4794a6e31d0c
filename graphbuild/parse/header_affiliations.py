"""Municipalities a header names as the places people come from: "Jan Henriksen, Middelfart Kommune",
"Inge Flensted (Herning Kommune)". A person's municipality is not the meeting's; a header naming the
people of two or more municipalities records a meeting of several, which is no one municipality's."""

from __future__ import annotations

import re

from graphbuild.vocab.municipality_names import NamedMunicipality, named_municipalities
from graphbuild.vocab.person_names import NAME_RUN, plausible
from graphbuild.vocab.reference import first_names

# a person's name right before the mention, then a comma or an opening bracket: "Jan Henriksen, " or
# "Inge Flensted ("
_NAME_BEFORE = re.compile(rf"(?P<name>{NAME_RUN.pattern})[ \t]*[,(][ \t]*$")
_NAME_REACH = 60  # characters before a mention a person's name is looked for in
_AFFILIATION_HOWS = ("kommune", "council")
SEVERAL = 2  # the people of this many municipalities make a meeting several municipalities'


def is_affiliation(text: str, named: NamedMunicipality) -> bool:
    """Whether the mention ("Middelfart Kommune") follows a person's name and a comma or a bracket."""
    if named.how not in _AFFILIATION_HOWS:
        return False
    found = _NAME_BEFORE.search(text, max(0, named.start - _NAME_REACH), named.start)
    if found is None:
        return False
    tokens = found["name"].split()
    # "Deltagere Inge Flensted": the name starts at a first name, after any word that leads it
    return any(tokens[k] in first_names() and plausible(tokens[k:]) for k in range(len(tokens) - 1))


def affiliated_municipalities(header: str) -> set[str]:
    """The codes of the municipalities the header names as people's own."""
    return {named.info.code for named in named_municipalities(header) if is_affiliation(header, named)}


def represents_several(header: str) -> bool:
    """Whether the header names people of two or more municipalities (each with "X Kommune" after the name)."""
    return len(affiliated_municipalities(header)) >= SEVERAL


def named_only_as_affiliation(header: str, code: str) -> bool:
    """Whether every place the header names this municipality as one follows a person's name (and it does)."""
    named = [found for found in named_municipalities(header) if found.info.code == code]
    return bool(named) and all(is_affiliation(header, found) for found in named)

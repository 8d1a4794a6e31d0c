"""The whole name of a municipality's department a title after a name is held in, read by `role_after_name` where a
reader found only its first area: a department named by the areas it covers, a comma between them and "og" or "&"
before the last, closed by the municipality it belongs to ("direktør for Land, By og Kultur i Sønderborg Kommune",
"centerchef for Borgerservice, IT og Digitalisering i Helsingør", "afdelingschef for Plan & Byg, Dragør Kommune"):
held in that whole phrase, as printed, not in "Land", "Borgerservice" or "Plan". Only where the run of areas ends in
a municipality's name ("i X", "i X Kommune", ", X Kommune"): a list of bodies or of places ("formand for Movia, DSB og
Arriva", "direktør for Vejle og Fredericia", "formand for Kulturudvalget og Teknikudvalget i Aarhus Kommune") is no
department."""

from __future__ import annotations

import re

from graphbuild.extract.role_facts import Target
from graphbuild.vocab import ids
from graphbuild.vocab.bodies import ends_in_body_noun
from graphbuild.vocab.municipality_names import municipality_named

_AREA = r"(?-i:[A-ZÆØÅ])[\wæøåÆØÅ-]*"
# the areas after the first: ", By" … then "og Kultur" / "& Byg", then the municipality
_AREAS_AND_PLACE = re.compile(
    rf"(?:,[ \t]+{_AREA})*[ \t]+(?:og|&)[ \t]+{_AREA}"
    rf"(?:[ \t]+i[ \t]+(?P<in>{_AREA})(?P<in_kommune>[ \t]+Kommune)?|,[ \t]+(?P<comma>{_AREA})[ \t]+Kommune)"
    r"(?![\wæøåÆØÅ-])"
)


def department_name(text: str, start: int, end: int) -> tuple[Target, int] | None:
    """The department whose first area stands from start to end, run on by its other areas and its municipality,
    as a target, with the position its name ends at; else None."""
    run = _AREAS_AND_PLACE.match(text, end)
    if run is None:
        return None
    place = run["in"] or run["comma"]
    if municipality_named(place) is None:
        return None
    areas = re.sub(r"[ \t,]+(?:i[ \t]+)?$", "", text[start : run.start("in") if run["in"] else run.start("comma")])
    if any(ends_in_body_noun(area.strip()) for area in re.split(r",|[ \t]og[ \t]|&", areas)):
        return None  # "formand for Kulturudvalget og Teknikudvalget i Aarhus Kommune": two bodies, each its own
    name = " ".join(text[start : run.end()].split())
    return (ids.organization_id(name), name, "Organization"), run.end()

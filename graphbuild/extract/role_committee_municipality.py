"""The municipality a committee a seat is held in belongs to, where the text prints it right after the committee's
name: "formand for Lokaldemokratiudvalget i Kolding Kommune", "formand for Teknisk Udvalg, Aarhus Kommune",
"medlem af Teknisk Udvalg, Aarhus", read by `roles` over every reader's facts: the seat is held in that
municipality's committee, named as the pipeline names a municipality's committee ("Teknisk Udvalg (Aarhus)"), not
in a committee of that name shared by every municipality. Only a committee's name (a word of "udvalg") that carries
no municipality yet, and a municipality's name alone after it on its line (never a region, "i Region Midtjylland",
nor a place that is no municipality's, "i Tranbjerg"); in a municipality's own minutes its committees are its own
already (`Context.add_mention`)."""

from __future__ import annotations

import re

from graphbuild.extract.role_facts import RoleFact, held_in
from graphbuild.vocab import ids
from graphbuild.vocab.bodies import bare_body_name
from graphbuild.vocab.municipality_names import municipality_named

# the municipality right after the committee's name: ", Aarhus Kommune", " i Kolding Kommune", ", Aarhus"
_MUNICIPALITY_AFTER = re.compile(
    r"(?:,[ \t]+|[ \t]+i[ \t]+)(?P<name>[A-ZÆØÅ][\wæøå]*(?:[- ][A-ZÆØÅ][\wæøå]*)?)(?:[ \t]+Kommune)?(?![\wæøåÆØÅ-])"
)


def held_in_its_municipalitys_committee(text: str, fact: RoleFact) -> RoleFact:
    """The fact held in the committee of the municipality printed right after the committee's name, else as it is."""
    committee = fact.target_name
    if fact.target_type != "Organization" or "udvalg" not in committee.lower():
        return fact
    if "(" in committee or "kommune" in committee.lower():
        return fact
    end = _printed_end(text, fact)
    after = _MUNICIPALITY_AFTER.match(text, end) if end is not None else None
    if after is None:
        return fact
    municipality = municipality_named(after.group("name"))
    if municipality is None:
        return fact
    name = f"{bare_body_name(committee, municipality.code)} ({municipality.name})"
    return held_in(fact, (ids.organization_id(committee, municipality.code), name, "Organization"))


def _printed_end(text: str, fact: RoleFact) -> int | None:
    """Where the committee's name the fact is held in ends as printed: its mention's end, else the end of the name
    printed first on the holder's line after the holder's name."""
    if fact.mention is not None:
        return fact.mention.end
    line_end = text.find("\n", fact.person.end)
    line_end = len(text) if line_end < 0 else line_end
    at = text.find(fact.target_name, fact.person.end, line_end)
    return at + len(fact.target_name) if at >= 0 else None

"""A role's body named by its kind, run on by its owner or its place after a linking word, read by `roles` over every
reader's facts: "formand for Forberedelsesudvalget i Region Midtjylland", "formand for Arbejdsmarkedsrådet i
Sønderjylland", "medlem af Centerrådet på Plejecenter Præstevænget" are held in the whole phrase, as printed, not in
"Forberedelsesudvalget" (every Region, every centre has one). Only a body the text names where the fact reads it (its
mention), whose name ends in a body's noun ("udvalget", "rådet", "forsamlingen"); the owner one to four capitalised
words on the line. Never a municipality ("Voksenudvalget i Billund Kommune" is the municipality's committee, which
its own node records), a person's name ("formand for Ældrerådet i Sønderjylland Jens Hansen" stops before it), a list
the owner opens ("Grønt Råd i Tårnby og Dragør Kommuner") nor the meeting's own body."""

from __future__ import annotations

import re
from dataclasses import replace

from graphbuild.extract.mentions import Mention
from graphbuild.extract.people import PersonMention
from graphbuild.extract.role_facts import RoleFact
from graphbuild.vocab import ids
from graphbuild.vocab.bodies import ends_in_body_noun
from graphbuild.vocab.municipality_names import municipality_named

# the linking word and the owner's capitalised words, on the body's line
_OWNER = re.compile(
    r"[ \t]+(?:i|for|på|ved)[ \t]+(?P<owner>[A-ZÆØÅ][\wæøå&-]*(?:[ \t]+[A-ZÆØÅ][\wæøå&-]*){0,3})"
    r"(?P<list>[ \t]+(?:og|&)[ \t]+[A-ZÆØÅ]|[ \t]*,[ \t]*(?P<next>[A-ZÆØÅ])[\wæøå-]*[ \t]+(?:og|&)[ \t])?"
)
_KOMMUNE = re.compile(r"[ \t]+[Kk]ommuner?\b")


def owned_targets(text: str, found: list[RoleFact], people: list[PersonMention], body: str | None) -> list[RoleFact]:
    """The facts, each held in its body's name run on by the owner printed after it, where there is one."""
    own = ids.slug(body) if body else None
    out = []
    for fact in found:
        wide = _owned(text, fact.mention, people, own)
        out.append(fact if wide is None else replace(fact, target=wide.id, target_name=wide.name, mention=wide))
    return out


def _owned(text: str, m: Mention | None, people: list[PersonMention], own: str | None) -> Mention | None:
    """The body's mention widened to its owner: "Forberedelsesudvalget i Region Midtjylland"; None where it is none."""
    if m is None or m.type != "Organization" or not ends_in_body_noun(m.name) or ids.slug(m.name) == own:
        return None
    tail = _OWNER.match(text, m.end)
    if tail is None or (tail["list"] and not any(p.start == tail.start("next") for p in people)):
        return None  # "Grønt Råd i Tårnby og Dragør Kommuner": a list, never "…, Bent Hansen og NAME"
    start, end = tail.start("owner"), tail.end("owner")
    end = min([end, *(p.start for p in people if start <= p.start < end)])
    owner = text[start:end].rstrip()
    if not owner or end == start or municipality_named(owner) is not None or _KOMMUNE.match(text, end):
        return None
    name = " ".join(text[m.start : start + len(owner)].split())
    return replace(m, end=start + len(owner), id=ids.organization_id(name), name=name)

"""The body a title is held in where a reader read only its owner's genitive ("formand for Hirtshals Havns
bestyrelse" held in "Hirtshals Havns", "formand for AlsFynBroens styregruppe og komité" in "AlsFynBroens"), read by
`roles` over every reader's facts: a name in the genitive names no body, the body noun printed right after it in the
fact's own words does ("Hirtshals Havns bestyrelse", "AlsFynBroens styregruppe"): held in the owner's genitive and that
noun as printed. Only a body's noun ("bestyrelse", "styregruppe", "komité", "repræsentantskab", …, "formandskab",
"direktion", "sekretariat"), never an adjective or a description after the genitive ("formand for Danmarks største
mobilitetsselskab"), nor a name that is no genitive ("Nordfyns" is a municipality's own name)."""

from __future__ import annotations

import re

from graphbuild.extract.role_facts import RoleFact, held_in
from graphbuild.vocab import ids
from graphbuild.vocab.bodies import BODY_NOUNS, WORKING_GROUP_NOUNS, noun_pattern

_NOUNS = noun_pattern((*BODY_NOUNS, *WORKING_GROUP_NOUNS))
# the body noun right after the genitive, in its indefinite form or its plural's none: "bestyrelse", "styregruppe"
_NOUN_AFTER = re.compile(
    rf"[ \t]+(?P<noun>(?:{_NOUNS}|formandskab|direktion|sekretariat)(?:en|et)?)(?![\wæøåÆØÅ-])", re.IGNORECASE
)
_GENITIVE = re.compile(r"[a-zæøåA-ZÆØÅ](?:s|’|')$")


def held_in_the_owners_body(text: str, fact: RoleFact) -> RoleFact:
    """The fact held in "<owner's genitive> <body noun>" where a reader held it in the genitive alone, else as it is."""
    name = fact.target_name
    if fact.target_type != "Organization" or not name or not _GENITIVE.search(name):
        return fact
    at = text.find(name, fact.start, fact.end)
    while at >= 0:
        noun = _NOUN_AFTER.match(text, at + len(name))
        if noun is not None:
            body = f"{name} {noun['noun']}"
            return held_in(fact, (ids.organization_id(body), body, "Organization"))
        at = text.find(name, at + 1, fact.end)
    return fact

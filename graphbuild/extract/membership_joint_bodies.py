"""A joint body named by its member municipalities, found and built here: "Grønt Råd i Tårnby og Dragør
Kommuner", "Den fælles Beredskabskommission for Rudersdal og Hørsholm Kommuner"."""

from __future__ import annotations

import re

from graphbuild.extract.membership_municipalities import MunicipalityRef, list_at
from graphbuild.extract.membership_relation import Context, relate
from graphbuild.vocab import ids

# a joint body named by its members: "Grønt Råd i Tårnby og Dragør Kommuner", "Den fælles
# Beredskabskommission for Rudersdal og Hørsholm Kommuner"
JOINT_BODY = re.compile(
    r"(?P<head>(?:(?:[Dd]en|[Dd]et)[ \t]+fælles[ \t]+|[Ff]ælles[ \t]+)?"
    r"[A-ZÆØÅ][\wæøå-]*(?:[ \t]+[A-ZÆØÅ][\wæøå-]*){0,2})"
    r"[ \t]+(?:for|i)[ \t]+(?=[A-ZÆØÅ][^.\n]{0,80}?[ \t]Kommuner\b)"
)
# a joint tribunal ("Det Fælleskommunale Huslejenævn for A og B Kommuner") is an authority, no network
JOINT_HEAD = re.compile(r"(?i)(?:kommission|råd|forum|netværk|samarbejde|fællesskab|beredskab|brandvæsen)$")


def joint_bodies(text: str) -> list[tuple[str, list[MunicipalityRef]]]:
    """(name, members) of each joint body whose name lists its two or more member municipalities."""
    out: list[tuple[str, list[MunicipalityRef]]] = []
    if " Kommuner" not in text:
        return out
    for m in JOINT_BODY.finditer(text):
        head = " ".join(m["head"].split())
        if not JOINT_HEAD.search(head) or head.lower().startswith(("byråd", "kommunalbestyrelse")):
            continue
        items = list_at(text, m.end(), min(len(text), m.end() + 120))
        if len(items) < 2 or not text.endswith(" Kommuner", 0, items[-1].end):
            continue
        out.append((" ".join(text[m.start() : items[-1].end].split()), items))
    return out


def add_joint_bodies(ctx: Context) -> None:
    """MEMBER_OF for the members of each joint body its name lists."""
    for name, items in joint_bodies(ctx.text):
        relate(ctx, items, ctx.facts.entity(ids.organization_id(name), "Organization", name, kind="network"))

"""A joint body named by its member municipalities, found and built here: "Grønt Råd i Tårnby og Dragør
Kommuner", "Den fælles Beredskabskommission for Rudersdal og Hørsholm Kommuner", its list of members on one
line or wrapped onto the next."""

from __future__ import annotations

import re

from graphbuild.extract.membership_municipalities import MunicipalityRef, list_at
from graphbuild.extract.membership_relation import Context, named_network, relate
from graphbuild.vocab import ids
from graphbuild.vocab.near import finditer_in_windows, lowered
from graphbuild.vocab.text_patterns import capitalised_run

_LIST_REACH = 200  # how far a joint body's list of members may run to its "Kommuner"
# a joint body named by its members: "Grønt Råd i Tårnby og Dragør Kommuner", "Den fælles
# Beredskabskommission for Rudersdal og Hørsholm Kommuner"
JOINT_BODY = re.compile(
    r"(?P<head>(?:(?:[Dd]en|[Dd]et)[ \t]+fælles[ \t]+|[Ff]ælles[ \t]+)?"
    rf"{capitalised_run('{0,2}')})"
    # the members' list may wrap onto the next line: "… for Rudersdal og\nHørsholm Kommuner"; eight
    # municipalities and more take some 90 characters and up ("Naturråd for Allerød, Egedal, Furesø, …")
    rf"[ \t]+(?:for|i)[ \t]+(?=[A-ZÆØÅ][^.\n]{{0,{_LIST_REACH}}}?(?:\n[^.\n]{{0,{_LIST_REACH}}}?)?[ \t][Kk]ommuner\b)"
)
# the head word of a joint body's name; a joint tribunal named for its municipalities ("Det Fælleskommunale
# Huslejenævn for Roskilde og Lejre Kommuner") is one too (tests/realworld/README.md, `memberships` 3)
JOINT_HEAD = re.compile(r"(?i)(?:kommission|råd|forum|netværk|samarbejde|fællesskab|beredskab|brandvæsen|nævn)$")


def joint_bodies(text: str) -> list[tuple[str, list[MunicipalityRef]]]:
    """(name, members) of each joint body whose name lists its two or more member municipalities."""
    out: list[tuple[str, list[MunicipalityRef]]] = []
    if " Kommuner" not in text and " kommuner" not in text:
        return out
    # a match and its look-ahead stand on the line that holds "kommuner" after the match's start, or on the
    # line before it (a list that wraps): the pattern runs only from the start of the line before such a line
    # to its "kommuner" (0.20 -> 0.04 s over 1,185 documents, the same matches, for one line)
    low = lowered(text)
    windows: list[tuple[int, int]] = []
    at = low.find("kommuner")
    while at >= 0:
        line_break = text.rfind("\n", 0, at)  # the break before the line of "kommuner" (-1 on the first line)
        line_before = text.rfind("\n", 0, line_break) + 1 if line_break > 0 else 0
        windows.append((line_before, at + len("kommuner") + 1))
        at = low.find("kommuner", at + 1)
    for m in finditer_in_windows(JOINT_BODY, text, windows):
        head = " ".join(m["head"].split())
        if not JOINT_HEAD.search(head) or head.lower().startswith(("byråd", "kommunalbestyrelse")):
            continue
        items = list_at(text, m.end(), min(len(text), m.end() + 2 * _LIST_REACH))
        if len(items) < 2 or not text[: items[-1].end].endswith((" Kommuner", " kommuner")):
            continue
        out.append((" ".join(text[m.start() : items[-1].end].split()), items))
    return out


def add_joint_bodies(ctx: Context) -> None:
    """MEMBER_OF for the members of each joint body its name lists, unless a statement of the same sentence
    already made them members of a network the joint body belongs to ("Den øverste myndighed i Midtjysk Brand
    & Redning er den nye fælles Beredskabskommission for Viborg og Silkeborg kommuner": the commission is the
    network's own, README `memberships`, no network of its own)."""
    found = joint_bodies(ctx.text)
    if not found:
        return
    stated = {(r.source, r.evidence.item, r.evidence.start) for r in ctx.facts.relations() if r.type == "MEMBER_OF"}
    for name, items in found:
        sentence = ctx.ev(items[0].start, items[-1].end)
        if all((ids.municipality_id(ref.info.code), sentence.item, sentence.start) in stated for ref in items):
            continue
        relate(ctx, items, named_network(ctx, name))

"""The owners of a body heard one by one, found and built here: "… besluttede bestyrelsen, at ejerne skulle
høres om … . Assens, Kerteminde og Nyborg kommuner ønsker … . Nordfyn kommune er positiv … . Region
Syddanmark vurderer …" (tests/realworld/README.md, `memberships` 1: "the owners heard and each named").
The sentences right after the one that hears the owners (or members) each open with the owners that
answer; the first sentence that opens with no municipality or region ends the run. The body is the network
the hearing or the answers name, else, in a document of no one municipality, the body its heading names."""

from __future__ import annotations

import re

from graphbuild.extract.membership_municipalities import (
    FELLOW_MEMBER,
    FellowRef,
    MunicipalityRef,
    fellow_members,
    list_at,
)
from graphbuild.extract.membership_networks import heading_body, network_id, networks_of
from graphbuild.extract.membership_prose import sentence_at
from graphbuild.extract.membership_relation import Context, named_network, relate, relate_fellows
from graphbuild.vocab.gazetteer import lookup_alias
from graphbuild.vocab.municipality_names import municipality_named

COUNCIL = re.compile(r"(?i)byråd|kommunalbestyrelse|regionsråd")

# the owners or members heard, asked or answering: "ejerne skulle høres", "høring af ejerkommunerne",
# "medlemskommunerne er blevet spurgt", "ejernes høringssvar"
OWNERS = r"(?:ejerne|ejernes|ejerkommunerne|ejerkommunernes|medlemskommunerne|medlemskommunernes|interessenterne)"
HEARD = r"(?:hør(?:es|t|te|ing|ingen)|høringssvar(?:ene)?|spurgt|spørges|tilbagemelding(?:er|erne)?)"
HEARING = re.compile(rf"(?i)\b{OWNERS}\b[^.\n]{{0,80}}?\b{HEARD}\b|\b{HEARD}\b[^.\n]{{0,40}}?\b{OWNERS}\b")
# the body whose board meets, in the document's opening (a flattened PDF's first line too): "FynBus Bestyrelse
# Referat", "Bestyrelsesmøde i Sydtrafik", "Bestyrelsen for X"
_BOARD_NAME = r"[A-ZÆØÅ][\wæøåÆØÅ&-]*(?:[ \t]+(?:&[ \t]+)?[A-ZÆØÅ][\wæøåÆØÅ-]*){0,2}"
BOARD_OF = re.compile(
    rf"(?P<before>{_BOARD_NAME})[ \t]+[Bb]estyrelse\b|"
    rf"[Bb]estyrelse(?:n|smøde)?[ \t]+(?:i|for)[ \t]+(?P<after>{_BOARD_NAME})"
)
NOT_BOARD_NAME = re.compile(r"(?i)^(?:referat|dagsorden|møde|den|det|ny|nye|kommunens|regionens)\b")
OPENING = 300  # how far into the document its board's body may be named
ANSWERS = 8  # how many sentences after the hearing may each name an owner
LEAD = re.compile(r"[ \t\r\n•·▪*–-]*")
# a sentence that opens with a municipality by its form, in a spelling the names do not hold ("Nordfyn kommune
# er positiv"): an owner's answer that keeps the run going, no row of its own
MUNICIPALITY_FORM = re.compile(r"[A-ZÆØÅ][\wæøå-]+[ \t]+[Kk]ommunes?\b")


def _region_at(text: str, pos: int) -> FellowRef | None:
    match = FELLOW_MEMBER.match(text, pos)
    if match is None:
        return None
    known = lookup_alias(match.group(0))
    if known is None or known.type != "Organization" or known.kind != "region":
        return None
    return FellowRef(known.id, known.name, known.kind, match.start(), match.end())


def _answers(text: str, hi: int) -> tuple[list[MunicipalityRef], list[FellowRef], int]:
    """The municipalities and regions that open the sentences after text[:hi], and where the run ends."""
    members: list[MunicipalityRef] = []
    fellows: list[FellowRef] = []
    for _ in range(ANSWERS):
        start = LEAD.match(text, hi)
        pos = start.end() if start else hi
        if pos >= len(text):
            break
        _, end = sentence_at(text, pos, pos + 1, pos, len(text))
        items = list_at(text, pos, end)
        region = None if items else _region_at(text, pos)
        if not items and region is None:
            if MUNICIPALITY_FORM.match(text, pos) is None:
                break
            hi = end
            continue
        members += [ref for ref in items if ref not in members]
        fellows += fellow_members(text, items) if items else [region] if region else []
        hi = end
    return members, fellows, hi


def _board_body(ctx: Context) -> str | None:
    """The body whose board the document's opening names, when it is no municipality's."""
    for match in BOARD_OF.finditer(ctx.text, 0, min(len(ctx.text), OPENING)):
        name = match["before"] or match["after"]
        name = re.sub(r"^(?:\d+[ \t]+)", "", name)
        if NOT_BOARD_NAME.match(name) or municipality_named(name) is not None or COUNCIL.search(name):
            continue
        return named_network(ctx, name)
    return None


def add_owner_hearings(ctx: Context) -> None:
    """MEMBER_OF for each owner named as answering a hearing of a body's owners."""
    text = ctx.text
    if "hør" not in text and "spurgt" not in text and "tilbagemelding" not in text:
        return
    for hearing in HEARING.finditer(text):
        lo, hi = sentence_at(text, hearing.start(), hearing.end(), 0, len(text))
        members, fellows, end = _answers(text, hi)
        if len(members) + len(fellows) < 2:
            continue
        named = [n for n in networks_of(ctx) if lo <= n.start and n.end <= end]
        if named:
            network: str | None = network_id(ctx, named[0])
        else:
            network = (heading_body(ctx) or _board_body(ctx)) if ctx.meeting.municipality is None else None
        if network is not None:
            relate(ctx, members, network)
            relate_fellows(ctx, fellows, network)

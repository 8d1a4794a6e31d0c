"""A municipality's withdrawal from a body, found and built here: "Sønderborg kommunes ansøgning om
udtrædelse af trafikselskabet Sydtrafik", "Københavns og Frederiksberg Kommuners udtræden af Strandparken
I/S", "Ved udgangen af 2021 træder Vejle Kommune ud af TrekantBrand", "X Kommune ønsker at udtræde af Y"; a
council's decision that its municipality leave ("Vejle Byråd besluttede …, at kommunen skal have sit eget brandvæsen
og dermed siger farvel til X").
An application, request or decision to leave states the membership it would end (tests/realworld/
README.md, `memberships` 2); a membership that has ended ("er udtrådt", "tidligere medlem") is no row and
is not read here: the withdrawal is a noun ("udtræden", "udtrædelse", "udmeldelse") owned by the
municipalities ("X Kommunes …") or a verb in the present or future whose subject is "X Kommune", never a
person leaving a seat ("udtræder af skolebestyrelsen")."""

from __future__ import annotations

import re

from graphbuild.extract.line_scan import finditer_on_lines
from graphbuild.extract.membership_municipalities import MunicipalityRef, list_at, municipalities_in
from graphbuild.extract.membership_networks import network_id, networks_of
from graphbuild.extract.membership_prose import sentence_at
from graphbuild.extract.membership_relation import Context, named_network, relate

# the municipalities in the genitive, then maybe what they ask for, then the withdrawal as a noun:
# "Sønderborg kommunes ansøgning om udtrædelse af", "Københavns og Frederiksberg Kommuners udtræden af"; a match
# starts where its blanks do (every match does: the blanks run up to "Kommunes"), not at each blank of a long run,
# which read the run to its end from each of its blanks (quadratic time)
WITHDRAWAL = re.compile(
    r"(?<![ \t])[ \t]+[Kk]ommuner?s[ \t]+"
    r"(?:(?:ansøgning|anmodning|ønske|beslutning|forslag)[ \t]+om[ \t]+)?"
    r"(?:udtræden|udtrædelse|udmeldelse)[ \t]+(?:af|fra)[ \t]+"
)
# what the body is before its name: "trafikselskabet Sydtrafik", "det kommunale fællesskab Strandparken I/S"
DESCRIPTOR = re.compile(r"(?:(?:det|den)[ \t]+)?(?:[a-zæøå§][\wæøå-]*[ \t]+){0,3}(?=[A-ZÆØÅ])")
# a body's own name: capitalised words, with "&", "I/S", "A/S" ("Brand & Redning Djursland", "Strandparken I/S");
# a name may end in its own number: "Gate 21" (never a date's: "21. marts")
NAME = re.compile(
    r"[A-ZÆØÅ][\wæøåÆØÅ-]*(?:[ \t]+(?:&[ \t]+)?(?:[A-ZÆØÅ][\wæøåÆØÅ-]*|I/S|A/S))*"
    r"(?:[ \t]+\d{1,4}(?![\d,]|\.\s*[a-zæøå]))?"
)
# the municipality leaving as the verb's subject, in the present or the future: "Vejle Kommune træder ud af
# X", "X Kommune ønsker at udtræde af Y"; its past ("trådte ud", "er udtrådt") is an ended membership; several
# ("Lejre og Sorø kommuner har besluttet at trække sig ud af X", "… melder sig ud af X")
_LEAVES = (
    r"(?:træder[ \t]+ud|træde[ \t]+ud|udtræder|udtræde|trækker[ \t]+sig[ \t]+ud|trække[ \t]+sig[ \t]+ud|"
    r"melder[ \t]+sig[ \t]+ud|melde[ \t]+sig[ \t]+ud)"
)
LEAVES_AFTER = re.compile(  # starting where its blanks do, as WITHDRAWAL
    r"(?<![ \t])[ \t]+[Kk]ommuner?[ \t]+(?:(?:har[ \t]+besluttet|ønsker|vil|skal)[ \t]+(?:at[ \t]+)?)?"
    rf"{_LEAVES}[ \t]+af[ \t]+"
)
# the subject after the verb: "Ved udgangen af 2021 træder Vejle Kommune ud af TrekantBrand"
LEAVES_BEFORE = re.compile(r"(?<![\w-])(?:træder|udtræder)[ \t]+(?=[A-ZÆØÅ])")
OUT_OF = re.compile(r"[ \t]+(?:ud[ \t]+)?af[ \t]+")
OWNER_REACH = 120  # how far before "Kommunes" the genitive list of municipalities may begin
NAME_REACH = 60  # how far after "af" the body's name may begin


def _owners(text: str, cue: int) -> list[MunicipalityRef]:
    """The municipalities whose list ends right at the cue ("Københavns og Frederiksberg"[ Kommuners])."""
    lo = max(0, cue - OWNER_REACH)
    for start in range(lo, cue):
        if start > 0 and (text[start - 1].isalnum() or not text[start].isupper()):
            continue
        items = list_at(text, start, cue + len(" Kommuners"))
        if items and items[-1].end >= cue:
            return items
    return []


# the body referred back to after the cue: "det fælles brandvæsen", "beredskabet", "selskabet"
BACK = re.compile(
    r"(?:(?:det|den)[ \t]+(?:fælles|fælleskommunale)[ \t]+[a-zæøå]+|beredskabet|brandvæsenet|selskabet|"
    r"fællesskabet|foreningen|samarbejdet|interessentskabet)(?![\wæøå])"
)
BACK_REACH = 300  # how far before the cue the body referred back to may be named


def _network(ctx: Context, pos: int) -> str | None:
    """The body named right after "udtræden af" (a known network, else the name its words give), or the one
    named last before it when the words after refer back ("… trække sig ud af det fælles brandvæsen")."""
    networks = networks_of(ctx)
    for ref in networks:
        if pos <= ref.start <= pos + NAME_REACH:
            return network_id(ctx, ref)
    if BACK.match(ctx.text, pos):
        before = [ref for ref in networks if pos - BACK_REACH <= ref.start and ref.end <= pos]
        return network_id(ctx, before[-1]) if before else None
    descriptor = DESCRIPTOR.match(ctx.text, pos, pos + NAME_REACH)
    start = descriptor.end() if descriptor else pos
    name = NAME.match(ctx.text, start, start + NAME_REACH)
    if name is None or len(name.group(0)) < 3:
        return None
    return named_network(ctx, name.group(0))


# a council's or a municipality's decision: "Vejle Byråd besluttede", "Kommunalbestyrelsen i X har besluttet"
DECIDED = re.compile(r"(?<![\w-])(?:besluttede|har[ \t]+besluttet|vedtog|har[ \t]+vedtaget)(?![\w-])")
DECIDED_WORDS = ("beslut", "vedt")  # every match of DECIDED holds one
# that the municipality itself leaves, in the decision's clause: "… kort før jul, at kommunen skal have sit eget
# brandvæsen og dermed siger farvel til X", "at X Kommune træder ud af Y" (not a person leaving a seat: the subject is
# the municipality)
MUNICIPALITY_LEAVES = re.compile(
    r"(?:[ \t]+[\wæøå.]+){0,4}?,?[ \t]+at[ \t]+(?:kommunen|[A-ZÆØÅ][\wæøå-]*[ \t]+Kommune)[ \t]+[^.;:!?]{0,120}?"
    rf"(?:{_LEAVES}[ \t]+af|forlade[rs]?|sige[rs]?[ \t]+farvel[ \t]+til)[ \t]+"
)
# the decision's subject is the municipality's council or the municipality: "Vejle Byråd", "Vejle Kommune"
COUNCIL_OR_MUNICIPALITY = re.compile(r"(?:[ \t]+(?:Byråd|Kommunalbestyrelse|Kommune))$")
COUNCIL_OF = re.compile(r"(?:Byrådet|Kommunalbestyrelsen)[ \t]+i[ \t]+$")
NOT = re.compile(r"(?<![\w-])(?:ikke|aldrig)(?![\w-])")


def _council_decides_to_leave(ctx: Context) -> None:
    """MEMBER_OF for a municipality whose council decides that it leave a named body: the membership it ends."""
    text = ctx.text
    for decided in finditer_on_lines(DECIDED, text, DECIDED_WORDS):
        leaves = MUNICIPALITY_LEAVES.match(text, decided.end())
        if leaves is None:
            continue
        lo, _ = sentence_at(text, decided.start(), leaves.end(), 0, len(text))
        if NOT.search(text, decided.end(), leaves.end()):
            continue  # "besluttede, at kommunen ikke skal træde ud af X"
        deciders = [
            ref
            for ref in municipalities_in(text, lo, decided.start())
            if COUNCIL_OR_MUNICIPALITY.search(text, ref.start, ref.end)
            or COUNCIL_OF.search(text, max(lo, ref.start - 30), ref.start)
        ]
        network = _network(ctx, leaves.end()) if len(deciders) == 1 else None
        if network is not None:
            relate(ctx, deciders, network)


def add_withdrawals(ctx: Context) -> None:
    """MEMBER_OF for each municipality whose withdrawal from a named body the text takes up."""
    if "beslut" in ctx.text or "vedt" in ctx.text:
        _council_decides_to_leave(ctx)
    if "udtræd" not in ctx.text and "udmeld" not in ctx.text and " ud af" not in ctx.text:
        return
    for cue in [*WITHDRAWAL.finditer(ctx.text), *LEAVES_AFTER.finditer(ctx.text)]:
        owners = _owners(ctx.text, cue.start())
        network = _network(ctx, cue.end()) if owners else None
        if network is not None:
            relate(ctx, owners, network)
    for verb in LEAVES_BEFORE.finditer(ctx.text):
        owners = list_at(ctx.text, verb.end(), min(len(ctx.text), verb.end() + OWNER_REACH))
        out_of = OUT_OF.match(ctx.text, owners[-1].end) if owners else None
        if owners and out_of is not None and ctx.text[owners[-1].start : owners[-1].end].lower().endswith("kommune"):
            network = _network(ctx, out_of.end())
            if network is not None:
                relate(ctx, owners, network)

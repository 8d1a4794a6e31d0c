"""The owners of a body heard and each named answering, found and built here (tests/realworld/README.md,
`memberships` 1: "ejerne skulle høres … A, B og C kommuner ønsker …"): a sentence that refers to the body's owners
as a group and hears them ("besluttede bestyrelsen, at ejerne skulle høres om …", "Sagen har været i høring hos
ejerkommunerne"), then the sentences right after it whose subject is a municipality or a region ("Assens, Kerteminde
og Nyborg kommuner tager ikke stilling …", "Nordfyn kommune er positiv …", "Region Syddanmark vurderer …"): each
answering owner is a member of the body. The body is the one the hearing sentence names after the owners ("ejerne
af X"), else the one the minutes are of when its board meets ("FynBus Bestyrelse" on the first line: FynBus)."""

from __future__ import annotations

import re

from graphbuild.extract.line_scan import finditer_on_lines
from graphbuild.extract.membership_municipalities import FELLOW_MEMBER, FellowRef, MunicipalityRef, list_at
from graphbuild.extract.membership_networks import network_id, networks_of
from graphbuild.extract.membership_prose import sentence_at
from graphbuild.extract.membership_relation import Context, named_network, relate, relate_fellows
from graphbuild.vocab.gazetteer import lookup_alias

# the owners as a group, heard in the same sentence: "ejerne skulle høres", "i høring hos ejerkommunerne"
OWNERS = re.compile(r"(?<![\w-])(?i:ejerne|ejerkommunerne|interessenterne|interessentkommunerne)(?![\w-])")
OWNERS_WORDS = ("ejer", "interessent")  # every match of OWNERS holds one
HEARD = re.compile(r"(?<![\w-])(?i:hør(?:es|t|te|ing|ingen)|høre)(?![\w-])")
ANSWERS_REACH = 800  # how far after the hearing sentence the owners' answers may run
# a verb after the subject: a lower-case word that is no preposition or conjunction ("tager", "er", "vurderer")
VERB_AFTER = re.compile(r"[ \t]+(?!(?:og|eller|samt|i|af|for|fra|til|med|på|om|ved)\b)[a-zæøå]+\b")
PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
# a board's minutes headed by the body it is the board of: "FynBus Bestyrelse. Referat. …"
BOARD_HEADING = re.compile(
    r"\A\s*(?P<name>[A-ZÆØÅ][\wæøåÆØÅ&-]*(?:[ \t]+[A-ZÆØÅ][\wæøåÆØÅ&-]*){0,3}?)[ \t]+"
    r"(?:Bestyrelse|Repræsentantskab)(?![\wæøå])"
)
NETWORK_AFTER_OWNERS = 40  # how far after the owners' word the body they own may be named ("ejerne af X")


def _answering(text: str, lo: int, hi: int) -> tuple[list[MunicipalityRef], list[FellowRef]]:
    """The municipalities and regions that open the sentences of text[lo:hi] as their subject."""
    members: list[MunicipalityRef] = []
    fellows: list[FellowRef] = []
    pos = lo
    while pos < hi:
        start = pos + len(text[pos:hi]) - len(text[pos:hi].lstrip())
        if start >= hi:
            break
        _, end = sentence_at(text, start, start + 1, start, hi)
        items = list_at(text, start, end)
        if items and VERB_AFTER.match(text, items[-1].end, end):
            members += [ref for ref in items if ref not in members]
        fellow = FELLOW_MEMBER.match(text, start, end) if not items else None
        known = lookup_alias(fellow.group(0)) if fellow is not None else None
        if fellow is not None and known is not None and known.kind == "region" and VERB_AFTER.match(text, fellow.end()):
            fellows.append(FellowRef(known.id, known.name, known.kind, fellow.start(), fellow.end()))
        pos = max(end, start + 1)
    return members, fellows


def _owned_body(ctx: Context, owners_end: int, hearing_end: int) -> str | None:
    """The body the owners own: named right after the owners' word, else the body whose board's minutes these are."""
    after = [
        n for n in networks_of(ctx) if owners_end <= n.start <= min(hearing_end, owners_end + NETWORK_AFTER_OWNERS)
    ]
    if after:
        return network_id(ctx, after[0])
    heading = BOARD_HEADING.match(ctx.text)
    if heading is None or ctx.meeting.municipality is not None:
        return None
    return named_network(ctx, heading["name"])


def add_owners_heard(ctx: Context) -> None:
    """MEMBER_OF for each owner a hearing of the owners names answering."""
    text = ctx.text
    for owners in finditer_on_lines(OWNERS, text, OWNERS_WORDS, any_case=True):
        lo, hi = sentence_at(text, owners.start(), owners.end(), 0, len(text))
        if HEARD.search(text, lo, hi) is None:
            continue
        stop = PARAGRAPH_BREAK.search(text, hi, min(len(text), hi + ANSWERS_REACH))
        members, fellows = _answering(text, hi, stop.start() if stop else min(len(text), hi + ANSWERS_REACH))
        if len(members) < 2:
            continue
        network = _owned_body(ctx, owners.end(), hi)
        if network is not None:
            relate(ctx, members, network)
            relate_fellows(ctx, fellows, network)

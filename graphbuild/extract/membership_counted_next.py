"""A count of a network's municipalities with the list in the next sentence, found and built here:
"Vestsjællands Brandvæsen ophæver afbrændingsforbud i alle 5 ejerkommuner" over "… for Holbæk, Kalundborg,
Lejre, Odsherred og Sorø Kommuner"; "… én af de seks kommuner i Udvikling Fyn. De øvrige er Nyborg, …".
The count ties the list to the network only when the numbers agree: the list names exactly that many
municipalities (one fewer after "de øvrige"/"de andre", the one already named), and the counting sentence
names the network, not two bodies listed together ("sammenlægning af de to affaldsselskaber A og B": the
municipalities behind both). The count and its list in one sentence are membership_prose's."""

from __future__ import annotations

import re
from itertools import pairwise

from graphbuild.extract.membership_cues import NUMBERS
from graphbuild.extract.membership_municipalities import MunicipalityRef, MunicipalityRefs, list_at, municipality_refs
from graphbuild.extract.membership_networks import NetworkRef, network_id, networks_of
from graphbuild.extract.membership_not_stated import DENIED
from graphbuild.extract.membership_prose import sentence_at
from graphbuild.extract.membership_prose_members import count_cues
from graphbuild.extract.membership_relation import Context, relate
from graphbuild.vocab.near import case_blind_key

# the rest after one named before: "De øvrige er A, B, …", "De andre er …"
OTHERS = re.compile(r"(?i)\b(?:øvrige|andre|resterende)\b")
NEXT_REACH = 400  # how long the next sentence may be


def _counted(raw: str) -> int:
    return int(raw) if raw.isdecimal() else NUMBERS[case_blind_key(raw)]


def _next_sentence(text: str, hi: int) -> tuple[int, int]:
    start = hi
    while start < len(text) and text[start] in " \t\r\n":
        start += 1
    return sentence_at(text, start, min(len(text), start + 1), start, min(len(text), start + NEXT_REACH))


def _next_list(refs: MunicipalityRefs, lo: int, hi: int, wanted: int) -> list[MunicipalityRef]:
    """The list of the sentence text[lo:hi] that has the counted number of municipalities."""
    text = refs.text
    for ref in refs.between(lo, hi):
        items = list_at(text, ref.start, hi)
        others = OTHERS.search(text, lo, ref.start) is not None
        if len(items) >= 2 and (len(items) == wanted or (others and len(items) == wanted - 1)):
            return items
        if len(items) >= 2:
            return []  # the sentence's list has another number of municipalities
    return []


# what joins two bodies of one list, an abbreviation in brackets after the first aside: "A I/S (AVV) og I/S B"
BODIES_JOINED = re.compile(r"[ \t]*(?:\([^()\n]{1,20}\)[ \t]*)?(?:,[ \t]*(?:og[ \t]+)?|(?:og|samt|&)[ \t]+)")


def _listed_together(text: str, named: list[NetworkRef]) -> bool:
    """Whether the counting sentence lists two bodies together ("bistået seks nordjyske kommuner med sammenlægning af
    de to affaldsselskaber A I/S og I/S B"): the count is of the municipalities behind both, not one network's
    members, and which owns which the text does not say."""
    return any(BODIES_JOINED.fullmatch(text, a.end, b.start) for a, b in pairwise(named))


def add_counted_next(ctx: Context) -> None:
    """MEMBER_OF for the municipalities a sentence lists right after a sentence that counts the members of
    the network it names."""
    text = ctx.text
    cues = count_cues(text, 0, len(text))
    if not cues:
        return
    networks = networks_of(ctx)
    refs = municipality_refs(text)
    for count in cues:
        lo, hi = sentence_at(text, count.start(), count.end(), 0, len(text))
        named = [n for n in networks if lo <= n.start and n.end <= hi]
        if not named or DENIED.search(text, lo, hi) or _listed_together(text, named):
            continue
        next_lo, next_hi = _next_sentence(text, hi)
        if next_lo >= next_hi or DENIED.search(text, next_lo, next_hi):
            continue
        items = _next_list(refs, next_lo, next_hi, _counted(count.group(1)))
        if items:
            nearest = min(named, key=lambda n: abs(n.start - count.start()))
            relate(ctx, items, network_id(ctx, nearest))

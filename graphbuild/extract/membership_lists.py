"""A body's member list by the municipality each member sits for, found and built here: a board page, a
signature sheet, a commission's header ("Kommuner" over "• Pernille Beckmann (V), Greve kommune",
"MEDLEMMER: Borgmester Erik Fabrin (EF), Rudersdal Kommune, …", "Underskriftsark Holbæk Kommune Name Name
Kalundborg Kommune …", "Bestyrelsesmedlemmer: Indstillet af: Name / Roskilde Kommune"); never an attendance
list ("Deltagere", "Til stede": who came, not who is a member). The body is the one the document's heading
names, else the meeting's body when it is a network."""

from __future__ import annotations

import re

from graphbuild.extract.membership_municipalities import AFFILIATION_BEFORE, MunicipalityRef
from graphbuild.extract.membership_networks import body_is_network, heading_body
from graphbuild.extract.membership_relation import Context, relate
from graphbuild.vocab.municipality_names import municipality_named
from graphbuild.vocab.near import Word, finditer_near

MEMBER_LIST_LABEL = re.compile(
    r"(?m)^[ \t]*(?:Kommuner|KOMMUNER|Medlemmer|MEDLEMMER|Bestyrelsesmedlemmer|Bestyrelsen\s+består\s+af)"
    r"[ \t]*:?[ \t]*$|"
    r"(?<![\w-])(?:Medlemmer|MEDLEMMER|Bestyrelsesmedlemmer)[ \t]*:|(?<![\w-])Underskriftsark(?![\w-])"
)
MEMBER_LIST_WORDS: tuple[Word, ...] = ("kommuner", "medlemmer", "bestyrelse", "underskriftsark")
MEMBER_LIST_LABEL_REACH = 80  # how far from a label's start (and past it) its word may stand
MEMBER_LIST_END = re.compile(
    r"(?<![\w-])(?i:fraværende|afbud|endvidere\s+deltog|deltagere|til\s+stede|mødedeltagere|"
    r"indholdsfortegnelse|dagsorden|sagsfremstilling|beslutning)(?![\w-])"
)
MEMBER_LIST_REACH = 1500


def member_lists(text: str) -> list[list[MunicipalityRef]]:
    """The municipalities of each member list that names two or more, each named with "Kommune" as a
    member's seat (after a comma, a dash, a line break or a name; not "borgmester i X Kommune")."""
    out: list[list[MunicipalityRef]] = []
    if "ommune" not in text:
        return out
    for label in finditer_near(MEMBER_LIST_LABEL, text, MEMBER_LIST_WORDS, MEMBER_LIST_LABEL_REACH):
        hi = min(len(text), label.end() + MEMBER_LIST_REACH)
        end = MEMBER_LIST_END.search(text, label.end(), hi)
        hi = end.start() if end else hi
        seats = [
            ref
            for ref in _seats(text, label.end(), hi)
            if not AFFILIATION_BEFORE.search(text[max(0, ref.start - 12) : ref.start])
        ]
        if len({ref.info.code for ref in seats}) >= 2:
            out.append(seats)
    return out


SEAT_KOMMUNE = re.compile(r"(?<=[ \t])(?:Kommune|kommune)(?![\w-])")
WORD_BEFORE = re.compile(r"([A-ZÆØÅ][\wæøåÆØÅ-]*)[ \t]+$")


def _seats(text: str, lo: int, hi: int) -> list[MunicipalityRef]:
    """Each "X Kommune" in text[lo:hi], X read back from "Kommune" (one or two words), so a name right
    before it ("Brian Ahlquist Kalundborg Kommune", a flattened list) does not hide it."""
    out: list[MunicipalityRef] = []
    for kommune in SEAT_KOMMUNE.finditer(text, lo, hi):
        last = WORD_BEFORE.search(text, max(lo, kommune.start() - 40), kommune.start())
        if last is None:
            continue
        first = WORD_BEFORE.search(text, max(lo, last.start() - 40), last.start())
        for start in ([first.start(1)] if first else []) + [last.start(1)]:
            info = municipality_named(text[start : last.end(1)])
            if info is not None:
                out.append(MunicipalityRef(info, start, kommune.end()))
                break
    return out


def listing_body(ctx: Context) -> str | None:
    """The body a member list belongs to: the document's heading when it names a body, else the
    meeting's body when that is a network."""
    heading = heading_body(ctx)
    if heading is not None:
        return heading
    return ctx.body_id if ctx.body_id is not None and body_is_network(ctx.meeting) else None


def add_member_lists(ctx: Context) -> None:
    """MEMBER_OF for each municipality of each member list, in the body the list belongs to."""
    lists = member_lists(ctx.text)
    if lists:
        network = listing_body(ctx)
        for items in lists:
            if network is not None:
                relate(ctx, items, network)

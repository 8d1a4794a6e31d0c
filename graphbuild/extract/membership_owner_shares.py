"""The municipalities' shares in a body they own, found and built here: a table "Kommune | Ejerandel" over
"Holbæk Kommune | 35 %", a list "Ejerandele: Holbæk 35 %, Kalundborg 25 %", a "Fordelingsnøgle" with a
share after each municipality. Each municipality with a share is a member of the body: the network named
shortly before the label ("Ejerforhold i Vestsjællands Brandvæsen"), else, in a document of no one
municipality, the body the document's heading names."""

from __future__ import annotations

import re
from bisect import bisect_left

from graphbuild.extract.membership_municipalities import MunicipalityRef, municipalities_in
from graphbuild.extract.membership_networks import heading_body, network_id, networks_of
from graphbuild.extract.membership_relation import Context, relate
from graphbuild.vocab.near import Word, finditer_near

SHARES_LABEL = re.compile(
    r"(?i)(?<![\w-])(?:ejerandel(?:e|en|ene)?|ejerfordeling(?:en)?|fordelingsnøgle(?:n|r|rne)?)(?![\w-])"
)
SHARES_WORDS: tuple[Word, ...] = ("ejer", "fordelingsnøgle")
SHARES_REACH = 600  # how far after its label a table's rows may run
# a share right after a municipality: "Holbæk Kommune | 35 %", "Holbæk 35 %", "Holbæk: 35,5 pct."
SHARE_AFTER = re.compile(r"[ \t]*[|:\t–-]?[ \t]*\d{1,3}(?:[.,]\d{1,2})?[ \t]*(?:%|pct\b|procent\b)")
NETWORK_BEFORE = 300  # how far before its label the network a table belongs to may be named


def owner_shares(text: str) -> list[tuple[int, list[MunicipalityRef]]]:
    """(label start, owners) of each share table or list that gives two municipalities or more a share."""
    out: list[tuple[int, list[MunicipalityRef]]] = []
    for label in finditer_near(SHARES_LABEL, text, SHARES_WORDS, 40):
        refs = municipalities_in(text, label.end(), min(len(text), label.end() + SHARES_REACH))
        owners = [ref for ref in refs if SHARE_AFTER.match(text, ref.end)]
        if len({ref.info.code for ref in owners}) >= 2:
            out.append((label.start(), owners))
    return out


def add_owner_shares(ctx: Context) -> None:
    """MEMBER_OF for each municipality a share table gives a share, in the body the table belongs to."""
    if "jerandel" not in ctx.text and "jerfordeling" not in ctx.text and "ordelingsnøgle" not in ctx.text:
        return
    tables = owner_shares(ctx.text)
    if not tables:
        return
    networks = networks_of(ctx)
    starts = [n.start for n in networks]
    for label, owners in tables:
        before = [n for n in networks[: bisect_left(starts, label)] if n.end >= label - NETWORK_BEFORE]
        if before:
            network: str | None = network_id(ctx, before[-1])
        else:
            network = heading_body(ctx) if ctx.meeting.municipality is None else None
        if network is not None:
            relate(ctx, owners, network)

"""The municipalities' shares in a body they own, found and built here: a table "Kommune | Ejerandel" over
"Holbæk Kommune | 35 %", a list "Ejerandele: Holbæk 35 %, Kalundborg 25 %", a "Fordelingsnøgle" with a
share after each municipality, a table whose row opens with the municipality and holds its share in a later
cell ("Dragør\t14.616\t6,60%"). Each municipality with a share is a member of the body: the network the
label's own line names after it ("Ejerandele i Klintholm I/S:"), else the one named shortly before the label
("Ejerforhold i Vestsjællands Brandvæsen"), else, in a document of no one municipality, the body the
document's heading names."""

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
# (the blanks before and after the cell's mark read once each, "[ \t]*+(?:[|:\t–-][ \t]*+)?": as
# "[ \t]*[|:\t–-]?[ \t]*", two runs side by side, a line of blanks after a municipality was shared between them every
# way; the same strings, a tab read as a blank rather than as the mark)
SHARE_AFTER = re.compile(r"[ \t]*+(?:[|:\t–-][ \t]*+)?\d{1,3}(?:[.,]\d{1,2})?[ \t]*(?:%|pct\b|procent\b)")
NETWORK_BEFORE = 300  # how far before its label the network a table belongs to may be named
# a table's row whose first cell is the municipality and a later cell its share, other cells between
# ("Dragør\t14.616\t6,60%\t14.531\t5,06%", "| Holbæk Kommune | 71.000 | 35 % |"): cells split by tabs or bars
ROW_CELLS = re.compile(r"[ \t]*[\t|][ \t]*")
SHARE_CELL = re.compile(r"\d{1,3}(?:[.,]\d{1,2})?[ \t]*(?:%|pct\.?|procent)")
ROW_START = re.compile(r"(?:^|(?<=\n))[ \t]*\|?[ \t]*$")


def owner_shares(text: str) -> list[tuple[int, list[MunicipalityRef]]]:
    """(label start, owners) of each share table or list that gives two municipalities or more a share."""
    out: list[tuple[int, list[MunicipalityRef]]] = []
    for label in finditer_near(SHARES_LABEL, text, SHARES_WORDS, 40):
        refs = municipalities_in(text, label.end(), min(len(text), label.end() + SHARES_REACH))
        owners = [ref for ref in refs if SHARE_AFTER.match(text, ref.end) or _share_in_row(text, ref)]
        if len({ref.info.code for ref in owners}) >= 2:
            out.append((label.start(), owners))
    return out


def _share_in_row(text: str, ref: MunicipalityRef) -> bool:
    """Whether the municipality opens a table's row (the first cell) and a later cell of that row is a share."""
    line_start = text.rfind("\n", 0, ref.start) + 1
    if not ROW_START.search(text, line_start, ref.start):  # only blanks or a bar before it on its line
        return False
    line_end = text.find("\n", ref.end)
    rest = text[ref.end : line_end if line_end >= 0 else len(text)]
    if not ROW_CELLS.match(rest):
        return False
    return any(SHARE_CELL.fullmatch(cell.strip()) for cell in ROW_CELLS.split(rest)[1:])


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
        # the network the label's own line names after it: "Ejerandele i Klintholm I/S", "Fordelingsnøgle for X"
        line_end = ctx.text.find("\n", label)
        line_end = len(ctx.text) if line_end < 0 else line_end
        after = [n for n in networks[bisect_left(starts, label) :] if n.start < line_end and n.end <= line_end]
        before = [n for n in networks[: bisect_left(starts, label)] if n.end >= label - NETWORK_BEFORE]
        network: str | None
        if after:
            network = network_id(ctx, after[0])
        elif before:
            network = network_id(ctx, before[-1])
        else:
            network = heading_body(ctx) if ctx.meeting.municipality is None else None
        if network is not None:
            relate(ctx, owners, network)

"""The network an agenda item's title names as the item's subject, for a statement in the item's text that
states a body's members and names none ("Status for FynBus" over "Deltagende kommuner: Assens, Nyborg og
Kerteminde", "Budget for ARC" over "Fordeling på ejerkommuner:" and a table): the name that ends the title
after a preposition, when it may be a network's (never a municipality, a council, a plan or the committee whose
minutes these are). Read only when the statement's item names no network of its own."""

from __future__ import annotations

import re

from graphbuild.extract.membership_network_forms import may_be_network
from graphbuild.extract.membership_relation import Context, named_network

# the name ending a title after a preposition: "Status for FynBus", "Orientering om Kulturregion Midt- og
# Vestsjælland", "Regnskab 2020 for Vestforbrænding I/S", "Medlemskab af Landdistrikternes Fællesråd"
# (a name's words are capitalised, small words only between two of them; a number only right after a capitalised
# word, "Gate 21", never "Corona i 2021")
_CAPITALISED = r"(?:[A-ZÆØÅÖ][\wæøåÆØÅÖ&/-]*|I/S|A/S)"
TITLE_NAME = re.compile(
    rf"(?<![\w-])(?:for|om|fra|af|i|til|med|hos)[ \t]+(?P<name>{_CAPITALISED}"
    rf"(?:[ \t]+(?:(?:og|for|i)[ \t]+)?{_CAPITALISED}){{0,5}}(?:[ \t]+\d{{1,4}})?)[ \t]*[.:]?[ \t]*$"
)
# a title's own words for the matter, never a body's name: "Orientering fra Formanden", "Status for Budget"
NOT_A_BODY = re.compile(
    r"(?i)^(?:formand(?:en|skabet)?|direktør(?:en)?|forvaltning(?:en)?|administration(?:en)?|sekretariat(?:et)?|"
    r"budget|regnskab|årsregnskab|dagsorden(?:en)?|mødet|referat(?:et)?)\b"
)


def title_network(ctx: Context, pos: int) -> str | None:
    """The network the title of the agenda item holding ``pos`` names as its subject, if any."""
    scope = ctx.scope_at(pos)
    if scope is None:
        return None
    item = next((i for i in ctx.meeting.items if i.start == scope.start), None)
    if item is None or not item.title:
        return None
    match = TITLE_NAME.search(" ".join(item.title.split()))
    if match is None:
        return None
    name = match["name"]
    if NOT_A_BODY.match(name) or not may_be_network(name) or _own_body(ctx, name):
        return None
    return named_network(ctx, name)


def _own_body(ctx: Context, name: str) -> bool:
    body = ctx.meeting.body
    return bool(body) and " ".join(name.split()).lower() == " ".join((body or "").split()).lower()

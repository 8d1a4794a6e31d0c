"""An initiative a joining cue names by an abbreviation the text defined earlier: "Partnerskab for Grøn
Mobilitet (PGM) …" then "Faxe Kommune har tilsluttet sig PGM" joins the partnership (README `adoptions`: the
initiative as written; the long name carries the abbreviation as an alias, so either name finds it). Only an
abbreviation whose long form is an initiative: one the document's mentions know as one, or a name that says
its kind ("Partnerskab for …", "Klimaalliancen …"); an abbreviation of an organisation joins nothing here."""

from __future__ import annotations

import re

from graphbuild.extract.adoption_unknown_initiatives import names_a_kind
from graphbuild.extract.membership_abbreviations import other_name
from graphbuild.extract.mention_record import Mention, mention_of

# the abbreviation right after the cue: "tilsluttet sig PGM", "deltager i KAN", "tilslutning til PGM"
# an agreement's kind in its name ("Klimaaftalen for Fyn", "Borgmesterpagten Syd"); no network's word
AGREEMENT_KIND = re.compile(r"(?i:aftale|pagt|charter|erklæring)")
ABBREVIATION_AFTER = re.compile(r"\s+(?:sig\s+)?(?:(?:i|til|på)\s+)?(?P<abbreviation>[A-ZÆØÅ]{2,6})(?![\wæøåÆØÅ-])")


def abbreviated_initiative(text: str, at: int, hi: int, mentions: list[Mention]) -> list[Mention]:
    """The initiative an abbreviation right after ``at`` stands for, named by its long form at the
    abbreviation; none when the text defines no long form for it or the long form is no initiative."""
    match = ABBREVIATION_AFTER.match(text, at, hi)
    if match is None:
        return []
    long_name = other_name(text, match["abbreviation"])
    if long_name is None:
        return []
    known = next((m for m in mentions if m.type == "Initiative" and m.name == long_name), None)
    named_kind = names_a_kind(long_name, long_name.lower(), 0, len(long_name)) or AGREEMENT_KIND.search(long_name)
    if known is None and not named_kind:
        return []
    start, end = match.span("abbreviation")
    if known is not None:
        return [mention_of(start, end, "Initiative", known.name, kind=known.kind, node_id=known.id)]
    return [mention_of(start, end, "Initiative", long_name)]

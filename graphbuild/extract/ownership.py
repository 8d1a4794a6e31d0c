"""Initiative OWNED_BY Organization: said in words ("initiativ fra KL", "som KL leverer"), or the
gazetteer's owner named in the same item as the initiative."""

from __future__ import annotations

import re

from graphbuild.extract.context import Context
from graphbuild.vocab.gazetteer import known_by_id

OWNER_BEFORE = re.compile(
    r"\b(?:initiativ|platform|ordning|abonnement|tilbud|program)\w*\s+(?:fra|hos)\s+$", re.IGNORECASE
)
OWNER_AFTER = re.compile(r"^\s+(?:leverer|udbyder|tilbyder|står\s+bag|driver)\b", re.IGNORECASE)


def _ends_in_fra_or_hos(before: str) -> bool:
    """Whether the text ends in "fra" or "hos" and white space, as every match of OWNER_BEFORE does (any case:
    "ſ" is read as "s")."""
    tail = before.rstrip()[-3:]
    return tail.lower() in ("fra", "hos") or "ſ" in tail


def add_ownership(ctx: Context) -> None:
    known = known_by_id()
    for scope in ctx.scopes[1:]:
        here = ctx.in_scope(scope)
        for org in (m for m in here if m.type == "Organization"):
            before = ctx.text[max(scope.start, org.start - 40) : org.start]
            after = ctx.text[org.end : min(scope.end, org.end + 30)]
            if not ((_ends_in_fra_or_hos(before) and OWNER_BEFORE.search(before)) or OWNER_AFTER.match(after)):
                continue
            lo, hi = ctx.sentences.bounds(org.start, org.end, scope.start, scope.end)
            named = [m for m in here if m.type == "Initiative" and lo <= m.start < hi]
            initiative = named[0] if named else ctx.main_initiative(scope)
            if initiative is not None:
                initiative_id, owner_id = ctx.add_mention(initiative), ctx.add_mention(org)
                if not ctx.facts.has_relation("OWNED_BY", initiative_id, owner_id):
                    ctx.facts.relation("OWNED_BY", initiative_id, owner_id, ctx.ev(org.start, org.end))
        for m in here:
            entity = known.get(m.id)
            owner = known.get(entity.owner) if entity and entity.owner else None
            if owner is None or ctx.facts.has_relation("OWNED_BY", m.id, owner.id):
                continue
            owner_mentions = [o for o in here if o.id == owner.id]
            if not owner_mentions:
                continue
            nearest = min(owner_mentions, key=lambda o: (abs(o.start - m.start), o.start))
            ctx.facts.entity(owner.id, "Organization", owner.name, kind=owner.kind, region=owner.region)
            ctx.facts.relation("OWNED_BY", m.id, owner.id, ctx.ev(nearest.start, nearest.end))

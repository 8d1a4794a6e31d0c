"""What every membership rule needs of the document being extracted, and the MEMBER_OF relation
(Municipality -> Organization) each of them builds."""

from __future__ import annotations

from typing import Protocol

from graphbuild.extract.builder import FactsBuilder
from graphbuild.extract.membership_municipalities import MunicipalityRef
from graphbuild.extract.mentions import Mention
from graphbuild.models import Evidence, Meeting
from graphbuild.vocab import ids


class Context(Protocol):
    """What the step needs of the document being extracted (extract/core's working state)."""

    text: str
    mentions: list[Mention]
    facts: FactsBuilder
    meeting: Meeting
    body_id: str | None

    def add_mention(self, m: Mention) -> str: ...

    def ev(self, start: int, end: int) -> Evidence: ...


def relate(ctx: Context, members: list[MunicipalityRef], network: str) -> None:
    for ref in members:
        info = ref.info
        member = ctx.facts.entity(
            ids.municipality_id(info.code), "Municipality", info.name, code=info.code, region=info.region
        )
        if member == network or ctx.facts.has_relation("MEMBER_OF", member, network):
            continue
        ctx.facts.relation("MEMBER_OF", member, network, ctx.ev(ref.start, ref.end))

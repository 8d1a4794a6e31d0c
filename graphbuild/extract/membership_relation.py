"""What every membership rule needs of the document being extracted, and the MEMBER_OF relation
(Municipality -> Organization) each of them builds. A statement of the same form whose "network" is a
named programme, partnership or agreement (an Initiative: "Følgende kommuner er med i DK2020: A, B, C",
"Kommunerne i DK2020 er: …") states that each municipality takes part in it: ADOPTED, not MEMBER_OF
(README: joining a named programme is an adoption, not a membership), on or before the meeting's day
(a web page's or news item's statement has no day)."""

from __future__ import annotations

import re
from typing import Protocol

from graphbuild.extract.adoption_facts import reported_day
from graphbuild.extract.builder import FactsBuilder
from graphbuild.extract.document_index import DocumentIndex
from graphbuild.extract.evidence import Scope
from graphbuild.extract.membership_abbreviations import other_name
from graphbuild.extract.membership_municipalities import FellowRef, MunicipalityRef
from graphbuild.extract.mentions import Mention
from graphbuild.models import Evidence, Meeting, Outcome, RelType
from graphbuild.models import MunicipalityRef as OwnMunicipality
from graphbuild.vocab import ids
from graphbuild.vocab.gazetteer import lookup_alias


class Context(Protocol):
    """What the step needs of the document being extracted (extract/core's working state)."""

    text: str
    mentions: list[Mention]
    facts: FactsBuilder
    meeting: Meeting
    body_id: str | None
    municipality: OwnMunicipality | None  # the document's own municipality, as inferred
    scopes: list[Scope]  # the header, then each agenda item
    index: DocumentIndex  # the one reading of the text every step shares (its lower-cased copy among it)
    item_outcomes: dict[str, Outcome]  # each agenda item's outcome by its key, as the agenda step read it

    def add_mention(self, m: Mention) -> str: ...

    def ev(self, start: int, end: int) -> Evidence: ...

    def scope_at(self, pos: int) -> Scope | None: ...


# a statute's or an agreement's title run into the name it heads: "VEDTÆGTER FOR X I/S" names X I/S
DOCUMENT_TITLE = re.compile(
    r"^(?i:vedtægter(?:ne)?|vedtægt|ejeraftale(?:n)?|ejerstrategi(?:en)?|interessentskabskontrakt(?:en)?|"
    r"aktionæroverenskomst(?:en)?)[ \t]+(?i:for|om|vedrørende)[ \t]+(?=\S)"
)


def named_network(ctx: Context, name: str) -> str:
    """The entity a statement's network is when only its name is known: a known initiative by that name
    ("DK2020", "Frikommuneforsøget"), else a network of that name (a document title run into it left out)."""
    name = DOCUMENT_TITLE.sub("", name)
    known = lookup_alias(name)
    if known is not None and known.type == "Initiative":
        return ctx.facts.entity(known.id, "Initiative", known.name, name, kind=known.kind)
    return ctx.facts.entity(ids.organization_id(name), "Organization", name, other_name(ctx.text, name), kind="network")


def relate(ctx: Context, members: list[MunicipalityRef], network: str) -> None:
    rel_type: RelType = "ADOPTED" if ctx.facts.type_of(network) == "Initiative" else "MEMBER_OF"
    for ref in members:
        info = ref.info
        member = ctx.facts.entity(
            ids.municipality_id(info.code), "Municipality", info.name, code=info.code, region=info.region
        )
        if member == network or ctx.facts.has_relation(rel_type, member, network):
            continue
        if rel_type == "ADOPTED":
            ctx.facts.relation(rel_type, member, network, ctx.ev(ref.start, ref.end), **_stated_on(ctx.meeting))
        else:
            ctx.facts.relation(rel_type, member, network, ctx.ev(ref.start, ref.end))


def _stated_on(meeting: Meeting) -> dict[str, str | None]:
    """A state the text reports: on or before the meeting's day, or the day a page or news item carries."""
    return {"date": reported_day(meeting), "date_is": "on or before"}


def relate_fellows(ctx: Context, fellows: list[FellowRef], network: str) -> None:
    """MEMBER_OF for the regions and KKRs listed with a network's municipalities (a programme's list adopts
    for municipalities only)."""
    if ctx.facts.type_of(network) != "Organization":
        return
    for ref in fellows:
        member = ctx.facts.entity(ref.id, "Organization", ref.name, kind=ref.kind)
        if member == network or ctx.facts.has_relation("MEMBER_OF", member, network):
            continue
        ctx.facts.relation("MEMBER_OF", member, network, ctx.ev(ref.start, ref.end))

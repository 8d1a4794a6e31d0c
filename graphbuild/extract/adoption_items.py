"""The item form of an adoption: in a municipality's own minutes, an agenda item whose title names a shared
initiative, whose indstilling proposes to approve or join it and whose decision approves it is the
municipality's adoption of it on the meeting's day (ADOPTED), built by ``adoptions``.

Real council minutes decide a shared initiative as an item of its own: the title names it
("Sundhedsaftale 2024-2027 for Region Sjælland - godkendelse", "Rammeaftale 2025-2026 for det
specialiserede socialområde", "Tilslutning til fælles udbud af …"), the indstilling proposes to approve
or join it ("at rammeaftalen for 2025-2026 godkendes", "at det godkendes, at X Kommune tilslutter sig
…") and the decision approves it ("Godkendt", "Byrådet godkendte Økonomiudvalgets indstilling")."""

from __future__ import annotations

import re

from graphbuild.extract.adoption_cues import AdoptionCue
from graphbuild.extract.adoption_facts import adopt, own_meeting, own_plan
from graphbuild.extract.context import Context
from graphbuild.extract.mention_record import Mention, mention_of
from graphbuild.models import AgendaItem
from graphbuild.vocab import ids
from graphbuild.vocab.gazetteer import lookup_alias

# the compound heads of agreements every municipality enters with others (the statutory health and
# social framework agreements, cooperation and partnership agreements), not its own budget or plans
SHARED_AGREEMENT = re.compile(
    r"(?P<stem>(?:ramme|sundheds|samarbejds|partnerskabs)aftale)(?:n|r|rne)?\b", re.IGNORECASE
)
# a title that names what is joined with its verb noun: "Tilslutning til X", "Deltagelse i X",
# "Tiltrædelse af X", "Indtræden i X" (X up to " - ", ", godkendelse" or the title's end), or after it:
# "X - tilslutning", "X - tiltrædelse og godkendelse"
_JOINING_NOUN = r"(?:tilslutning\s+til|tiltrædelse\s+af|deltagelse\s+i|indtræden\s+i)"
JOINING_TITLE = re.compile(
    rf"^(?:godkendelse\s+af\s+)?{_JOINING_NOUN}\s+(?P<what>[^\n]{{4,120}}?)\s*(?:\s[-–]\s.*|,\s*godkendelse.*|\s*\(.*)?$"
    r"|^(?P<before>[^\n]{4,120}?)\s+[-–]\s+(?:godkendelse\s+af\s+)?(?:tilslutning|tiltrædelse|deltagelse|indtræden)"
    r"(?:\s+(?:til|i|af)\b[^\n]*|\s+og\s+[^\n]*)?$",
    re.IGNORECASE,
)
# a title's part that names a shared agreement: "Sundhedsaftale for Region Sjælland - godkendelse"
TITLE_PART = re.compile(r"\s+[-–]\s+|,\s*godkendelse\b|\s*\(")
# what the title names may not be the municipality's own: "deltagelse i møde", "… i budgetforhandlinger"
OWN_OR_EVENT = re.compile(
    r"\b(?:møde\w*|konference\w*|budget\w*|folkemøde\w*|kursus\w*|studietur\w*|høring\w*|arrangement\w*)\b",
    re.IGNORECASE,
)
# an indstilling that proposes to approve or join: "godkendes", "godkender", "tiltrædes", "tilslutter
# sig", "tilslutning til", "indgår i", "deltager i", "deltagelse i"
APPROVING_PROPOSAL = re.compile(
    r"\b(?:godkend\w*|tiltræd\w*|tilslut\w*\s+sig|tilslutning\s+til|indgå\w*\s+i|deltag\w*\s+i)\b",
    re.IGNORECASE,
)
# a proposal that turns it down or puts it off
DECLINING_PROPOSAL = re.compile(
    r"\b(?:ikke|udtræde\w*|udtrædelse|opsige\w*|opsigelse|udsætte\w*|afvise\w*)\b", re.IGNORECASE
)


# the outcomes of an item that decide it (a committee's recommendation, "endorsed", decides nothing)
DECIDED = frozenset({"approved", "adopted"})


def item_adoptions(ctx: Context, date: str | None, adopted: set[tuple[str, str]]) -> None:
    """The item form: in a municipality's own minutes, an item whose title names a shared
    initiative, whose indstilling proposes to approve or join it and whose decision approves it is the
    municipality's adoption of it on the meeting's day."""
    municipality = ctx.municipality
    if municipality is None or date is None or not own_meeting(ctx):
        return
    adopter = ids.municipality_id(municipality.code)
    for item in ctx.meeting.items:
        if item.from_contents or ctx.item_outcomes.get(ctx.item_key(item)) not in DECIDED:
            continue
        proposal = item.section("indstilling")
        if proposal is None or not APPROVING_PROPOSAL.search(proposal.text):
            continue
        if DECLINING_PROPOSAL.search(proposal.text):
            continue
        found = _titled_initiative(ctx, item, proposal.text)
        initiative, title_at = found or (None, 0)
        if initiative is None:
            continue
        cue = AdoptionCue(title_at, title_at + len(item.title), "on")
        adopt(ctx, cue, adopter, municipality.name, municipality.code, initiative, date, adopted)


def _titled_initiative(ctx: Context, item: AgendaItem, proposal: str) -> tuple[Mention | None, int] | None:
    """The shared initiative an item's title names, and where the title stands: a known initiative or a
    shared agreement ("Rammeaftale 2025-2026", "Sundhedsaftale for Region Sjælland") the indstilling
    names again, or what a joining title names ("Tilslutning til fælles udbud af …", "X - tilslutning")."""
    title_at = ctx.text.find(item.title, item.start, item.end) if item.title else -1
    if title_at < 0:
        return None
    title_end = title_at + len(item.title)
    in_title = [m for m in ctx.mentions if title_at <= m.start and m.end <= title_end]
    low = proposal.lower()
    for m in in_title:
        if m.type != "Initiative" or own_plan(ctx.text, m):
            continue
        known = lookup_alias(m.name)
        head = SHARED_AGREEMENT.match(m.name)
        # the indstilling names it again ("at rammeaftalen for 2025-2026 godkendes")
        named_again = m.name.lower() in low or (head is not None and head.group("stem").lower() in low)
        if ((known is not None and known.type == "Initiative") or head is not None) and named_again:
            return m, title_at
    joining = JOINING_TITLE.match(item.title)
    if joining is not None:
        group = "what" if joining.group("what") else "before"
        span = (title_at + joining.start(group), title_at + joining.end(group))
    else:
        # a title part opening with a shared agreement: "Sundhedsaftale for Region Sjælland - godkendelse"
        part = TITLE_PART.split(item.title, maxsplit=1)[0]
        head = SHARED_AGREEMENT.match(part)
        # named, not only its kind ("Sundhedsaftale" alone names no one agreement)
        if head is None or head.group("stem").lower() not in low or not part[head.end() :].strip():
            return None
        span = (title_at, title_at + len(part.rstrip()))
    return _initiative_in(ctx, in_title, *span), title_at


_AREA = re.compile(r"\b(?:for|i)\s+$", re.IGNORECASE)


def _initiative_in(ctx: Context, in_title: list[Mention], start: int, end: int) -> Mention | None:
    """The initiative a title names in text[start:end]: a mention there, else the words themselves; none
    when they are the municipality's own business or name an organisation (joining one is a membership)."""
    what = ctx.text[start:end]
    if OWN_OR_EVENT.search(what):
        return None
    # an organisation named in it (joining one is a membership), not a region named as the area it covers
    # ("Sundhedsaftale for Region Sjælland")
    named = [m for m in in_title if m.type in ("Organization", "Municipality") and m.start < end and m.end > start]
    if any(not (m.kind == "region" and _AREA.search(ctx.text, max(0, m.start - 5), m.start)) for m in named):
        return None
    inside = [m for m in in_title if m.type == "Initiative" and start <= m.start and m.end <= end]
    if inside:
        return inside[0]
    return mention_of(start, end, "Initiative", what)

"""The ADOPTED fact an adoption cue states, built for ``adoptions`` and ``adoption_items``: the adopting
municipality's node, once per municipality and initiative, dated by the day the statement gives, a year
between the act and its object ("underskrev i 2015 KL Play": in that year), else the meeting's day, else
(a web page or news item) on or before the day the page carries. And what the forms ask of the document:
whether it is a municipality's own minutes, and whether a named initiative is the municipality's own plan
after a programme's name ("DK2020 Klimaplanen")."""

from __future__ import annotations

import re

from graphbuild.extract.adoption_cues import YEAR, AdoptionCue
from graphbuild.extract.context import Context, body_is_network
from graphbuild.extract.mentions import Mention
from graphbuild.models import Meeting
from graphbuild.parse.publisher_site import publisher_municipality
from graphbuild.vocab.reference import MunicipalityInfo, municipality_by_code

_OWN_PLAN = re.compile(r"[\s-]?(?:klima)?(?:handle|handlings)?plan", re.IGNORECASE)


def own_plan(text: str, m: Mention) -> bool:
    return bool(_OWN_PLAN.match(text, m.end)) and m.type == "Initiative"


def own_meeting(ctx: Context) -> bool:
    """Minutes of a municipality's own body (not a web page, a news item or a network's meeting)."""
    return ctx.meeting.kind is not None and not body_is_network(ctx.meeting.body)


def own_site(ctx: Context) -> MunicipalityInfo | None:
    """The municipality whose own web site published a page or news item ("stevns.dk"); None for minutes,
    which name their own municipality (``own_meeting``), and for another publisher's page."""
    return publisher_municipality(ctx.meeting.source.url) if ctx.meeting.kind is None else None


def reported_day(meeting: Meeting) -> str | None:
    """The day a stated adoption happened on or before: the meeting's; for a web page or news item, which
    records no meeting, the day it carries (published, else the date it was read with), if any."""
    if meeting.kind is not None:
        return meeting.start.date().isoformat() if meeting.start else None
    day = meeting.published or (meeting.start.date() if meeting.start else None)
    return day.isoformat() if day else None


def adopt(
    ctx: Context,
    cue: AdoptionCue,
    adopter_id: str,
    adopter_name: str,
    code: str | None,
    initiative: Mention,
    date: str | None,
    adopted: set[tuple[str, str]],
) -> None:
    initiative_id = ctx.add_mention(initiative)
    info = municipality_by_code().get(code or "")
    ctx.facts.entity(adopter_id, "Municipality", adopter_name, code=code, region=info.region if info else None)
    if (adopter_id, initiative_id) in adopted:
        return
    adopted.add((adopter_id, initiative_id))
    # "Borgmesteren underskrev i 2015 KL Play": a year between the act and its object
    year = YEAR.search(ctx.text, cue.end, max(cue.end, initiative.start)) if cue.date is None else None
    day: str | None
    if year is not None and cue.date_is == "on":
        when, day = "in", year.group(0)
    elif cue.date is not None or date is not None:
        when, day = cue.date_is, cue.date or date
    else:  # a web page or news item: what it reports happened on or before the day it carries, if any
        when, day = "on or before", reported_day(ctx.meeting)
    ctx.facts.relation("ADOPTED", adopter_id, initiative_id, ctx.ev(cue.start, cue.end), date=day, date_is=when)

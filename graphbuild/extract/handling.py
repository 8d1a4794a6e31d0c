"""The handling step: a case's passage through bodies becomes facts. An item's Sagsforløb or
Tidligere behandling section (parse kind ``behandling``) that lists handlings one a line, a body
with its day (and its item number there) ("Kommunalbestyrelsen den 30. januar 2012
punkt 5", "KMB IT-udvalget den 5. december 2012 Punkt 3", "Forretningsudvalget den 18. september
2012, sag nr. 10", "Økonomi- og Erhvervsudvalget, 15. marts 2016.") or the day before the body
("19-08-2019 Magistraten"), read by ``graphbuild.handling_lines`` (the reading the portal readers
share), gives HANDLED_BY from the item to each body, with ``date`` and ``item_number``. A line that
is not such a listing (prose about the case), or names a body without a day (who handles the case
now), gives nothing."""

from __future__ import annotations

from dataclasses import dataclass

from graphbuild.extract.context import Context
from graphbuild.extract.meeting import body_entity
from graphbuild.handling_lines import MAX_BODY, handling_of
from graphbuild.models import AgendaItem
from graphbuild.parse.body_names import body_phrases
from graphbuild.vocab import ids


@dataclass(frozen=True)
class HandlingLine:
    body: str
    day: str  # ISO
    item: str | None
    start: int  # offsets of the line in the text read
    end: int


def _is_body_name(text: str) -> bool:
    """The whole of ``text`` names a body: it starts with a capital and a body's head word ends it."""
    if not text or len(text) > MAX_BODY or not text[0].isupper():
        return False
    return any(phrase.end == len(text) for phrase in body_phrases(text))


def handling_line(line: str) -> tuple[str, str, str | None] | None:
    """(body, ISO day, item number or None) when ``line`` lists one dated handling of a body (the
    shape read by ``graphbuild.handling_lines``, the words before or after the day a body's name),
    else None."""
    handling = handling_of(line)
    if handling is None or not _is_body_name(handling.body):
        return None  # "Behandling: Landdistriktsudvalget." names who handles it now, not a passage
    return handling.body, handling.day.isoformat(), handling.item


def handlings_in(text: str, offset: int = 0) -> list[HandlingLine]:
    found: list[HandlingLine] = []
    position = 0
    for raw in text.split("\n"):
        parsed = handling_line(raw) if raw.strip() else None
        if parsed is not None:
            lead = len(raw) - len(raw.lstrip())
            start = offset + position + lead
            found.append(HandlingLine(*parsed, start=start, end=offset + position + len(raw.rstrip())))
        position += len(raw) + 1
    return found


def _add_item_handlings(ctx: Context, item: AgendaItem) -> None:
    item_id = ids.item_id(ctx.doc, ctx.item_key(item))
    if not ctx.facts.has(item_id):
        return
    meeting_day = ctx.meeting.start.date().isoformat() if ctx.meeting.start else None
    for section in item.sections:
        if section.kind != "behandling":
            continue
        for handling in handlings_in(section.text, section.start):
            body_id = body_entity(ctx, handling.body, ctx.municipality)
            if body_id == ctx.body_id and handling.day == meeting_day:
                continue  # this meeting itself
            evidence = ctx.ev(handling.start, handling.end)
            ctx.facts.relation("HANDLED_BY", item_id, body_id, evidence, date=handling.day, item_number=handling.item)


def add_handlings(ctx: Context) -> None:
    for item in ctx.meeting.items:
        _add_item_handlings(ctx, item)

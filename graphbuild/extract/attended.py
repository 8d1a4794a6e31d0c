"""Attendance: parse reads who attended (``Meeting.attendance``, from lists and prose anywhere in the
document); this step reports it and makes the ATTENDED facts, their one source."""

from __future__ import annotations

from graphbuild.extract.context import Context
from graphbuild.vocab import ids


def add_attendance(ctx: Context) -> None:
    meeting_id = ids.meeting_id(ctx.doc)
    out = []
    for presence in ctx.meeting.attendance:
        person = ctx.facts.entity(ids.person_id(presence.name), "Person", presence.name)
        if presence.status == "present" and (ctx.meeting.kind == "dagsorden" or presence.summoned):
            # an agenda is written before the meeting, and minutes that record no attendance list their
            # members too: a member list names who is summoned, not who came; only an apology or a
            # stand-in recorded is a fact (the person is still named)
            continue
        ctx.facts.relation(
            "ATTENDED",
            person,
            meeting_id,
            ctx.line_ev(presence.start),
            status=presence.status,
            stands_in_for=presence.for_,
        )
        out.append(presence)
    ctx.attendance.extend(out)

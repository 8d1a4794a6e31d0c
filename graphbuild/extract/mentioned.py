"""The mentions step: every named thing and person the text names becomes an entity; inside an agenda
item it is MENTIONS of that item, and a named thing in the item's title is also what it CONCERNS."""

from __future__ import annotations

from graphbuild.extract.context import Context
from graphbuild.vocab import ids


def add_mentions(ctx: Context) -> None:
    titles = {ctx.item_key(i): i for i in ctx.meeting.items}
    for m in ctx.mentions:
        entity = ctx.add_mention(m)
        item = ctx.item_at(m.start)
        key = ctx.item_key_at(m.start)
        if item is None or key is None:
            continue
        item_id = ids.item_id(ctx.doc, key)
        if not ctx.facts.has_relation("MENTIONS", item_id, entity, item):
            ctx.facts.relation("MENTIONS", item_id, entity, ctx.ev(m.start, m.end))
        title = titles[key].title
        if (
            title
            and ctx.text[m.start : m.end] in title
            and not ctx.facts.has_relation("CONCERNS", item_id, entity, item)
        ):
            ctx.facts.relation("CONCERNS", item_id, entity, ctx.ev(m.start, m.end))
    for p in ctx.people:
        person = ctx.facts.entity(ids.person_id(p.name), "Person", p.name, affiliation=p.affiliation)
        item, key = ctx.item_at(p.start), ctx.item_key_at(p.start)
        if item is not None and key is not None:
            item_id = ids.item_id(ctx.doc, key)
            if not ctx.facts.has_relation("MENTIONS", item_id, person, item):
                ctx.facts.relation("MENTIONS", item_id, person, ctx.ev(p.start, p.end))

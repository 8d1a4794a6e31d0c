"""The mentions step: every named thing and person the text names becomes an entity; inside an agenda
item it is MENTIONS of that item, and a named thing in the item's title is also what it CONCERNS."""

from __future__ import annotations

from graphbuild.extract.context import Context
from graphbuild.vocab import ids


def add_mentions(ctx: Context) -> None:
    titles = {ctx.item_key(i): i for i in ctx.meeting.items}
    for m in ctx.mentions:
        entity = ctx.add_mention(m)
        scope = ctx.scope_at(m.start)
        if scope is None or scope.item is None or scope.key is None:
            continue
        item, key = scope.item, scope.key
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
        scope = ctx.scope_at(p.start)
        if scope is None or scope.item is None or scope.key is None:
            continue
        item_id = ids.item_id(ctx.doc, scope.key)
        if not ctx.facts.has_relation("MENTIONS", item_id, person, scope.item):
            ctx.facts.relation("MENTIONS", item_id, person, ctx.ev(p.start, p.end))

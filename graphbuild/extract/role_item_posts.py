"""The one person a council elected in an item on a post named by its title alone, read by `roles`: "Valg af
borgmester" / "Punkt 2 Borgmester" and "Byrådet valgte Jacob Bjerregaard.", "Valg af dirigent" and "Søren Steen
Andersen, V blev valgt."; where the page lost the items' headings, the line that opens the case names the post."""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Protocol

from graphbuild.extract.evidence import Scope
from graphbuild.extract.mentions import Mention
from graphbuild.extract.people import PersonMention
from graphbuild.extract.role_facts import PENDING, RoleFact, placed_titles
from graphbuild.models import Meeting


class ItemPostContext(Protocol):
    """What the reader needs of the document being extracted."""

    text: str
    people: list[PersonMention]
    scopes: list[Scope]
    meeting: Meeting
    body_id: str | None


# an item whose title is one municipal post ("Punkt 2 Borgmester", "Valg af viceborgmester") and whose decision
# names whom the council elected: "Byrådet valgte Jacob Bjerregaard.", "Jacob Bjerregaard blev valgt."
ITEM_POST = re.compile(
    r"(?i)(?:valg\s+af\s+)?(?P<role>(?:[12]\.\s*)?(?:vice)?borgmester|dirigent|ordstyrer)(?:en)?[\s.]*"
)
POST_LINE = re.compile(
    r"(?im)^[ \t]*valg[ \t]+af[ \t]+(?P<role>(?:[12]\.[ \t]*)?(?:vice)?borgmester|dirigent|ordstyrer)(?:en)?(?![\wæøå])"
)
ELECTED_NAME = re.compile(r"(?:(?<=\bvalgte)|(?<=\bgenvalgte))\s+(?:enstemmigt\s+)?$")
# … "Søren Steen Andersen, V blev valgt.": a party's letter after a comma as some portals print it (no "^": the
# pattern is matched at a name's end in the whole text, where "^" never matches)
NAME_ELECTED = re.compile(
    r"(?:\s*\([^()]{1,30}\)|\s*,\s*(?-i:[A-ZÆØÅ]{1,2})(?=\s))?\s+(?:blev\s+)?(?:herefter\s+)?(?:enstemmigt\s+)?"
    r"(?:gen)?valgt\b"
)


def elected_to_the_items_post(ctx: ItemPostContext, own: Mention | None, found: list[RoleFact]) -> list[RoleFact]:
    """The one person a council elected in the item on a post named by its title alone ("Valg af borgmester",
    "Valg af dirigent")."""
    known = placed_titles(found)
    out: list[RoleFact] = []
    starts = [p.start for p in ctx.people]
    # an item's post by its title, or (where the page lost the items' headings) by the line that opens its case
    # ("Valg af borgmester for funktionsperioden 1. januar 2018 – 31. december 2021.")
    posts = [(ITEM_POST.fullmatch(item.title or ""), item.start, item.end) for item in ctx.meeting.items]
    if not any(item.title for item in ctx.meeting.items) and "alg af" in ctx.text:
        scopes = [s for s in ctx.scopes if s.item is not None] or ctx.scopes[:1]  # no items: the whole text
        posts = [(POST_LINE.search(ctx.text, s.start, s.end), s.start, s.end) for s in scopes]
    for post, start, end in posts:
        if post is None:
            continue
        role = " ".join(post["role"].lower().split())
        people = ctx.people[bisect_left(starts, start) : bisect_left(starts, end)]
        elected = {
            p.name: p
            for p in people
            if ELECTED_NAME.search(ctx.text, max(start, p.start - 40), p.start)
            or NAME_ELECTED.match(ctx.text, p.end, min(end, p.end + 60))
        }
        if len(elected) != 1:
            continue
        person = next(iter(elected.values()))
        if (person.name, role) in known:
            continue
        if role.endswith("borgmester"):
            target = (own.id, own.name, "Municipality") if own is not None else PENDING
        elif ctx.body_id:  # the chair of the meeting itself ("Valg af dirigent"): the meeting's body's
            target = (ctx.body_id, ctx.meeting.body or ctx.body_id, "Organization")
        else:
            continue
        out.append(RoleFact(person, role, *target, None, None, person.start, person.end))
    return out

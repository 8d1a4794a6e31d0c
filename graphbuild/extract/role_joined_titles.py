"""Two titles joined before one name (read by `role_title_before` and `role_body_before`): "Formand og kasserer:
NAME", "Formand/kasserer: NAME", "formand og borgmester i Herning Kommune, NAME", "borgmester & formand NAME": the
title read before the name is the name's, and so is the one joined to it by "og", "&" or "/", also before a former
or an acting title ("bestyrelsesmedlem og tidligere næstformand NAME")."""

from __future__ import annotations

import re

from graphbuild.extract.people import PersonMention
from graphbuild.extract.role_facts import PENDING, UNPLACED, Target
from graphbuild.extract.role_patterns import BOARD_ROLES, ROLE_WORDS, is_municipal, role_of_word
from graphbuild.extract.role_sentence import Reading, Sentence, ending
from graphbuild.extract.role_targets import placed_by_the_step, title_target

# … the second title a former or an acting one, the first still held: "mangeårigt bestyrelsesmedlem og tidligere
# næstformand NAME", "gruppeformand og tidl. borgmester NAME"
FORMER_OR_ACTING = r"(?:(?:tidligere|tidl\.|fhv\.|forhenværende|daværende|afgående|konstitueret|fungerende)[ \t]+)?"
JOINED_BEFORE = re.compile(rf"\b({ROLE_WORDS})[ \t]*(?:og|&|/)[ \t]*{FORMER_OR_ACTING}$", re.IGNORECASE)
# the joined title closes the entry of the name before: "NAME, formand og borgmester NAME2" is no form of this
AFTER_AN_ENTRY = re.compile(r"(?:\s*\([^)]{1,40}\))?\s*,\s*$")


def joined_title(s: Sentence, r: Reading, holder: PersonMention, title_at: int) -> None:
    """The title joined before the title at title_at, held by holder too (in the chair's body, a board's title;
    else where a title before a name is held)."""
    line_start = s.text.rfind("\n", 0, title_at) + 1
    lo = max(line_start, title_at - 60)
    joined = ending(JOINED_BEFORE, s.text, lo, title_at, 4)
    if joined is None:
        return
    earlier = [q for q in s.here if q.end <= joined.start()]
    if earlier and AFTER_AN_ENTRY.fullmatch(s.text, earlier[-1].end, joined.start()):
        return
    role = role_of_word(joined.group(1))
    if role != " ".join(joined.group(1).lower().split()):
        return  # "borgmesteren og kommunaldirektør NAME": a title in the definite names another holder
    target: Target | None
    if role in BOARD_ROLES:
        target = s.chair(title_at)
        if target in (None, UNPLACED) and s.named_before is not None:
            target = s.named_before(title_at) or target
    else:
        target = title_target(s, role, title_at, holder, r.after_from, r.staff)
    if target is None and is_municipal(role):
        target = PENDING
    if target is None and placed_by_the_step(role, s.own):
        target = UNPLACED
    if target is not None:
        s.add(holder, role, target)

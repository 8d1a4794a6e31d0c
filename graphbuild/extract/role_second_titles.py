"""A second title printed in a name's entry after the title another reader found for that name: joined by a comma or by
"og" ("Formand, forældrerepræsentant", "Marlene Haugaard,
referent, Direktør Væksthus …", "Torben Nielsen - formand og repræsentant fra Hjernesagen", "Musikskoleleder og
sekretær i musikskolerådet" on the line under the name): the entry's name holds it too. The first title (a meeting's
officer too: "referent") must be one a reader already gave that name (the entry is the name's, its first title
read), the second a title word ("repræsentant" bare only before "for"/"fra"), closing the entry or followed by its
body; never one running on into a name ("Jens Hansen, formand, direktør Ole Olsen": the next name's title before
it), nor one after the first title's own qualifier and a comma ("NAME, formand for X, direktør …": another clause),
nor a profession, held only where its firm is named ("Ole Zilstorff Dalgaard, Projektleder, ingeniør")."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace

from graphbuild.extract.people import PersonMention
from graphbuild.extract.role_facts import PENDING, RoleFact
from graphbuild.extract.role_patterns import PROFESSIONS, ROLE_WORDS, is_municipal, role_of_word

# a title as the entry prints it: a title word, or "repræsentant" bare before whom it represents
_TITLE = rf"(?:{ROLE_WORDS}|repræsentant(?=[ \t]+(?:for|fra)[ \t]))"
# the name's bracket (its party), then the entry's comma or dash, or the line under the name
_GAP = r"(?:[ \t]*\([^()\n]{1,40}\))?(?:[ \t]*(?:,|[ \t]-|[ \t]–)[ \t]*|[ \t]*\n[ \t\n]{0,6})"
# the first title, then a comma (nothing between) or "og" (its body may stand between: "i Sorø Kommune og")
_FIRST_THEN_JOIN = (
    rf"(?P<first>{_TITLE}|referent|dirigent)(?![\wæøå-])(?:[ \t]*,[ \t]*"
    r"|(?:[ \t]+(?:i|for|på|ved|hos|af|fra)[ \t]+[^,.;:()\n]{1,60}?)?[ \t]+(?:og|samt|&)[ \t]+)"
)
# the second title closes the entry (a comma, a full stop, a bracket, the line's end) or its body follows it: a
# preposition or a capitalised name (a person's name there is rejected against the names found)
_SECOND = (
    rf"(?P<second>{_TITLE})(?![\wæøå-])"
    r"(?=[ \t]*(?:[,.;)\n]|$)|[ \t]+(?:i|for|på|ved|hos|af|fra)[ \t]|[ \t]+(?-i:[A-ZÆØÅ]))"
)
_ENTRY = re.compile(rf"{_GAP}{_FIRST_THEN_JOIN}{_SECOND}", re.IGNORECASE)
# the gap before a name that follows the second title: a title before that name, not the entry's
_NAME_GAP = re.compile(r"[ \t]+")


def second_titles(text: str, people: list[PersonMention], found: list[RoleFact]) -> list[RoleFact]:
    """The second title of each name's entry whose first title a reader found for that name."""
    held = {(f.person.name, f.role) for f in found}
    first_fact: dict[tuple[int, str | None], RoleFact] = {}
    for f in found:
        first_fact.setdefault((f.person.start, f.role), f)
    starts = [p.start for p in people]
    out: list[RoleFact] = []
    for p in people:
        entry = _ENTRY.match(text, p.end)
        if entry is None:
            continue
        fact = first_fact.get((p.start, role_of_word(entry["first"])))
        second = role_of_word(entry["second"])
        if fact is None or second == fact.role or second in PROFESSIONS or (p.name, second) in held:
            continue
        after = entry.end("second")
        i = bisect_left(starts, after)
        if i < len(starts) and _NAME_GAP.fullmatch(text, after, starts[i]):
            continue  # "formand, direktør Ole Olsen": the next name's title
        target = PENDING if is_municipal(second) else (fact.target, fact.target_name, fact.target_type)
        held.add((p.name, second))
        out.append(
            replace(
                fact,
                role=second,
                target=target[0],
                target_name=target[1],
                target_type=target[2],
                mention=None if is_municipal(second) else fact.mention,
                target_kind=None if is_municipal(second) else fact.target_kind,
                start=p.start,
                end=after,
            )
        )
    return out

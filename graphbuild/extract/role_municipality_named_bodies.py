"""An organisation named by a municipality's name and the capitalised words after it ("Esbjerg Erhvervsudvikling",
"Aarhus Vand", "Odense Havn", "Billund Lufthavn"), read by `roles` over every reader's facts: a reader that held a
title in the municipality the name opens with (the municipality's mention) held it in the company the words name:
a title that is no municipality's own (a chair's, a director's, a member's) is held in the whole name as printed.
Never a word of the municipality itself after its name ("Aarhus Kommune", "Aarhus Kommunes", "Aarhus Byråd"), a
person's name ("direktør i Aarhus Jens Hansen"), words past the line's end, nor a municipality's own title (its
mayor, a council member, its director)."""

from __future__ import annotations

import re
from bisect import bisect_left

from graphbuild.extract.role_facts import RoleFact, held_in
from graphbuild.extract.role_patterns import is_municipal
from graphbuild.extract.role_targets import COUNCIL_SEATS
from graphbuild.vocab import ids

# one to three capitalised words right after the municipality's name, on its line: "Erhvervsudvikling", "Vand", "Havn"
_WORDS_AFTER = re.compile(
    r"[ \t]+(?P<words>[A-ZÆØÅ][a-zæøå]+(?:-[a-zæøå]+)?(?:[ \t]+[A-ZÆØÅ][a-zæøå]+){0,2})(?![\wæøå-])"
)
# the municipality's own words: its council, its administration, the municipality itself
_MUNICIPAL_WORDS = frozenset(
    {
        "kommune",
        "kommunes",
        "kommuner",
        "byråd",
        "byråds",
        "byrådet",
        "byrådets",
        "kommunalbestyrelse",
        "kommunalbestyrelsen",
        "borgerrepræsentation",
        "borgerrepræsentationen",
    }
)


def _before_a_person(person_starts: list[int], start: int, end: int) -> int:
    """Where the words from start to end stop: before the first person's name among them."""
    i = bisect_left(person_starts, start)
    return person_starts[i] if i < len(person_starts) and person_starts[i] < end else end


def held_in_the_named_body(text: str, fact: RoleFact, person_starts: list[int]) -> RoleFact:
    """The fact held in the company a municipality's name and the words after it name, else the fact as it is;
    `person_starts`: where the text's people's names start, in order."""
    mention = fact.mention
    if mention is None or mention.type != "Municipality" or fact.role is None:
        return fact
    if is_municipal(fact.role) or fact.role in COUNCIL_SEATS:
        return fact
    after = _WORDS_AFTER.match(text, mention.end)
    if after is None or after["words"].split()[0].lower() in _MUNICIPAL_WORDS:
        return fact
    start = after.start("words")
    words = text[start : _before_a_person(person_starts, start, after.end("words"))].split()
    if not words:
        return fact  # "direktør i Aarhus Jens Hansen": a name after the municipality's
    name = " ".join([*text[mention.start : mention.end].split(), *words])
    return held_in(fact, (ids.organization_id(name), name, "Organization"))

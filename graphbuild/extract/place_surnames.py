"""People whose surname is also a municipality's name ("Jette Skive", "Klaus Stevns Madsen"): the name
wins over the place. A bare municipality name inside a person's name, after the first name, is no
mention of the municipality; a name of two words that ends in one is that person, and a longer one
that ends in one is left alone (a name followed by its town in a table, "Anne Hansen Odense")."""

from __future__ import annotations

from bisect import bisect_right

from graphbuild.extract.mention_record import Mention
from graphbuild.extract.people import PersonMention


def places_in_names(text: str, mentions: list[Mention], people: list[PersonMention]) -> set[int]:
    """The positions in ``mentions`` of the bare municipality names that are part of a person's name."""
    inside: set[int] = set()
    # by start: a person's places are found by bisection, not by looking at every place for every person
    places = sorted(((m.start, position, m) for position, m in enumerate(mentions) if m.type == "Municipality"))
    if not places:
        return inside
    starts = [start for start, _, _ in places]
    for person in people:
        words = text[person.start : person.end].split()
        for _, position, mention in places[bisect_right(starts, person.start) : bisect_right(starts, person.end)]:
            if not (person.start < mention.start and mention.end <= person.end):
                continue
            surface = text[mention.start : mention.end]
            if " " in surface or surface != mention.name:
                continue  # "Skive Kommune", a genitive: the place itself
            if mention.end == person.end and len(words) != 2:
                continue
            inside.add(position)
    return inside

"""Two names a flattened list ran together into one reading, split where the document reads both elsewhere: "Fraværende:
Philip Læborg Haldis Glerfoss Duygu Ngotho Karsten Grubert" read "Haldis Glerfoss Duygu Ngotho" beside "Haldis Glerfoss
(Ø) Duygu Ngotho (A)" in the member list. Each part two words or more, and the one split whose parts the document (or
its attendance lists) reads as names; a name of four words no other reading splits so stays ("Hans Christian Møller
Jensen")."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from graphbuild.extract.people import PersonMention

_Reading = tuple[int, int, str]  # start, end, name
_TOKEN = re.compile(r"\S+")
# the fewest words of each part, and so of the name read
_PART = 2


def glued_pairs_split(
    text: str, people: Sequence[_Reading], listed: Iterable[str] = ()
) -> dict[int, tuple[_Reading, _Reading]]:
    """Of one document's names (start, end, name), those that are two names the document reads elsewhere (one of them,
    or of ``listed``: the names its attendance lists read), by their index: the two names' readings."""
    long = [index for index, (_, _, name) in enumerate(people) if name.count(" ") >= 2 * _PART - 1]
    if not long:  # most documents read no name of four words
        return {}
    names = {name for _, _, name in people} | set(listed)
    out: dict[int, tuple[_Reading, _Reading]] = {}
    for index in long:
        start, end, name = people[index]
        words = name.split()
        splits = [
            k
            for k in range(_PART, len(words) - _PART + 1)
            if " ".join(words[:k]) in names and " ".join(words[k:]) in names
        ]
        tokens = list(_TOKEN.finditer(text, start, end))
        if len(splits) != 1 or len(tokens) != len(words):
            continue
        k = splits[0]
        head = (start, tokens[k - 1].end(), " ".join(words[:k]))
        out[index] = (head, (tokens[k].start(), end, " ".join(words[k:])))
    return out


def with_glued_pairs_split(text: str, people: list[PersonMention], listed: Iterable[str] = ()) -> list[PersonMention]:
    """The people, two names a flattened list ran together split where the document (or its attendance lists,
    ``listed``: their names) reads both parts elsewhere ("Haldis Glerfoss Duygu Ngotho")."""
    split = glued_pairs_split(text, [(p.start, p.end, p.name) for p in people], listed)
    if not split:
        return people
    out: list[PersonMention] = []
    for index, person in enumerate(people):
        if index not in split:
            out.append(person)
            continue
        out.extend(PersonMention(start, end, name) for start, end, name in split[index])
    return out

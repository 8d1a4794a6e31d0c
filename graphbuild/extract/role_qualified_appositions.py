"""A qualified title between commas after a name is that name's (read by `roles` over every reader's facts): in
"NAME, tidligere formand for Handicaprådet, NAME2 og NAME3 deltog", "NAME, fhv. direktør for Teknik og Miljø,
NAME2", "NAME (V), konstitueret formand for udvalget, NAME2" the title is an apposition of the name before it, as
an unqualified one is ("NAME, formand for X, NAME2"), never the title of the name after it. A reader that gave it
to the next name has it moved to the name before. Only a qualifier in lower case ("tidligere", "fhv.",
"forhenværende", "daværende", "afgående", "nyvalgte", "konstitueret", "fungerende", …) or an adverb of the
apposition ("i dag", "nu", "også", "bl.a.", "indtil 2020"), which opens no entry of a list of titles before names
("Formand, NAME, Næstformand, NAME2"), and only the title the gap prints."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

from graphbuild.extract.people import PersonMention
from graphbuild.extract.role_facts import RoleFact

# the gap from the name before to the name: its bracket, a comma, the qualifier and the title, a comma ("og" after)
QUALIFIED_APPOSITION = re.compile(
    r"(?:[ \t]*\([^()\n]{1,40}\))?[ \t]*,[ \t]*"
    r"(?:tidligere|tidl\.|fhv\.|forhenværende|daværende|afgående|fratrådte|nyvalgte?|nyudnævnte?|nytiltrådte?|"
    r"kommende|konstitueret|konst\.|kst\.|fungerende|fg\.|midlertidig|nuværende|hidtidige?|mangeårige?|"
    # … or an adverb of the apposition: "NAME, i dag formand for X, NAME2", "NAME, indtil 2020 formand for X, NAME2"
    r"også|tillige|desuden|samtidig|fortsat|selv|nu|i[ \t]+dag|bl\.[ \t]?a\.|blandt[ \t]+andet|"
    r"(?:indtil|siden|fra)[ \t]+\d{4})[ \t]+"
    r"(?P<title>[^,;:()\n]{2,80}?)[ \t]*,[ \t]*(?:(?:og|samt)[ \t]+)?"
)


def appositions_kept(text: str, people: list[PersonMention], found: list[RoleFact]) -> list[RoleFact]:
    """The facts found, a title the name before prints as its qualified apposition moved to that name."""
    if not any("," in text[max(0, f.person.start - 6) : f.person.start] for f in found):
        return found  # every apposition's gap closes with a comma before the next name ("og" after it at most)
    starts = [p.start for p in people]
    out: list[RoleFact] = []
    for fact in found:
        role = fact.role
        holder = next(
            (
                q
                for q in _previous(people, starts, fact.person)
                if role and _prints(text, q.end, fact.person.start, role)
            ),
            None,
        )
        out.append(fact if holder is None else replace(fact, person=holder))
    return out


def _previous(people: list[PersonMention], starts: list[int], p: PersonMention) -> list[PersonMention]:
    """The two names before p (ending before it starts), the nearest first: a body's name a name reader took for a
    person's may stand inside the apposition ("NAME, tidligere næstformand i Danske Handicaporganisationer, NAME2")."""
    index = bisect_right(starts, p.start - 1) - 1
    while index >= 0 and people[index].end > p.start:
        index -= 1
    return [people[i] for i in range(index, max(-1, index - 2), -1)]


def _prints(text: str, gap_start: int, gap_end: int, role: str) -> bool:
    """Whether the gap between two names is a qualified apposition of the first whose title is role."""
    if gap_end - gap_start > 140:
        return False
    gap = QUALIFIED_APPOSITION.fullmatch(text, gap_start, gap_end)
    if gap is None:
        return False
    role_words = re.escape(role).replace(r"\ ", r"\s+")
    return re.search(rf"(?<![\wæøå-]){role_words}(?![\wæøå-])", gap["title"], re.IGNORECASE) is not None

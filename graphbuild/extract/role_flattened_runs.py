"""Which way a run of "name, title" entries a PDF flattened onto one line reads (used by `roles`): in
"Kristine Schmidt, Arbejdsmiljøtovholder Gert Jensen, Personalechef Mette Ebdrup, Løn og Personale" each title
between two names closes the entry before it, not opens the next one. A run is two or more names on one line
parted only by ", <title> " (a party in brackets may follow a name); it reads name first when its first name has
no title before it and its last name's entry goes on after a comma (its own title or workplace: ", HR-konsulent",
", Løn og Personale"), or when its first two titles are a chair's and a deputy's in that order ("Til stede:
Bent Haupt Jensen, Formand Jørn Nielsen, Næstformand Michael Bagge Kuehn Jette Kragh": a list opens with its chair,
so the bare first name is the chair's, not an untitled member's before them). A run whose first name has a title
before it ("Personalechef A, Direktør B, Sekretær C"), or whose last name ends it bare ("Deltagere: A, Formand B"),
is read as before: each title the next name's."""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise

from graphbuild.extract.people import PersonMention
from graphbuild.extract.role_joined_after import JOINED_TITLE
from graphbuild.extract.role_patterns import ROLE_WORDS

PARTY = r"(?:[ \t]*\([^()\n]{1,12}\))?"
# the gap between two names of a run: ", formand ", " (V), næstformand ", ", Personalechef ", two titles joined:
# ", formand og kasserer " (`role_joined_after`)
TITLE_GAP = re.compile(rf"{PARTY}[ \t]*,[ \t]*{JOINED_TITLE}?(?:{ROLE_WORDS})[ \t]+", re.IGNORECASE)
# … or with no comma after a party's bracket, as a PDF flattens a roster: "A (A) formand B (V) næstformand C (C)"
BRACKET_TITLE_GAP = re.compile(rf"[ \t]*\([^()\n]{{1,12}}\)[ \t]+(?:{ROLE_WORDS})[ \t]+", re.IGNORECASE)
# a title (or a label) right before the run's first name: then each title opens its name's entry
TITLE_BEFORE = re.compile(rf"(?<![\wæøå])(?:{ROLE_WORDS})[ \t]*[:,]?[ \t]*$", re.IGNORECASE)
# the last name's entry goes on after a comma: its own title or its workplace
ENTRY_GOES_ON = re.compile(rf"^{PARTY}[ \t]*,[ \t]*[\wæøåÆØÅ]")


def titles_of_previous(
    text: str, here: list[PersonMention], may_name_a_title: Callable[[int, int], bool] | None = None
) -> frozenset[int]:
    """The indexes (into `here`) of the names whose title before them is the name before's: the second and
    later names of each run that reads name first. `may_name_a_title(lo, hi)`: whether text[lo:hi] may hold a
    title (`Sentence.may_name_a_title`); a gap with none joins no two names."""
    if len(here) < 2:
        return frozenset()
    owned: set[int] = set()
    titled = [may_name_a_title is None or may_name_a_title(a.end, b.start) for a, b in pairwise(here)]
    for gap in (TITLE_GAP, BRACKET_TITLE_GAP):
        start = 0
        for index in range(1, len(here) + 1):
            joined = index < len(here) and titled[index - 1] and _title_gap(gap, text, here[index - 1], here[index])
            if joined:
                continue
            if index - 1 > start and (
                _reads_name_first(gap, text, here[start], here[index - 1])
                or (index - 1 > start + 1 and _chair_then_deputy(gap, text, here[start : start + 3]))
            ):
                owned.update(range(start + 1, index))
            start = index
    return frozenset(owned)


def _title_gap(gap: re.Pattern[str], text: str, before: PersonMention, after: PersonMention) -> bool:
    if after.start <= before.end or after.start - before.end > 70:
        return False
    return gap.fullmatch(text, before.end, after.start) is not None


# the chair's and the deputy's titles in a gap: "Formand", "Næstformand" (never "Næstformand" read as "formand")
CHAIR_GAP = re.compile(r"(?<![\wæøå])(næst)?formand(?![\wæøå])", re.IGNORECASE)


def _chair_then_deputy(gap: re.Pattern[str], text: str, three: list[PersonMention]) -> bool:
    """Whether the run's first gap holds the chair's title and its second the deputy's, with no title before the
    first name (`_reads_name_first`'s guard): a list opens with its chair, so each title is the name before's."""
    first, second, third = three
    line_start = text.rfind("\n", 0, first.start) + 1
    if gap is not TITLE_GAP or TITLE_BEFORE.search(text, max(line_start, first.start - 60), first.start):
        return False
    chair = CHAIR_GAP.search(text, first.end, second.start)
    deputy = CHAIR_GAP.search(text, second.end, third.start)
    return chair is not None and chair.group(1) is None and deputy is not None and deputy.group(1) is not None


def _reads_name_first(gap: re.Pattern[str], text: str, first: PersonMention, last: PersonMention) -> bool:
    line_start = text.rfind("\n", 0, first.start) + 1
    if TITLE_BEFORE.search(text, max(line_start, first.start - 60), first.start):
        return False
    # a bracket closing each name with the title right after it: the title is the bracketed name's
    return gap is BRACKET_TITLE_GAP or ENTRY_GOES_ON.match(text[last.end : last.end + 40]) is not None

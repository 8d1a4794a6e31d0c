"""A body's members one a line, with no bullet, a PDF's text layer ran together into one line, read by `roles`: "…
Sagsfremstilling Ifølge valgbogen … er følgende valgt til regionsrådet i valgperioden 1. januar 2018 - 31. december
2021: A. Socialdemokratiet Anders Kühnau Annette Roed Niels Erik Iversen … B. Radikale Venstre Hanne Roed …", "…
Efter valg til Folkeoplysningsudvalget er der 5. maj 2022 konstitueret nyt udvalg: Anne Lauridsen (-) Jan Hovmand (-)
…", "… Kommunale medlemmer: Ib Boye Lauritsen (V), Ikast-Brande (næstformand) Nils Borring (A), Favrskov …". The
people reader has split the run at its first names already; the line readers need each name to open its line. So the
line is read as `role_member_blocks` reads the list on lines of its own: a line break (in place of a blank, one
character for one, so every place stays) before the label (from its sentence's start, or after the entry before it),
after its colon, before each name of the run and around a party's heading between two names.

The run opens with a name right after a label's colon (a party's heading between) or right after a bare capitalised
"Medlemmer" ("… Lilletrommen Medlemmer Bo Hilsted (A) …"), and goes on while the next name follows with nothing
between but blanks, what an entry prints after its name (its brackets closed, a comma or a dash and a place or a post;
at most ENTRY_GAP characters, no colon, no sentence's end, no word of absence or attendance, no bullet:
`role_member_flattened_bullets` reads those) or a party's heading. A comma alone between two names is a list printed on
one line, no run ("Deltagere: Forældrevalgte: … Skolerepræsentanter: Birgit Pedersen, Lene Fog Jørgensen, …": who
attended). Only on a line of FLAT_LINE characters or more; `role_member_blocks`' guards hold (a label of members, none
of who attended, was absent, is a candidate or a substitute; an entry printing a seat in the body gives no `medlem`;
two entries at least, each ending its line as an entry does), and one of its own: never a name the flattened line ends
in (the next page's first word may have joined it)."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable

from graphbuild.extract.people import PersonMention
from graphbuild.extract.role_facts import RoleFact, Target
from graphbuild.extract.role_member_blocks import (
    ELECTED_LABEL_MAX,
    LABEL_MAX,
    NOT_A_MEMBER_LABEL,
    PARTY_HEADING,
    members_in_blocks,
)
from graphbuild.extract.role_member_flattened_bullets import BARE_LABEL, SENTENCE_END
from graphbuild.extract.role_member_flattened_runs import FLAT_LINE

ENTRY_GAP = 80  # characters an entry prints after its name before the next name
# what an entry prints after its name: one or two brackets closed, then a comma or a dash and the words after it (a
# place, a post) with a bracket of their own: "(-)", "(A) (formand)", "(V), Ikast-Brande (næstformand)"
ENTRY_TAIL = re.compile(r"[ \t]*(?:\([^()\n:•]*\)[ \t]*){0,2}(?:[,–-][^()\n:•]*(?:\([^()\n:•]*\))?)?[ \t]*")
# the brackets closing the entry before a label, and the blank the label opens after
ENTRY_BRACKETS = re.compile(r"(?:[ \t]*\([^()\n:•]*\))*[ \t]+")
# a sentence's end inside the gap: a full stop, then a capital after a blank ("… Viborg. Sagen …"), not an initial's
GAP_SENTENCE_END = re.compile(r"[\wæøå)]{2}[.!?][ \t]+[A-ZÆØÅ]")
# a party's heading between two names, blanks around it: "Flemming Knudsen B. Radikale Venstre Hanne Roed"
PARTY_GAP = re.compile(r"[ \t]+(?P<heading>[^\n:•]{1,60}?)[ \t]+")
MIN_RUN = 2


def members_in_flattened_names(
    text: str, people: list[PersonMention], chair_at: Callable[[int], Target], found: list[RoleFact]
) -> list[RoleFact]:
    """`medlem` for each person of a run of names after a label of members inside a flattened line, as
    `role_member_blocks` reads the list on lines of its own."""
    if ":" not in text or not people:
        return []
    chars: list[str] | None = None
    listed: set[int] = set()
    line_start = 0
    starts = [p.start for p in people]
    while line_start < len(text):
        line_end = text.find("\n", line_start)
        line_end = len(text) if line_end < 0 else line_end
        if line_end - line_start >= FLAT_LINE:
            lo, hi = bisect_left(starts, line_start), bisect_left(starts, line_end)
            for run, breaks in _runs(text, people[lo:hi], line_start):
                chars = chars or list(text)
                for at in breaks:
                    chars[at] = "\n"
                listed.update(p.start for p in run)
        line_start = line_end + 1
    if chars is None:
        return []
    relined = "".join(chars)
    return [
        f
        for f in members_in_blocks(relined, people, chair_at, found)
        if f.person.start in listed and not _ends_line(text, f.end)
    ]


def _runs(text: str, people: list[PersonMention], line_start: int) -> list[tuple[list[PersonMention], list[int]]]:
    """Each run of names after a label's colon on one flattened line, with the blanks to turn into line breaks."""
    out: list[tuple[list[PersonMention], list[int]]] = []
    i = 0
    while i < len(people):
        opening = _opening(text, people[i], people[i - 1].end if i else line_start)
        if opening is None:
            i += 1
            continue
        run, breaks = [people[i]], opening
        j = i + 1
        while j < len(people):
            gap = _gap_breaks(text, run[-1], people[j])
            if gap is None:
                break
            run.append(people[j])
            breaks += gap
            j += 1
        if len(run) >= MIN_RUN:
            out.append((run, breaks))
        i = j
    return out


def _opening(text: str, first: PersonMention, floor: int) -> list[int] | None:
    """The line breaks that set a label apart before the run's first name: before the label (its sentence's start),
    after its colon, and around a party's heading between the colon and the name; None when no label's colon
    stands right before the name."""
    bare = BARE_LABEL.search(text, max(floor, first.start - LABEL_MAX), first.start)
    if bare is not None and text[bare.start() - 1] in " \t" and text[first.start - 1] in " \t":
        return [bare.start() - 1, first.start - 1]  # "… Lilletrommen Medlemmer Bo Hilsted (A) Jesper Tvilde (C) …"
    colon = text.rfind(":", floor, first.start)
    if colon < 0:
        return None
    between = text[colon + 1 : first.start]
    if not between[:1].isspace():
        return None  # "kl.:21" or a time's colon: no label's
    heading = between.strip()
    if heading and (len(heading) > 60 or PARTY_HEADING.fullmatch(heading) is None):
        return None
    ends = list(SENTENCE_END.finditer(text, max(floor, colon - ELECTED_LABEL_MAX), colon))
    if ends:
        label_at = ends[-1].end() - 1
    else:  # the label right after the entry before it: "… Christian Møller-Nielsen (V) Kommunale medlemmer: NAME"
        after_entry = ENTRY_BRACKETS.match(text, floor, colon) if floor > 0 and text[floor - 1] != "\n" else None
        if after_entry is None:
            return None
        label_at = after_entry.end() - 1
    breaks = [label_at, colon + 1]
    if heading:
        breaks.append(first.start - 1)
    return breaks if all(text[at] in " \t" for at in breaks) else None


def _gap_breaks(text: str, previous: PersonMention, nxt: PersonMention) -> list[int] | None:
    """The line breaks between two names of a run (before the next name, and before a party's heading between
    them), or None when what stands between them ends the run."""
    gap = text[previous.end : nxt.start]
    if len(gap) > ENTRY_GAP or not gap or not gap[-1].isspace() or GAP_SENTENCE_END.search(gap):
        return None
    if NOT_A_MEMBER_LABEL.search(gap):
        return None  # "… (Kulturelt Samråd) Afbud Kristian Hegaard (B)": the next label's names, who were absent
    if gap.strip() == ",":
        return None  # "Birgit Pedersen, Lene Fog Jørgensen, …": a list on one line, which the list readers read
    tail = ENTRY_TAIL.fullmatch(gap)
    if tail is not None:
        return [nxt.start - 1]
    party = PARTY_GAP.fullmatch(gap)
    if party is not None and PARTY_HEADING.fullmatch(party["heading"]) is not None:
        return [previous.end, nxt.start - 1]
    return None


def _ends_line(text: str, end: int) -> bool:
    """Whether nothing but blanks follows a name on its line: a flattened page ends in it, and the name reader may
    have joined the next page's first word to it."""
    line_end = text.find("\n", end)
    return not text[end : len(text) if line_end < 0 else line_end].strip()

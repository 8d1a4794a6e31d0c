"""Which way a list of names and lower-case posts flattened onto one line with no commas reads (used by `roles`):
"Til stede: Jens Hansen formand Ole Berg Anne Holm kasserer". A post after the run's last name, ending the line,
shows the list prints each post after its name, so a post between two names closes the entry before it (Jens
Hansen's), not opens the next one. A run is two or more names on one line parted only by spaces (a party's bracket
may follow a name) or by one post (`role_trailing_titles.TRAILING_POSTS`, lower case as running lists print it);
it reads post after name only when its last name is followed by a post that ends the line and no title stands
before its first name ("Til stede: formand Jens Hansen Ole Berg kasserer Anne Holm" is read as before)."""

from __future__ import annotations

import re
from itertools import pairwise

import graphbuild.extract.role_flattened_runs as role_flattened_runs
from graphbuild.extract.people import PersonMention
from graphbuild.extract.role_joined_after import JOINER
from graphbuild.extract.role_patterns import NAME_BRACKET_ON_LINE
from graphbuild.extract.role_trailing_titles import TRAILING_POSTS

# the gap between two names of a run: spaces, or one post (or two joined) between spaces (a party's bracket may close
# a name): "Jens Hansen formand og kasserer Ole Berg"
BARE_GAP = re.compile(
    rf"{NAME_BRACKET_ON_LINE}[ \t]+(?:(?P<role>{TRAILING_POSTS})(?:[ \t]+{JOINER}[ \t]+(?:{TRAILING_POSTS}))?[ \t]+)?"
)
# the post after the run's last name, ending its line (a stop may close it); the blanks after it read once ("[ \t]*+":
# a stop, a line break or the end follows them, never a blank; as "[ \t]*\.?[ \t]*" every split of a run of blanks
# before another word was tried)
LAST_POST = re.compile(rf"{NAME_BRACKET_ON_LINE}[ \t]+(?:{TRAILING_POSTS})[ \t]*+\.?[ \t]*+(?:\n|$)")


def posts_of_previous_in_bare_runs(text: str, here: list[PersonMention]) -> frozenset[int]:
    """The indexes (into `here`) of the names whose post before them is the name before's, in the runs with no
    commas that read post after name."""
    if len(here) < 2:
        return frozenset()
    owned: set[int] = set()
    gaps = [_gap(text, a, b) for a, b in pairwise(here)]
    start = 0
    for index in range(1, len(here) + 1):
        if index < len(here) and gaps[index - 1] is not None:
            continue
        last = index - 1
        posted = [j for j in range(start + 1, last + 1) if (gap := gaps[j - 1]) is not None and gap["role"]]
        if posted and _reads_post_after(text, here[start], here[last]):
            owned.update(posted)
        start = index
    return frozenset(owned)


def _gap(text: str, before: PersonMention, after: PersonMention) -> re.Match[str] | None:
    if after.start <= before.end or after.start - before.end > 40:
        return None
    return BARE_GAP.fullmatch(text, before.end, after.start)


def _reads_post_after(text: str, first: PersonMention, last: PersonMention) -> bool:
    line_start = text.rfind("\n", 0, first.start) + 1
    if role_flattened_runs.TITLE_BEFORE.search(text, max(line_start, first.start - 60), first.start):
        return False  # "formand Jens Hansen Ole Berg …": the list prints each post before its name
    return LAST_POST.match(text, last.end) is not None

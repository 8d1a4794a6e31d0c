"""A board's or a meeting's post right after a name, a space apart, closing the name's entry in a list (read by
`roles`), as associations' attendance and board lines print it: "Til stede: Hans Jensen formand, Lise Holm
næstformand, Peter Sørensen kasserer og Anne Madsen", "Hans Jensen formand og kasserer, Lise Holm" (two posts
joined). The post is the name's, never the next name's (`role_title_before` leaves it); it is held in the body an
unnamed chair there chairs."""

from __future__ import annotations

import re

from graphbuild.extract.role_joined_after import JOINER
from graphbuild.extract.role_patterns import NAME_BRACKET_ON_LINE, role_of_word
from graphbuild.extract.role_sentence import Reading, Sentence

# the posts an entry closes with, in lower case as a list's running text prints them (a capitalised word after a
# name is a flattened table's next cell, read by the table readers)
TRAILING_POSTS = (
    r"(?:[1-3]\.[ \t]*)?(?:næst)?formand|kasserer|sekretær|referent|ordstyrer|dirigent|mødeleder|"
    r"(?:revisor|bestyrelses)?suppleant|bestyrelsesmedlem"
)
# … closed by a comma, a stop, the line's end, or "og"/"samt" before the next name; a second post joined to it is the
# name's too ("Hans Jensen formand og kasserer, Lise Holm": `role_joined_after`)
TRAILING_TITLE = re.compile(
    rf"{NAME_BRACKET_ON_LINE}[ \t]+(?P<role>{TRAILING_POSTS})(?:[ \t]+{JOINER}[ \t]+(?P<joined>{TRAILING_POSTS}))?"
    r"(?=[ \t]*(?:[,;.]|\n|$)|[ \t]+(?:og|samt)[ \t]+[A-ZÆØÅ])"
)
# … or between two names of a run with no commas, closing the first one's entry (`role_bare_title_runs`)
RUN_POST = re.compile(
    rf"{NAME_BRACKET_ON_LINE}[ \t]+(?P<role>{TRAILING_POSTS})"
    rf"(?:[ \t]+{JOINER}[ \t]+(?P<joined>{TRAILING_POSTS}))?[ \t]+"
)
# the gap between a name and a post that closes its entry: a bracket (a party) and spaces, nothing else
TRAILING_GAP = re.compile(rf"{NAME_BRACKET_ON_LINE}[ \t]+")


def trailing_title(s: Sentence, r: Reading) -> None:
    """ "Hans Jensen formand, Lise Holm …": the post after the name, in its entry's list; "Jens Hansen formand Ole
    Berg Anne Holm kasserer": a post before the next name of a run that prints posts after names
    (`role_bare_title_runs`)."""
    match = TRAILING_TITLE.match(r.after)
    if match is None and r.i + 1 in s.titles_of_previous:
        match = RUN_POST.fullmatch(s.text, r.p.end, s.here[r.i + 1].start)
    if match is None:
        return
    target = s.body if s.body is not None else s.chair(r.p.start)
    if target is not None:
        s.add(r.p, " ".join(role_of_word(match["role"]).split()), target)
        if match["joined"] is not None:
            s.add(r.p, " ".join(role_of_word(match["joined"]).split()), target)


def closes_previous_entry(s: Sentence, r: Reading, title_at: int) -> bool:
    """Whether the post at title_at, before this name, closes the entry of the name before it ("Hans Jensen
    formand, Lise Holm": Hans Jensen's)."""
    if r.i == 0:
        return False
    previous = s.here[r.i - 1]
    closing = TRAILING_TITLE.match(s.text, previous.end)
    if closing is None:
        return False
    # "Hans Jensen formand og kasserer, Lise Holm": the joined post closes Hans Jensen's entry too
    return TRAILING_GAP.fullmatch(s.text, previous.end, title_at) is not None or title_at == closing.start("joined")

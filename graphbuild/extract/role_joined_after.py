"""Two titles joined after a name (read by `role_entry_titles`, `role_meeting_posts`, `role_trailing_titles`; a
guard of `role_title_before`, `role_body_before` and `role_flattened_runs`): "Jens Hansen, formand og kasserer, Ole
Olsen", "Jens Hansen (formand & kasserer)", "Jens Hansen (formand og referent)", "Hans Jensen formand og kasserer,
Lise Holm", "Jens Hansen, direktør og sekretær for bestyrelsen, Ole Olsen": the title joined by "og", "samt" or "&"
to the title after the name is that name's too, not the next name's. Not where the second title runs on into the
next name ("Jens Hansen, formand og næstformand Ole Olsen"), nor where a comma parts the two ("siger Jens Hansen,
formand, og borgmester Ole Olsen"), nor a title before each name ("formand Ole Olsen og næstformand Jens Hansen")."""

from __future__ import annotations

import re

from graphbuild.extract.role_patterns import ROLE_WORDS

JOINER = r"(?:og|samt|&)"
# the first title and its joiner, right before the second: "formand og "
JOINED_TITLE = rf"(?:(?:{ROLE_WORDS})[ \t]+{JOINER}[ \t]+)"
# … the first title with its body: "borgmester i Odder Kommune og "
JOINED_TITLE_WITH_BODY = (
    rf"(?:(?:{ROLE_WORDS})(?:[ \t]+(?:i|for|på|ved|hos|af)[ \t]+[^,.;:()\n]{{1,60}}?)?[ \t]+{JOINER}[ \t]+)"
)
# the gap from a name to the title after "og": the name's own title after its comma or dash, then the joiner
JOINED_GAP = re.compile(
    rf"(?:[ \t]*\([^()\n]{{1,40}}\))?[ \t]*(?:,|[ \t][-–])[ \t]*{JOINED_TITLE_WITH_BODY}", re.IGNORECASE
)
# the second title right after the first, closing the entry: "og kasserer, NAME2", "& kasserer)", "og kasserer⏎",
# "og borgmester (A)"
JOINED_AFTER = re.compile(
    rf"[ \t]+{JOINER}[ \t]+(?P<role>{ROLE_WORDS})(?![\wæøå-])"
    r"(?=[ \t]*(?:[,.;)\n]|$)|[ \t]*\((?-i:[A-ZÆØÅ])[^()\n]{0,40}\))",
    re.IGNORECASE,
)

# … or running on into the next name of a run of "name, title" entries flattened onto a line, whose title before it
# closes the entry before (`role_flattened_runs`): "Kristine Schmidt, formand og kasserer Gert Jensen, Personalechef"
JOINED_BEFORE_NEXT = re.compile(rf"[ \t]+{JOINER}[ \t]+(?P<role>{ROLE_WORDS})[ \t]+", re.IGNORECASE)


def joined_to_previous(text: str, previous_end: int, title_at: int) -> bool:
    """Whether the title at title_at is joined by "og", "samt" or "&" to the title after the name ending at
    previous_end (that name's entry: "Jens Hansen, formand og kasserer, …")."""
    return JOINED_GAP.fullmatch(text, previous_end, title_at) is not None


def joined_after(text: str, at: int, hi: int, next_name_at: int | None = None) -> re.Match[str] | None:
    """The second title joined to the title after a name ending at at, if it closes the entry, or if it runs on into
    the next name at next_name_at (given where that name's title before it is the name before's)."""
    if not text.startswith((" ", "\t"), at):
        return None
    joined = JOINED_AFTER.match(text, at, hi)
    if joined is None and next_name_at is not None:
        joined = JOINED_BEFORE_NEXT.fullmatch(text, at, next_name_at)
    return joined

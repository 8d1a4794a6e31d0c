"""An election's result printed in its item line, after the election's heading or the post's word and a colon, with
nothing under the line: "1. Valg af ordstyrer: Silja Smith.", "2. Referent: Peter Todsen." (the written rule's
election, "also its result printed as a list of names and posts"); read by `outcome_decision` as the item's decision
text, the elected's names, which `outcomes` reads as an election's result, approved.
"""

from __future__ import annotations

import re

from graphbuild.extract.outcome_prose import ELECTION_TITLE, NAME_ALONE, after_title
from graphbuild.vocab.reference import first_names

# a post the minutes fill for the meeting or the board, its word alone as the heading ("Referent: Peter Todsen")
_ELECTED_POST = re.compile(
    r"(?i)(?:næst)?formand|kasserer|sekretær|referent|ordstyrer|dirigent|revisor(?:suppleant)?|stemmetællere?"
)
# the heading before the colon: a few words, no full stop ("Valg af ordstyrer", "Referent")
_HEADING_COLON = re.compile(r"^([^:.\n]{2,60}?)[ \t]*:[ \t]*(?=\S)")
# the names of a list: "Carina og Vita", "Anna, Bo og Eva"
_NAME_SEPARATOR = re.compile(r"\s*,\s*|\s+og\s+")


def _names_after_heading(title: str) -> tuple[str, int] | None:
    """The names an item line prints after an election's heading or a post's word and a colon, and where they start;
    every name opening with a known first name ("Silja Smith", not "Forslag fra bestyrelsen", "Orientering")."""
    head = _HEADING_COLON.match(title)
    if head is None:
        return None
    heading = head[1].strip().lower()
    if not (ELECTION_TITLE.match(heading) or _ELECTED_POST.fullmatch(heading)):
        return None
    names = title[head.end() :].strip().rstrip(".").rstrip()
    if not NAME_ALONE.fullmatch(names) or ":" in names:
        return None
    known = first_names()
    if not all(name.split()[0] in known for name in _NAME_SEPARATOR.split(names) if name):
        return None
    return names, head.end()


def elected_in_title(title: str) -> bool:
    """The item's line prints an election's result after its heading and a colon ("Valg af ordstyrer: Silja Smith")."""
    return _names_after_heading(title.strip()) is not None


def elected_in_line(item_text: str, offset: int, title: str) -> tuple[str | None, int]:
    """The elected's names an item line prints after its heading and a colon, and their offset, where nothing stands
    under the line (a text under it is read by the other readers); else (None, -1)."""
    found = _names_after_heading(title) if title else None
    at = item_text.find(title) if found else -1
    if found is None or at < 0 or after_title(item_text, title).strip():
        return None, -1
    names, start = found
    return names, offset + at + start

"""An unknown first name that opens a list of first names only, read by ``attendance_first_names``: "Deltagere:
Ege, Michael, Dorte, Betty, Ole, Alex, Mette". A first name the name lists do not know is already read among
known ones ("Allan, Anna, Hial, Hanne"); as the list's first entry the entries after it say the same: the next
entry is a known first name alone, and another entry follows it (a comma or "og"), so the list is one of first
names. Guards: the word must be shaped as a first name (the caller's ``_first_name_like``: no place, post,
surname or word the document writes in lower case), and the next entry a known first name, so a list of clubs or
teams ("Tilstede: Fodbold, Håndbold, Gymnastik") opens none."""

from __future__ import annotations

import re

from graphbuild.vocab.reference import first_names

# after the first entry's word: its comma, the next entry (one word) and that entry's own separator
_NEXT_LONE_ENTRY = re.compile(r"[ \t]*,[ \t]*(?P<next>[A-ZÆØÅ][a-zæøåé]+)[ \t]*(?:,|og[ \t])")


def opens_first_names(text: str, word_end: int, rows_before: int) -> bool:
    """Whether the word ending at ``word_end``, the list's first entry (``rows_before`` is 0), is followed by a
    known first name alone that another entry follows."""
    if rows_before:
        return False
    after = _NEXT_LONE_ENTRY.match(text, word_end)
    return after is not None and after["next"] in first_names()

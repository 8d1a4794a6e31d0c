"""A first name written as initials only, where a flattened list opens an entry, read by
``attendance_names.split_run``: "… René Larsen Langeland Kommune H.C. Rasmussen Langeland Kommune …",
"Øvrige: Direktør H. C. Bonde Afdelingsleder …". Two initials or more, joined ("H.C.", "C.C.") or spaced
("H. C."), then a surname the surname list knows as written: the entry's name. The word reader opens a name
only at a known first name, so such an entry was lost.

Guards: the entry must open where one does (the run's first word, right after the name read before it, after
a municipality's "Kommune" or after a post's word), so a middle name's initials ("Peter H.S. Kristensen") stay
the name before's and a sentence's "om H.C. Andersen Airport" opens none; one initial alone opens none; a
genitive or a word no surname list holds after the initials ("H.C. Branners Vej", "C. V. Bramsnæs Legat")
gives none."""

from __future__ import annotations

import re

from graphbuild.vocab.person_names import ROLE_WORDS
from graphbuild.vocab.reference import last_names

# "H.C.", "C.C.", "J.-P.": two initials or more in one token
_JOINED = re.compile(r"[A-ZÆØÅ]\.(?:-?[A-ZÆØÅ]\.)+")
# "H.", "C.": one initial, two of which in a row spell a first name
_ONE = re.compile(r"[A-ZÆØÅ]\.")
# the words after which a flattened list's next entry opens: a municipality's or a region's word
_ENTRY_AFTER = frozenset({"Kommune", "Kommunes"})


def _opens_entry(words: list[str], i: int, after_hit: bool) -> bool:
    if i == 0 or after_hit:
        return True
    before = words[i - 1].rstrip(",;:")
    return before in _ENTRY_AFTER or before.lower() in ROLE_WORDS


def initials_first_end(words: list[str], i: int, after_hit: bool) -> int | None:
    """The end (a word index, exclusive) of a name opening at ``words[i]`` with a first name of initials only
    ("H.C. Rasmussen", "H. C. Bonde"), or None. ``after_hit``: the word before ended the name read last."""
    if not _opens_entry(words, i, after_hit):
        return None
    if _JOINED.fullmatch(words[i]):
        surname = i + 1
    elif i + 1 < len(words) and _ONE.fullmatch(words[i]) and _ONE.fullmatch(words[i + 1]):
        surname = i + 2
    else:
        return None
    if surname >= len(words) or words[surname].rstrip(",;") not in last_names():
        return None
    return surname + 1

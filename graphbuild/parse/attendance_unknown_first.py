"""A name whose first name the name lists do not know, where a run of names a PDF flattened with no separator opens
an entry: "… Palle S. Madsen Käthe Pedersen David Jennow …", "Fra Naturstyrelsen deltog: Camila Brask Lentz Mette
Marcker Christiansen", "Deltagere Vini Lindhardt Slagelse Christian Harsløf Roskilde". The word-by-word reader
(``attendance_names.split_run``) opens a name only at a known first name, so such a name was dropped, or its
surname taken as the next name's first word.

The shape read: an entry's start (the run's first word after a label or at a line's start, or the word right after
the name read before it), a capitalised word neither list knows, then one or two surnames the surname list knows,
then the next entry's known first name, a municipality (whom the member comes for) or the run's end. Guards: the
unknown word is no municipality, no genitive ("Københavns"), no post's noun ("Observatør"), no word the document also
writes in lower case (a common noun: "Direkte", "Sekretariat"), nor one the caller reads as a heading; the words
together pass ``attendance_names.person_name`` (no body's, association's or title's word)."""

from __future__ import annotations

import re
from collections.abc import Callable

from graphbuild.vocab.person_names import (
    POST_ENDING,
    is_municipality,
    listed_first_name,
    municipality_names,
    surname_like,
    written_in_lower_case,
)
from graphbuild.vocab.reference import last_names

# a capitalised word of letters alone, a hyphen inside allowed ("Marie-Luise"), three letters or more
_WORD = re.compile(r"[A-ZÆØÅ][a-zæøåéèáàíóúüöäëïç]{2,}(?:-[A-ZÆØÅ][a-zæøåéèáàíóúüöäëïç]+)?")
# the endings of the nouns that name a post ("Observatør", "Repræsentant", "Referent", "Politiker")
_MOST_SURNAMES = 2  # "Camila Brask Lentz": the surnames after the unknown first name


def unknown_first_name_end(text: str, words: list[str], i: int, is_name: Callable[[list[str]], bool]) -> int | None:
    """The index after the last word of the name that opens at ``words[i]`` with a first name the lists do not know
    ("Käthe" before "Pedersen"), or None when the words there are no such name. The caller asks only where an entry
    starts; ``text`` is the document, for the test of a common noun; ``is_name`` the caller's test of a name's words
    (``attendance_names.person_name``: no body's, association's or title's word)."""
    head = words[i]
    if (
        head in ("Kommune", "Region")
        or not _WORD.fullmatch(head)
        or listed_first_name(head)
        or surname_like(head)
        or head.endswith("s")
    ):
        return None
    if POST_ENDING.search(head) or head.lower() in municipality_names() or is_municipality(head):
        return None
    k = i + 1
    while k < len(words) and k - i <= _MOST_SURNAMES:
        word = words[k].rstrip(",;")
        if word not in last_names() or not _WORD.fullmatch(word) or (listed_first_name(word) and k > i + 1):
            break  # "Camila Brask Mette …": a first name after the first surname opens the next entry
        k += 1
        if word != words[k - 1]:
            break  # "Torkil Christensen, …": the comma ends the name
    if k == i + 1:
        return None  # no known surname after it
    if k < len(words) and words[k - 1] == words[k - 1].rstrip(",;") and not _entry_follows(words[k]):
        return None  # the next entry's first name, whom the member comes for, or a bracket or dash must follow
    if not is_name([w.rstrip(",;") for w in words[i:k]]) or written_in_lower_case(text, head.lower()):
        return None
    return k


def _entry_follows(word: str) -> bool:
    """``word`` after a name opens the next entry ("David"), names whom the member comes for ("Slagelse"), or
    opens a bracket or a dash that says more of the name before ("(A)", "-")."""
    return (
        listed_first_name(word.rstrip(",;")) or word.lower().rstrip(",;") in municipality_names() or word[:1] in "(-–"
    )

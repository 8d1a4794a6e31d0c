"""A name's right edge: a last word after a name the document also prints without it, a word no name
list knows and not shaped like a surname, is the next field's, heading's or place's word, not the
name's ("ref. Ole Bjerre Jakobsen Sagsnr./Dok.nr" beside "Ole Bjerre Jakobsen,"; "Per Stig Sørensen
Bemærkninge r" beside "Per Stig Sørensen,"; "Søren Strandgaard Ærø kommune")."""

from __future__ import annotations

from collections.abc import Sequence

from graphbuild.vocab.person_names import surname_like
from graphbuild.vocab.reference import first_names, last_names


def _not_a_surname(word: str) -> bool:
    return word not in first_names() and word not in last_names() and not surname_like(word.partition("-")[0])


def tail_words_left_out(people: Sequence[tuple[int, str]]) -> dict[int, str]:
    """Of one document's names (start, name), those that lose a last word the document prints the name
    without, by their index: the name without it."""
    names = {name for _, name in people}
    out = {}
    for index, (_, name) in enumerate(people):
        head, _, tail = name.rpartition(" ")
        if " " in head and head in names and _not_a_surname(tail):
            out[index] = head
    return out

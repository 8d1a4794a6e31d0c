"""A name's last word the document also writes in lower case, a common noun or a verb run on after the name, left
out: "… til Anne-Marie og Svend Erik Pedersen Kommuneplantillæg: Skive Midtby" (a flattened contents list's next
title, "kommuneplantillæg" in its text), "Mette Orienterer om arbejde med legeplads" (a line's verb capitalised,
which leaves a first name alone: no name). Only a word no name list knows and not shaped like a surname ("-sen", a
hyphen): "Jens Bonde", whose "bonde" the text may also write, keeps the surname the list knows."""

from __future__ import annotations

from collections.abc import Sequence

from graphbuild.vocab.person_names import surname_like, written_in_lower_case

# a surname that is also a common noun is short ("Bonde", "Smed", "Fisker", "Skov", "Vinter"): a word of eight
# letters or more the text writes in lower case is a compound noun or a verb ("Kommuneplantillæg", "Orienterer")
_LONGEST_NOUN_SURNAME = 8


def lower_case_tails_left_out(text: str, people: Sequence[tuple[int, str]]) -> dict[int, str]:
    """Of one document's names (start, name), those whose last word the text also writes in lower case, by their
    index: the name without it (one word: no name left)."""
    out: dict[int, str] = {}
    for index, (_, name) in enumerate(people):
        head, _, tail = name.rpartition(" ")
        if (
            head
            and len(tail) >= _LONGEST_NOUN_SURNAME
            and tail.isalpha()
            and tail[0].isupper()
            and not surname_like(tail)
            and written_in_lower_case(text, tail.lower())
        ):
            out[index] = head
    return out

"""A name's last word cut short with a full stop that ends no sentence, left out: an abbreviation run on after the
name on a flattened line, "Jacob Salvig Turisterhv. - Naturama …" (a workplace's word), "Christian Høgsbro Adm.
direktør" (a title's qualifier): the full stop is followed by a lower-case word, a dash or a number, as a sentence's
end never is. Only a word of three letters or more that no name list knows and not shaped like a surname ("-sen", a
hyphen), nor a first name's abbreviation ("Chr.", "Joh."), and only when two words or more stay."""

from __future__ import annotations

import re
from collections.abc import Sequence

from graphbuild.vocab.person_names import NAME_ABBREVIATIONS, surname_like

# the full stop after the name and what follows it on its line: a lower-case word, a dash, a number
_CUT_SHORT = re.compile(r"\.[ \t]+(?:[a-zæøå]|[-–][ \t]|\d)")
_SHORTEST = 3
_NAME_ABBREVIATIONS = frozenset(NAME_ABBREVIATIONS)


def abbreviated_tails_left_out(text: str, people: Sequence[tuple[int, str]]) -> dict[int, str]:
    """Of one document's names (end, name), those whose last word is an abbreviation cut short by a full stop that
    ends no sentence, by their index: the name without it."""
    out: dict[int, str] = {}
    for index, (end, name) in enumerate(people):
        if not _CUT_SHORT.match(text, end):
            continue
        head, _, tail = name.rpartition(" ")
        if (
            " " in head
            and len(tail) >= _SHORTEST
            and tail.isalpha()
            and tail[0].isupper()
            and tail not in _NAME_ABBREVIATIONS
            and not surname_like(tail)
        ):
            out[index] = head
    return out

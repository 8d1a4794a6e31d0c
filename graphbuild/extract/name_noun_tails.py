"""A name's last word shaped like a common noun, the next field's or an organisation's word run on after the name, left
out: a word of eight letters or more that no name list knows, ending as a noun in the definite or a derived noun does
("Peter Thor Andersen Øhavsmuseerne", "Christian Ulrich Landbruget", "Marie Staun Friluftsrådet", "Svend Erik Pedersen
Kommuneplantillæg"), or a compound joined by a hyphen to a word in lower case ("Christian Buch Sørensen Lions-sagen").
No surname the lists know ends so (a surname that is a noun is short: "Bonde", "Skov"); a surname the lists know, a
first name, a "-sen" or "-gaard" surname and a double surname ("Wille-Jørgensen", "Christensen-udvalget" whose head is
a surname) stay."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from graphbuild.vocab.person_names import surname_like
from graphbuild.vocab.reference import first_names, last_names

# the shortest noun-shaped word read as no surname (as `name_lower_tail`'s)
_SHORTEST = 8
# how a noun in the definite, a plural or a derived noun ends: "-et" (the neuter's definite: "Friluftsrådet",
# "Landbruget", "Biblioteket", "Seminariet"; no surname the lists know of eight letters or more ends so), "-ingerne",
# "-eerne" (the plural's definite; not any "-erne": "Gyldenkerne" is a surname), "-ningen"/"-ninger", "-elser",
# "-heden", "-skab", "-tillæg", a derived noun in "-else" ("Indholdsfortegnelse", "Godkendelse"; no surname the lists
# know ends so) or "-ering" ("Orientering"), a club's, an archive's, a trade's, a pit's or a sport's ("Volleyklub",
# "Lokalarkiv", "Landbrug", "Grusgrav", "Volleyball", "Håndbold"), and a compound's common definite head ("-foreningen",
# "-sagen", "-gruppen", "-tionen")
_NOUN_ENDING = re.compile(
    r"(?:et|ingerne|eerne|ningen|ninger|else|elser|ering|klub|arkiv|brug|grav|ball|bold|heden|skab|tillæg|foreningen"
    r"|sagen|gruppen|tionen|tioner)$"
)
# a compound with a hyphen whose second part is in lower case ("Lions-sagen", "KL-undersøgelse")
_LOWER_COMPOUND = re.compile(r"^(?P<head>[A-ZÆØÅ][\w]*)-[a-zæøå]{4,}$")


@lru_cache(maxsize=1 << 14)
def noun_shaped(word: str) -> bool:
    """Whether a capitalised word is shaped like a common noun and no name: not a name the lists know, not a
    surname's form."""
    compound = _LOWER_COMPOUND.match(word) if "-" in word else None
    if compound is None and (len(word) < _SHORTEST or _NOUN_ENDING.search(word) is None):
        return False  # the word's shape alone first: most words end no noun
    if word in first_names() or word in last_names():
        return False
    if compound is not None:
        head = compound["head"]
        return head not in first_names() and head not in last_names() and not surname_like(head)
    return word.isalpha() and not surname_like(word)


def noun_tails_left_out(people: Sequence[tuple[int, str]]) -> dict[int, str]:
    """Of one document's names (start, name), those whose last word is shaped like a common noun, by their index: the
    name without it (one word: no name left)."""
    out: dict[int, str] = {}
    for index, (_, name) in enumerate(people):
        head, _, tail = name.rpartition(" ")
        if head and (len(tail) >= _SHORTEST or "-" in tail) and tail[:1].isupper() and noun_shaped(tail):
            out[index] = head
    return out

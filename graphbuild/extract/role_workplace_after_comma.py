"""The organisation a director or a chief works for, printed after a comma right after the titled name and closing the
entry, read by `role_title_before` before the title's default places: "Adm. direktør Carsten Nørland, Scandlines
Danmark", "Adm. Direktør Tommy Seeberg, Hydro Precision Tubing Europe og Borgmester …", "museumsdirektør Eskil Vagn
Olsen, Museum Vestsjælland." — the entry of a board list or an apposition prints the workplace where a municipality
would stand ("Direktør NAME, Holstebro Kommune", which `role_sentence.Reading.after_from` reads already). Only a
director's or a chief's title (never a seat, a municipal title or a mayor's: their place is the body or the
municipality), only capitalised words that end the entry (the line's end, a full stop, "og" and the next entry), never
a name a person reader found there ("direktør NAME, Lise Holm og …"), nor a title ("…, Formand for X")."""

from __future__ import annotations

import re

from graphbuild.extract.role_facts import Target
from graphbuild.extract.role_patterns import NAME_BRACKET_ON_LINE, ROLE_WORDS
from graphbuild.extract.role_sentence import Reading, Sentence
from graphbuild.extract.role_targets import chief
from graphbuild.extract.role_titles import named_target

_CAPITALISED = r"(?-i:[A-ZÆØÅ])[\wæøåÆØÅ.'’/-]*"
# a word of the name, a compound's first part joined by "og" to the next ("Erhvervs- og Byggestyrelsen")
_WORD = rf"(?:{_CAPITALISED}(?<=-)[ \t]+og[ \t]+{_CAPITALISED}|{_CAPITALISED})"
# ", Scandlines Danmark" closing the entry: up to five capitalised words ("&" between two), then the line's end, a
# full stop or a semicolon before the next sentence (never an abbreviation's: "Tlf. 7012 3456"), "og" and the next
# entry, or a comma and the sentence's words in lower case ("…, Social- og Sundhedssekretariatet, er indbudt"; never
# "og" after it, which runs on a list of the name's affiliations: "naturvejleder NAME, Nykøbing, og kunstner")
WORKPLACE_AFTER_COMMA = re.compile(
    rf"{NAME_BRACKET_ON_LINE}[ \t]*,[ \t]*(?P<body>{_WORD}(?:[ \t]+(?:&[ \t]+)?{_WORD}){{0,4}})"
    r"(?<!-)(?=[ \t]*(?:[.;]?[ \t]*(?:\n|$)|[.;][ \t]+(?-i:[A-ZÆØÅ])"
    r"|,[ \t]+(?!og[ \t]|samt[ \t])(?-i:[a-zæøå])|[ \t]og[ \t]))"
)
_TITLE_OPENS = re.compile(rf"(?:{ROLE_WORDS})(?![\wæøå])", re.IGNORECASE)


def workplace_after_comma(s: Sentence, r: Reading, role: str) -> Target | None:
    """The organisation a director's or a chief's entry closes with after the name's comma; else None."""
    if r.after_from is not None or not chief(role):
        return None
    found = WORKPLACE_AFTER_COMMA.match(r.after)
    if found is None:
        return None
    start = r.p.end + found.start("body")
    end = start + len(found["body"].rstrip("."))
    if any(start <= p.start < end for p in s.here) or _TITLE_OPENS.match(found["body"]):
        return None  # "direktør NAME, Lise Holm og …", "…, Formand for X": another entry, not a workplace
    # a mention that starts inside is a part of the name ("Nielsen Holding A/S" in "Nielsen & Nielsen Holding A/S")
    return named_target(s.text, start, end, [m for m in s.orgs if m.start == start])

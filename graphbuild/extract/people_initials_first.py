"""A surname the names list knows after initials in place of first names, "samt Chr. Olesen som observatør", "H.C.
Rasmussen Langeland Kommune", "Husejer C. Frandsens Alderdomsfond": a person, read where no person is (the people
reader reads a name's initials only after a first name or in a structured place). The initials are one to three
capitals each with its full stop ("C.", "H.C.", "H. C.") or a first name's abbreviation ("Chr.", "Kr."); a genitive's
"s" is left out when the list knows the surname without it. Never a longer name's part (a capitalised word or an
initial right before it on its line: "Gert R. Jepsen" is read whole already), never before a street's, a company's
or another capitalised word that is no municipality ("H.C. Andersens Boulevard", "A.P. Møller Fonden"), never a
surname that is also a word, short and in no surname's form ("E. Grøn kirke", "A. Bonde"), nor after a first name
written in lower case ("v/iben K. Nilsson")."""

from __future__ import annotations

import re

from graphbuild.extract.name_words import is_street_or_company
from graphbuild.extract.people import PersonMention
from graphbuild.vocab.person_names import NAME_ABBREVIATIONS, is_title_word, surname_shaped, written_in_lower_case
from graphbuild.vocab.reference import first_names, last_names, municipality_by_name

_INITIALS_NAME = re.compile(
    r"(?P<initials>[A-ZÆØÅ](?<![\wæøåÆØÅ.&/-].)(?:\.[ \t]?(?:[A-ZÆØÅ]\.[ \t]?){0,2}|(?:"
    + "|".join(f"(?<={short[0]}){short[1:]}" for short in NAME_ABBREVIATIONS)
    + r")\.[ \t]))[ \t]?(?P<surname>[A-ZÆØÅ][a-zæøå]+(?:-[A-ZÆØÅ][a-zæøå]+)?)(?![\wæøå-])"
    r"(?P<next>[ \t]+[A-ZÆØÅ][\wæøå-]*)?"
)
# a capitalised word or an initial right before on the line: the initials are a longer name's middle ("Gert R.")
_CAPITAL_BEFORE = re.compile(r"(?<![\wæøå])[A-ZÆØÅ](?:\.|[\wæøå-]*)[ \t]*$")
_WORD_BEFORE = re.compile(r"(?<![\wæøå])([a-zæøå]+)[ \t]+$")


def initials_first(text: str, people: list[PersonMention]) -> list[PersonMention]:
    """The people, with each known surname after initials read where no person was read, sorted by start."""
    if "." not in text:
        return people
    added: list[PersonMention] = []
    for match in _INITIALS_NAME.finditer(text):
        surname = _surname(match["surname"])
        if surname is None or written_in_lower_case(text, surname.lower()):
            continue
        following = (match["next"] or "").strip()
        if following and (following.lower() not in municipality_by_name() or is_street_or_company(following)):
            continue
        line_start = text.rfind("\n", 0, match.start()) + 1
        before = _CAPITAL_BEFORE.search(text, max(line_start, match.start() - 40), match.start())
        if before is not None and not _ends_a_field(before.group(0).strip()):
            continue
        word_before = _WORD_BEFORE.search(text, max(line_start, match.start() - 40), match.start())
        if word_before is not None and word_before.group(1).capitalize() in first_names():
            continue  # a first name in lower case before the initials: "v/iben K. Nilsson"
        end = match.end("surname") - (len(match["surname"]) - len(surname))
        if any(p.start < end and match.start() < p.end for p in people):
            continue
        name = " ".join(match["initials"].split()) + " " + surname
        added.append(PersonMention(match.start(), end, name))
    return sorted([*people, *added], key=lambda p: p.start) if added else people


def _ends_a_field(word: str) -> bool:
    """A capitalised word before the initials that no name goes on from: a municipality's, "Kommune" (a flattened
    list's last entry's seat: "… Langeland Kommune H.C. Rasmussen") or a title ("Husejer", "Direktør")."""
    return (
        word == "Kommune"
        or word.lower() in municipality_by_name()
        or is_title_word(word)
        or is_title_word(word.lower())
    )


def _surname(word: str) -> str | None:
    """The surname the list knows in a surname's form, the word or its genitive's stem ("Frandsens" for "Frandsen"),
    or None: a short surname that is also a word ("E. Grøn kirke", "A. Bonde") is none."""
    for surname in (word, word[:-1] if word.endswith("s") else ""):
        if surname in last_names() and surname_shaped(surname):
            return surname
    return None

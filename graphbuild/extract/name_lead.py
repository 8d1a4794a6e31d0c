"""A name's left edge: a word no name list knows, standing before a known first name, is not part of
the name ("Psykiatri Kristian Baden", "Byrådsmøde Johnny Søtrup", "Apex Anna Marie Fisker", "Da Leon
Sebbelin"): it is a heading, an organisation or a sentence's first word, and the name starts at the
first name. The document itself decides the exception: a word that opens another of its names with a
word that is not a known first name, or that it prints before a middle initial, is a first name the lists do not know
("Ovidiu George Nechitoi" beside "Ovidiu G. Neuhitoi")."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from graphbuild.vocab.reference import first_names, last_names

_LEAD_WORD = re.compile(r"\S+\s+")
_INITIAL_AFTER = re.compile(r"[ \t]+[A-ZÆØÅ]\.")  # " G.": a middle initial after a word


def _lead_word(name: str) -> str | None:
    """The first word of a name of three or more words when it is unknown and a known first name follows."""
    words = name.split(" ")
    if len(words) < 3 or words[1] not in first_names():
        return None
    lead = words[0]
    return None if lead in first_names() or lead in last_names() or lead.endswith(".") else lead


def _before_initial(text: str, word: str) -> bool:
    """Whether the document prints the word before a middle initial somewhere ("Ovidiu G. Neuhitoi"):
    a first name (asked only of the rare unknown words before a first name). What ``(?<![\\w-])WORD[ \\t]+[A-ZÆØÅ]\\.``
    finds, read with str.find and one pattern compiled once (a pattern per word is compiled anew for nearly every
    word)."""
    at = text.find(word)
    while at >= 0:
        glued = at > 0 and (text[at - 1].isalnum() or text[at - 1] in "_-")  # a word's character or "-" before it
        if not glued and _INITIAL_AFTER.match(text, at + len(word)) is not None:
            return True
        at = text.find(word, at + 1)
    return False


def lead_words_left_out(
    text: str, people: Sequence[tuple[int, str]], titled: Collection[int] = ()
) -> dict[int, tuple[int, str]]:
    """Of one document's names (start, name), those that lose an unknown word before a known first name,
    by their index: the start and the name without it, unless the document shows the word is a first
    name. ``titled``: the indexes of names a title stands right before ("museumsdirektør Eskil Vagn
    Olsen"): a name's place, so their first word is no heading's or sentence's word and is kept."""
    leads = {name: lead for _, name in people if (lead := _lead_word(name)) is not None}
    if not leads:
        return {}
    # words that open a name of the document with something other than a known first name: first names
    opening_names = set()
    for _, name in people:
        first, _, rest = name.partition(" ")
        if rest.split(" ", 1)[0] not in first_names():
            opening_names.add(first)
    out = {}
    for index, (start, name) in enumerate(people):
        lead = leads.get(name)
        if lead is None or index in titled or lead in opening_names or _before_initial(text, lead):
            continue
        skip = _LEAD_WORD.match(text, start)
        if skip is not None:
            out[index] = (skip.end(), name.partition(" ")[2])
    return out

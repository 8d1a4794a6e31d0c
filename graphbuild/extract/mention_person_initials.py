"""The initials a document prints beside a person's name, read by `mention_organisations` so that an acronym written
so is no organisation: minutes that list who attended with each one's initials ("Heimo Dalsgaard – HD", "Henning
Thomsen, formand, (HT)", "Peter Zinckernagel, Rektor (PZ)", "Lars Køster Svendsen LK,", "Frands Hansen   (FH)") go on
to say "HD udfærdiger pressemeddelelse", and a title placed where the text named a body last must not be held in
"HD". The initials are the name's first letter, then some of its other words' first letters in order (each part of a
hyphened word one: "Lars Køster Svendsen LK", "Kenneth Højmark Bæk (KHB)"), the name's first word a first name; a
title between the name and the initials is one to three words after a comma. Never initials the name's words do not
spell ("Anders Banke (SF)": a party), nor a name the gazetteer knows (`mention_organisations`)."""

from __future__ import annotations

import re
from functools import lru_cache

from graphbuild.vocab.reference import first_names

# initials: two to four capitals closed by a bracket, a comma, a full stop or the line's end
_INITIALS = re.compile(
    r"[A-ZÆØÅ](?<![\wæøåÆØÅ-][A-ZÆØÅ])[A-ZÆØÅ]{1,3}(?![\wæøåÆØÅ-])(?=[ \t]*(?:[),.]|$))", re.MULTILINE
)
# what stands before them on their line: a name of two to four capitalised words, a title after a comma, then a dash,
# a bracket or blanks ("Heimo Dalsgaard – ", "Henning Thomsen, formand, (", "Peter Zinckernagel, Rektor (")
_NAME_BEFORE = re.compile(
    r"(?<![\wæøåÆØÅ.-])(?P<name>[A-ZÆØÅ][\wæøåé-]+(?:[ \t]+[A-ZÆØÅ][\wæøåé.-]*){1,3})"
    r"(?:,[ \t]*[\wæøåÆØÅ.-]+(?:[ \t]+[\wæøåÆØÅ.-]+){0,2}(?:[ \t]*,|(?=[ \t]*[(–-])))?"
    r"[ \t]*(?:[–-][ \t]*|\([ \t]*)?\Z"
)
_REACH = 80  # the characters before the initials their name and title stand in


@lru_cache(maxsize=2)  # the document's text, read once for all its segments
def initials_beside_names(text: str) -> frozenset[str]:
    """The initials the text prints beside a person's name that the name's words spell."""
    out = set()
    for match in _INITIALS.finditer(text):
        initials = match.group(0)
        if initials in out:
            continue
        line_start = text.rfind("\n", max(0, match.start() - _REACH), match.start()) + 1
        window = text[max(line_start, match.start() - _REACH) : match.start()]
        for before in _NAME_BEFORE.finditer(window):
            if before.end() != len(window):
                continue
            words = before["name"].split()
            # the name may open later in the run: "Bestyrelsen Henning Thomsen, formand, (HT)"
            for first in range(len(words) - 1):
                letters = [part[0] for word in words[first:] for part in word.split("-") if part]
                if words[first] in first_names() and _spelled(initials, letters):
                    out.add(initials)
                    break
    return frozenset(out)


def _spelled(initials: str, letters: list[str]) -> bool:
    """Whether the initials are the name's first letter and some of its other words' first letters, in order."""
    if initials[0] != letters[0]:
        return False
    rest = iter(letters[1:])
    return all(letter in rest for letter in initials[1:])

"""A meeting heading that names its body by initials before the meeting word: "Referat af OB-møde",
"Referat, FU-møde, d. 4. april 2023", "Referat af MR møde", "Dagsorden til LBR-møde". The body is the one
compound the text names whose parts begin with the two initials ("Organisationsbestyrelsesmøde": O, B), a
municipality's own abbreviation's body ("KB-møde": Kommunalbestyrelsen), else the initials themselves ("FU").

Only a heading: the kind of record opens the line, then a preposition or a comma, then the initials (two to five
capitals, a whole word) and "møde"; initials in a sentence ("vender tilbage på SR mødet"), an item's
heading ("HB-møde: Bodil refererede") or a meeting's medium ("TEAMS-møde") name no body."""

from __future__ import annotations

import re

from graphbuild.vocab.bodies import BODY_ABBREVIATIONS, indefinite_body_name, split_body_noun

_HEADING = re.compile(
    r"^[\s\d.\-–|•*#]*(?i:referat|dagsorden|(?:beslutnings)?protokol)\.?"
    r"(?:\s*,\s*|\s+(?i:af|fra|for|til)\s+(?i:det\s+)?|\s+)"
    r"(?P<initials>[A-ZÆØÅ]{2,5})(?:-|[ \t]+)(?i:møde(?:t)?)(?![\wæøå])"
)
# a meeting's medium or form written in capitals, never a body's initials
_NOT_A_BODY = frozenset({"TEAMS", "ZOOM", "SKYPE", "ONLINE", "NET", "TLF", "WEB"})
# a compound that ends in a body's word, its meeting word after it: "Organisationsbestyrelsesmøde"
_COMPOUND = re.compile(r"(?<![\wæøå-])(?P<name>[A-ZÆØÅa-zæøå][a-zæøå]{5,}?)(?:s?møde(?:t|r|rne)?)?(?![\wæøå-])")
_TEXT_REACH = 30000


def acronym_heading(line: str) -> str | None:
    """The initials a heading line names its meeting's body by, or None."""
    match = _HEADING.match(line)
    if match is None or match["initials"] in _NOT_A_BODY:
        return None
    return match["initials"]


def acronym_body(initials: str, text: str) -> str:
    """The body the initials stand for: a municipality's own abbreviation, the one compound in the text whose
    first part begins with the first initial and whose body word begins with the second, else the initials."""
    if initials in BODY_ABBREVIATIONS:
        return BODY_ABBREVIATIONS[initials]
    if len(initials) != 2:
        return initials
    first, second = initials[0].lower(), initials[1].lower()
    found: set[str] = set()
    for match in _COMPOUND.finditer(text, 0, _TEXT_REACH):
        name = match["name"]
        if name[0].lower() != first:
            continue
        head = split_body_noun(name)
        if head is None or head[0].lower() != second:
            continue
        found.add(indefinite_body_name(name[:1].upper() + name[1:].lower()))
    return found.pop() if len(found) == 1 else initials

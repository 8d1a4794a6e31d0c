"""The organisation a delegation's opening names, read by `roles` over every reader's facts: minutes that say who came
from another organisation open the list with it, "Fra Landbo Thy deltager formand Leif Gravesen, næstformand Søren
Tølbøll, … og afdelingsleder Michael Riss." (to the sentence's end) or "Fra Kystdirektoratet deltager:" over a line
an entry ("Niels Kristian Kvistgaard, Områdechef for kystbeskyttelse …"); a title printed with a name in that list
is held in that organisation, not in the meeting's body, its municipality or the body the text named last. Only a
title the readers held in none of the text's own (the meeting's body, the municipality, the document's unnamed body,
none yet): a body the entry names itself stays its. Never a municipality's title (a mayor is the municipality's),
a municipality, a person ("Fra Ole deltog"), a body's kind word alone, a municipality's own unit or department ("Fra
Center for Sundhed deltager", "Fra Teknik og Miljø deltog": its staff is the municipality's) nor a lower-case group
("Fra administrationen deltog")."""

from __future__ import annotations

import re

from graphbuild.extract.people import PersonMention
from graphbuild.extract.role_facts import PENDING, UNPLACED, RoleFact, held_in
from graphbuild.extract.role_lower_bodies import GENERIC_BODY
from graphbuild.extract.role_patterns import is_municipal
from graphbuild.extract.role_unnamed import UNNAMED
from graphbuild.parse.lines import end_of_line, start_of_line
from graphbuild.vocab import ids
from graphbuild.vocab.municipality_names import municipality_named
from graphbuild.vocab.reference import first_names

_WORD = r"[A-ZÆØÅ][\wæøåÆØÅ&-]*"
# "Fra Landbo Thy deltager", "Fra Kystdirektoratet deltager:", "fra Rådet for Etniske Minoriteter deltog" (the
# look-behind after the first letter: a pattern that opens with a letter is scanned for at C speed)
_OPENING = re.compile(
    rf"[Ff](?<![\wæøå][Ff])ra[ \t]+(?P<name>{_WORD}(?:[ \t]+(?:(?:og|for|i|af)[ \t]+)?{_WORD}){{0,4}})[ \t]+"
    r"(?:deltager|deltog)(?:[ \t]+følgende)?(?P<colon>[ \t]*:)?[ \t]*"
)
# a sentence's end, never a name's initial ("Anne V. Kristensen"): a full stop before blanks or the line's end
_SENTENCE_END = re.compile(r"(?<![ \t][A-ZÆØÅ])\.(?=[ \t]|$)|\n", re.MULTILINE)
# a municipality's own unit, whose staff is the municipality's: "Fra Center for Sundhed deltager", "Fra Forvaltningen"
_MUNICIPAL_UNIT = re.compile(
    r"(?:Forvaltning|Afdeling|Cent(?:er|ret)|Sekretariat|Administration|Direktion|Stab|Team|Enhed|Kommune)(?:en|et|n)?\b"
)
# a department named by its areas alone: "Teknik og Miljø", "Børn, Unge og Familie"
_AREAS = re.compile(r"[A-ZÆØÅ][a-zæøå-]+(?:,[ \t]+[A-ZÆØÅ][a-zæøå-]+)*[ \t]+(?:og|&)[ \t]+[A-ZÆØÅ][a-zæøå-]+")
_MAX_LINES = 12  # the entries a heading's list holds at most


def held_by_the_delegation(
    text: str, people: list[PersonMention], found: list[RoleFact], own: set[str]
) -> list[RoleFact]:
    """The facts found, a title printed in a delegation's list held in the organisation its opening names where the
    readers held it in `own` (the ids of the meeting's body and municipality) or in no body yet."""
    if "deltag" not in text:
        return found
    delegations = _delegations(text, people)
    if not delegations:
        return found
    out: list[RoleFact] = []
    for fact in found:
        organisation = next((name for lo, hi, name in delegations if lo <= fact.person.start < hi), None)
        if organisation is not None and _of_the_texts_own(fact, own):
            fact = held_in(fact, (ids.organization_id(organisation), organisation, "Organization"))
        out.append(fact)
    return out


def _of_the_texts_own(fact: RoleFact, own: set[str]) -> bool:
    if fact.role is None or is_municipal(fact.role) or fact.target == PENDING[0]:
        return False
    return fact.target in own or fact.target == UNPLACED[0] or fact.target_name.startswith(UNNAMED)


def _delegations(text: str, people: list[PersonMention]) -> list[tuple[int, int, str]]:
    """Each delegation's list, where it starts and ends, and the organisation its opening names."""
    out = []
    for opening in _OPENING.finditer(text):
        name = " ".join(opening["name"].split())
        if not _an_organisation(name):
            continue
        if opening["colon"] is None:
            end = _SENTENCE_END.search(text, opening.end())
            out.append((opening.end(), end.start() if end else len(text), name))
        else:
            out.append((opening.end(), _entries_end(text, opening.end(), people), name))
    return out


def _an_organisation(name: str) -> bool:
    words = name.split()
    return not (
        words[0] in first_names()
        or municipality_named(name) is not None
        or words[-1] in ("Kommune", "Kommunes")
        or GENERIC_BODY.fullmatch(name) is not None
        or _MUNICIPAL_UNIT.match(name) is not None
        or _AREAS.fullmatch(name) is not None
    )


def _entries_end(text: str, at: int, people: list[PersonMention]) -> int:
    """Where the entries under a heading ending at `at` end: its lines, blank ones between, each opening with a name."""
    starts = {start_of_line(text, p.start) for p in people if text[start_of_line(text, p.start) : p.start].strip(
        " \t•*·–-") == ""}  # fmt: skip
    end = at
    pos = end_of_line(text, at) + 1 if text[at : end_of_line(text, at)].strip() == "" else at
    for _ in range(_MAX_LINES * 2):
        if pos >= len(text):
            break
        line_end = end_of_line(text, pos)
        if text[pos:line_end].strip():
            if pos not in starts:
                break
            end = line_end
        pos = line_end + 1
    return end

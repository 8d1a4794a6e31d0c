"""A chair named by its post (read by `roles`): "Formand for KD-Net er kommunaldirektør Karsten Bundgaard",
"Næstformand er borgmester John Engelhardt fra Glostrup Kommune", "Næstformændene er A, X Kommune, og B",
"Formandsposten besættes i 2023-2025 af Frands Fischer", "Næstformandskabet i KOSU varetages af …"; a post with
no body named is the chair of the body the step says an unnamed chair chairs there."""

from __future__ import annotations

import re

from graphbuild.extract.role_clauses import dates_of
from graphbuild.extract.role_facts import Target
from graphbuild.extract.role_lower_bodies import lower_case_body
from graphbuild.extract.role_patterns import ROLE_WORDS, TITLE_BEFORE
from graphbuild.extract.role_sentence import Sentence, ending, next_mention
from graphbuild.extract.role_targets import CHAIRSHIP
from graphbuild.extract.word_gate import gated

# a place's title before the name: "næstformand bliver Gentoftes borgmester Michael Fenger"
PLACE_GENITIVE = r"(?-i:[A-ZÆØÅ][\wæøå-]*s)"
CHAIR_IS = gated(
    re.compile(
        r"\b((?:næst)?form(?:and|ænd))(?:en|ene|enes|sposten|skabet)?"
        # the body's name holds no comma and no bracket: "Formanden for X er A (V), borgmester på Nordfyn, og
        # næstformanden er B" names B næstformand, not a body "X er A (V), … og næstformanden"
        r"(?:\s+(?:for|i)\s+(?P<org>[^.;:\n,()]{1,80}?))?"
        # … never denied: "Formandsposten besættes ikke af NAME"
        r"\s+(?:er|bliver|blev|var|besættes(?:\s+(?:(?!(?:ikke|aldrig)\b)[^.;:\n]){0,30}?)?\s+af|varetages\s+af)\s+"
        r"(?:(?:igen|fortsat|stadig|nu|fremover)\s+)?"
        r"(?:(?:den\s+)?(?:nye?|nyvalgte|nyudnævnte)\s+)?"
        rf"(?:{PLACE_GENITIVE}\s+(?:{ROLE_WORDS})\s+|{TITLE_BEFORE})$",
        re.IGNORECASE,
    ),
    ("formand", "formænd"),
)
PLURAL_CHAIR = re.compile(r"ændene$|formænd", re.IGNORECASE)
# the gap before a later name of a plural list (", X Kommune, og ", " og "): each blank run read once, the words
# after a comma opening with their first letter (or the comma followed by blanks alone), as `\s*,\s*[^,…]{1,40}?`
# beside `\s*,?\s*` split a run of blanks every way; the same truth as that on every gap
NEXT_IN_LIST = re.compile(
    r"^(?:\s*+\([^)]{1,40}\))?(?:\s*+,(?:\s*+[^,.;:\s][^,.;:\n]{0,39}?|(?=\s*?[^\S\n])))?"
    rf"\s*+,?\s*+(?:og|samt)\s++{TITLE_BEFORE}$",
    re.IGNORECASE,
)


def chair_is(s: Sentence, i: int) -> None:
    """ "Formand for X er [title] NAME", "Næstformændene er A, X Kommune, og B"."""
    text, here = s.text, s.here
    p = here[i]
    clause = s.clause_start(p.start)
    if "ormand" not in text[clause : p.start].lower() and "ormænd" not in text[clause : p.start].lower():
        return
    match = ending(CHAIR_IS, text, clause, p.start, 16)
    first = i
    while match is None and first > 0 and PLURAL_CHAIR.search(text[clause : p.start]):
        # a later name of a plural list: "Næstformændene er A, X Kommune, og B"
        gap = text[here[first - 1].end : here[first].start]
        if not NEXT_IN_LIST.match(gap):
            return
        first -= 1
        match = ending(CHAIR_IS, text, clause, here[first].start, 16)
        if match and not PLURAL_CHAIR.search(match.group(0)):
            return
    if match is None:
        return
    role = match.group(1).lower().replace("formænd", "formand")
    target: Target | None = None
    if match.group("org"):
        target = next_mention(s.orgs, match.start("org"), match.end("org"))
        if target is None:  # "Formand for udvalget er NAME", "Næstformand i ældrerådet er NAME"
            target = lower_case_body(s, match.start("org"), match.end("org"))
        if target is None:
            return
    else:
        target = s.chair(match.start())
    if target is None:
        return
    valid_from, valid_to = dates_of(text[match.start() : p.start])
    s.add(p, role, target, valid_from, valid_to)


_V_DOT = re.compile(r"\bv\.\s")


def chairships(s: Sentence) -> None:
    """ "Formandskabet for X består af A og B": the chair's post, or a seat in the chairmanship of two."""
    text, hi = s.text, s.hi
    if not s.may_name_a_title(s.lo, hi):
        return  # every chairship holds "formand", a title word
    for chairship in CHAIRSHIP.finditer(text, s.lo, hi):
        chair_org = next_mention(s.orgs, chairship.end(), hi)
        if chair_org is None or chair_org.start - chairship.end() > 3:
            continue
        holders = [
            p
            for p in s.here
            if p.start > chair_org.end
            and len(text[chair_org.end : p.start]) < 160
            and not _V_DOT.search(text[chair_org.end : p.start])
        ]
        held = chairship.group(1).lower()
        if held == "formand" and len(holders) > 1:
            held = "medlem af formandskabet"  # a chair and a vice chair, not two chairs
        for p in holders:
            s.add(p, held, chair_org)

"""A list of people appointed or elected to a body, each name with a title of another post before it and its
place after it (read by `roles`): the active "Odsherred Byråd udpegede på et møde i januar 2015 borgmester NAME og
2. viceborgmester NAME til bestyrelsen for Fonden Geopark Odsherred", the passive "Desuden blev borgmester NAME fra
Ballerup, borgmester NAME fra København og kommunalbestyrelsesmedlem på Frederiksberg, NAME udpeget som medlemmer".
Each listed name holds `medlem` of the body (the README's rule 2: a person the text appoints to a body; a title of
another post printed beside the name is its own row, read by the title readers). The lists with no title before
their names are `role_members_prose`'."""

from __future__ import annotations

import re

from graphbuild.extract.mentions import Mention
from graphbuild.extract.role_facts import UNPLACED, Target
from graphbuild.extract.role_lower_bodies import lower_case_body_at
from graphbuild.extract.role_patterns import COMPANY, NAME_BRACKET, ROLE_WORDS
from graphbuild.extract.role_sentence import Sentence
from graphbuild.extract.role_titles import named_target

_PLACE = r"(?:[ \t]+(?:fra|i|på)[ \t]+(?-i:[A-ZÆØÅ])[\wæøå-]*(?:[ \t]+(?-i:[A-ZÆØÅ])[\wæøå-]*){0,2})?"
# a title of another post before a listed name, its place after it: "2. viceborgmester", "kommunalbestyrelsesmedlem
# på Frederiksberg,"
_TITLE = rf"(?:(?:[1-3]\.[ \t]+)?(?:{ROLE_WORDS}){_PLACE}[ \t]*,?[ \t]+)"
# the verb that appoints, before the list: "udpegede på et møde i januar 2015", "blev"
ACTIVE_VERB = re.compile(
    r"(?<![\wæøå])(?P<verb>udpegede|genudpegede|valgte|genvalgte|blev)(?P<gap>(?:[ \t]+[a-zæøå0-9.]+){0,6}?)[ \t]+"
    rf"{_TITLE}$",
    re.IGNORECASE,
)
# between two listed names: the first's party and place, a comma or "og", the second's title
JOIN = re.compile(rf"{NAME_BRACKET}{_PLACE}(?:[ \t]*,[ \t]*(?:og[ \t]+)?|[ \t]+og[ \t]+){_TITLE}?", re.IGNORECASE)
# after the last name: the body it is appointed to, or the seat ("udpeget som medlemmer")
TO_BODY = re.compile(rf"{NAME_BRACKET}{_PLACE}[ \t]+til[ \t]+(?!at[ \t])", re.IGNORECASE)
# (the blanks before and after the optional comma each read once, "(?:[ \t]*+,)?[ \t]++": as "[ \t]*,?[ \t]+", two runs
# side by side, a line of blanks after the last name was shared between them every way, quadratic in the sentence at
# its one position; the same strings, as the verb after them opens with a letter)
AS_MEMBERS = re.compile(
    rf"{NAME_BRACKET}{_PLACE}(?:[ \t]*+,)?[ \t]++(?:(?:gen)?udpeget|(?:gen)?valgt)[ \t]+"
    r"(?:som[ \t]+(?:nye?[ \t]+)?medlem(?:mer)?(?![\wæøå])(?:[ \t]+(?:af|i)[ \t]+)?|til[ \t]+(?!at[ \t]))",
    re.IGNORECASE,
)
# a board named for its owner after "til": "bestyrelsen for Fonden Geopark Odsherred"
BOARD_OF = re.compile(
    r"(?:den[ \t]+|det[ \t]+)?(?:nye?[ \t]+)?(?:bestyrelsen|repræsentantskabet|udvalget|rådet|styregruppen)[ \t]+"
    r"(?:for|i)[ \t]+",
    re.IGNORECASE,
)
REACH = 70  # the most text between the verb and the first name


def appointed_lists(s: Sentence) -> None:
    """`medlem` for each name of a list with titles that an appointment names, of the body it is appointed to."""
    text = s.text
    if "udpeg" not in text[s.lo : s.hi] and "valg" not in text[s.lo : s.hi]:
        return
    i = 0
    while i < len(s.here):
        first = s.here[i]
        verb = ACTIVE_VERB.search(text, max(s.lo, first.start - REACH, s.here[i - 1].end if i else s.lo), first.start)
        if verb is None:
            i += 1
            continue
        listed = [first]
        for q in s.here[i + 1 :]:
            if not JOIN.fullmatch(text, listed[-1].end, q.start):
                break
            listed.append(q)
        i += len(listed)
        last = listed[-1]
        passive = verb["verb"].lower() == "blev"
        ending = (AS_MEMBERS if passive else TO_BODY).match(text, last.end, s.hi)
        if len(listed) < 2 or ending is None:
            continue  # one name alone is the election readers'
        target: Target | None = _body(s, ending.end())
        if ending.group(0).rstrip().lower().endswith(("medlem", "medlemmer")):
            # "udpeget som medlemmer.": of the body named before, else the one the text is about there
            named = s.named_before(verb.start()) if s.named_before is not None else None
            target = named or s.chair(verb.start()) or UNPLACED
        if target is None:
            continue
        for p in listed:
            if not any(f.person.name == p.name and f.role == "medlem" for f in s.out):
                s.add(p, "medlem", target)


def _body(s: Sentence, at: int) -> Target | None:
    """The body named at `at`: a board for its owner, a body the text names, a body in lower case, capitals."""
    text = s.text
    board = BOARD_OF.match(text, at, s.hi)
    start = board.end() if board is not None else at
    named: Mention | None = next((m for m in s.orgs if m.start == start and m.type == "Organization"), None)
    if named is not None:
        return named
    if board is None and (lower := lower_case_body_at(s, at)) is not None:
        return lower[0]
    company = COMPANY.match(text, start, s.hi)
    if company is not None and company.end() > start:
        return named_target(text, start, company.end(), s.orgs)
    return s.chair(at) if board is not None else None

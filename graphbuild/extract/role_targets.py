"""The body a title is held in when the words around it name none of their own (read by the role readers): a
chairship named before it, a body in the genitive ("Movias formand"), a ministry by the title's word, a
municipality joined by a hyphen ("Randers-borgmester"), the region, a body named earlier in the clause, else the
chaired body, the municipality's own staff or the company's own."""

from __future__ import annotations

import re

from graphbuild.extract.mentions import Mention
from graphbuild.extract.people import PersonMention
from graphbuild.extract.role_council_seats import council_of_its_own_minutes
from graphbuild.extract.role_facts import UNPLACED, Target
from graphbuild.extract.role_patterns import (
    BOARD_ROLES,
    MUNICIPAL_ROLES,
    PROFESSIONS,
    is_municipal,
    is_staff,
    owner_words,
)
from graphbuild.extract.role_sentence import Sentence, next_mention
from graphbuild.vocab import ids
from graphbuild.vocab.municipality_names import municipality_named
from graphbuild.vocab.reference import first_names

CHAIRSHIP = re.compile(r"\b(næstformand|formand)s(?:kab(?:et)?|posten)\s+(?:i|for)\s+", re.IGNORECASE)
# a title joined to its municipality by a hyphen: "Randers-borgmester Torben Hansen"
PLACE_TITLE = re.compile(r"(?<![\w-])([A-ZÆØÅ][\wæøå]+(?:-[A-ZÆØÅ][\wæøå]+)?)-$")
# a body named as the affiliation of the name before it: "Leif Rasmussen, Assens", "… (V) fra Assens"
AFFILIATION_BEFORE = re.compile(r"(?:[A-ZÆØÅ][\wæøå.-]*(?:\s*\([^)]{1,40}\))?\s*,|\bfra)\s+$")
COUNCIL_SEATS = frozenset({"byrådsmedlem", "kommunalbestyrelsesmedlem"})
# an officer's title that names no body: in a municipality's own minutes, of its own staff
OFFICER = re.compile(
    r"(?!(?:general|stats|parti|departements|kabinets|folketings)sekretær)"
    r"[a-zæøå]*(?:konsulent|koordinator|fuldmægtig|sekretær|redaktør|planlægger|specialist)|borgerrådgiver|"
    r"jurist|økonom|[a-zæøå]{3,}medarbejder|forstander"
)  # a municipality's own officers; a party's or a ministry's secretary is not one
# the body a title is held in, in the genitive right before it: "Movias formand", "KL's direktør"
GENITIVE_OWNER = re.compile(rf"(?<![\wæøå-])(?P<owner>{owner_words(3)})(?:s|'s|’s|')[ \t]+$")
GENITIVE_ROLES = BOARD_ROLES | frozenset({"direktør", "administrerende direktør"})
# a body by its kind's word in the genitive right before a title: "lokalrådets revisor", "bestyrelsens kasserer",
# "foreningens sekretær" (the body the text is about there)
KIND_GENITIVE = re.compile(
    r"(?<![\wæøå-])[a-zæøå]*(?:rådet|udvalget|nævnet|forummet|netværket|bestyrelsen|foreningen|kommissionen|"
    r"styregruppen|repræsentantskabet)s[ \t]+$"
)


# a chair of a group, a union, a branch, a region ("regionsrådsformand", "kredsformand"), or a chair shared: the
# body is rarely named beside the title
GROUP_CHAIR = re.compile(r"(?!næst)[a-zæøå]+formand|(?:næst)?forperson")
FOLKETINGET = (ids.organization_id("Folketinget"), "Folketinget", "Organization")
MINISTER = re.compile(r"([a-zæøå]+)minister")  # "transportminister": the Transportministeriet's


def chief(role: str) -> bool:
    """A director or a chief of some body, not of a municipality alone ("direktør", "it-direktør", "centerchef",
    "afdelingsleder"; not "kommunaldirektør", nor an officer: "konsulent")."""
    bare = role.removeprefix("daværende ")
    return bare in ("direktør", "administrerende direktør") or (
        is_staff(bare) and not is_municipal(bare) and bare not in COUNCIL_SEATS and bare != "mødeleder"
    )


def placed_by_the_step(role: str, own: Mention | None) -> bool:
    """A director's, a chief's or an officer's title in a text that names no body of theirs and no
    municipality of its own: UNPLACED, the step places it ("Lone Lindsby, Koncerndirektør"); a bare director's
    in a municipality's own minutes too ("direktør Morten Bøgelund Andersen", "hvor direktør Stig Madsen holder
    et oplæg": the municipality's or a guest's, whose body the text named last)."""
    if GROUP_CHAIR.fullmatch(role.removeprefix("daværende ")):
        return True  # "gruppeformand NAME": a chair of a group no list names, placed where the text is
    if own is None:
        return chief(role) or OFFICER.fullmatch(role.split()[-1]) is not None
    return role.removeprefix("daværende ") in ("direktør", "administrerende direktør")


def kept_unplaced(role: str) -> bool:
    """Whether a title printed with a name that no reader found the body of is still kept, UNPLACED for the step to
    place (the meeting's body, the body the text named last): every title but a party's word ("løsgænger") and a
    firm's or a university's, which is held only where the text names the firm ("Mark Holm, CEO")."""
    return role != "løsgænger" and role not in PROFESSIONS


def ministry(role: str) -> tuple[str, str] | None:
    match = MINISTER.fullmatch(role)
    if not match or not match.group(1):
        return None
    name = f"{match.group(1).capitalize()}ministeriet"
    return ids.organization_id(name), name


def title_target(
    s: Sentence,
    role: str,
    role_at: int,
    p: PersonMention,
    after_from: Mention | None,
    staff_of: Target | None = None,
) -> Target | None:
    """The body a title before a name is held in. A body named right after an earlier name is that
    name's affiliation ("Leif Rasmussen, Assens Direktør Carsten Jensen"), not the title's."""
    text, lo, orgs, own = s.text, s.lo, s.orgs, s.own
    bare = role.removeprefix("daværende ")
    if after_from is not None and bare not in BOARD_ROLES:
        return after_from  # "fra X Kommune" after a chair's name is the chair's municipality, not the board
    chairship = CHAIRSHIP.search(text, lo, p.start)
    if chairship:
        found = next_mention(orgs, chairship.end(), p.start)
        if found is not None:
            return found
    owner = genitive_owner(text, max(lo, role_at - 60), role_at, orgs, bare)
    if owner is not None:
        return owner  # "Movias formand Thomas Gyldal Petersen", "Aarhus Kommunes borgmester Jacob Bundsgaard"
    if KIND_GENITIVE.search(text, max(lo, role_at - 40), role_at):
        # "lokalrådets revisor, Erik Lundemann": a post of the body the text is about
        return s.chair(role_at) or UNPLACED
    by_title = ministry(bare)
    if by_title:
        return (by_title[0], by_title[1], "Organization")
    place = PLACE_TITLE.search(text, max(lo, role_at - 30), role_at)
    info = municipality_named(place.group(1)) if place else None
    if info is not None and (bare in MUNICIPAL_ROLES or is_staff(bare)):
        return (ids.municipality_id(info.code), info.name, "Municipality")  # "Randers-borgmester NAME"
    council = council_of_its_own_minutes(bare, s.body)
    if council is not None and not any(s.clause_start(role_at) <= m.start and m.end <= role_at for m in orgs):
        return council  # "Byrådsmedlem NAME" in Byrådet's own minutes, no body named before it in its clause
    if bare.startswith(("regionsråd", "regionråd")) and s.region is not None:
        return s.region
    if bare == "folketingsmedlem":
        return FOLKETINGET  # a seat in the national parliament, wherever the text is
    # a mayor or a municipal director belongs to a municipality, never to a body nearby
    allowed = (
        ("Municipality",)
        if bare in MUNICIPAL_ROLES
        else ("Organization",)
        if bare in BOARD_ROLES
        else ("Municipality", "Organization")
    )
    clause = s.clause_start(role_at)
    preceding = [
        m
        for m in orgs
        if clause <= m.start and m.end <= role_at and m.type in allowed and not affiliation_of_earlier(text, m)
    ]
    if preceding:
        return preceding[-1]
    if bare in BOARD_ROLES or bare.endswith(("observatør", "repræsentant")):
        # "medarbejder-observatør NAME" among a board's members, "Medarbejderrepræsentant NAME: …" in its minutes
        return s.chair(role_at)
    if is_staff(bare):
        # in a municipality's own minutes, its own mayor, director or chief; in a company's, its own
        if own is not None:
            return own
        return staff_of if not is_municipal(bare) and bare != "mødeleder" else None  # the meeting's, no post
    if bare in ("direktør", "administrerende direktør") and own is None:
        return staff_of  # "Direktør NAME" in a company's own minutes is its director
    if OFFICER.fullmatch(bare.split()[-1]):
        # "Faglig koordinator Vicki Schultz Lund … deltager under dette punkt" in its municipality's own minutes;
        # "IT- og specialkonsulent" in a company's or an agency's own
        return own if own is not None else staff_of
    return None


# words ending in "s" that are no body's genitive: a conjunction, a pronoun
_S_WORDS = frozenset({"Hvis", "Dens", "Dets", "Deres", "Vores", "Jeres", "Ens", "Alles"})


def genitive_owner(text: str, lo: int, role_at: int, orgs: list[Mention], role: str) -> Target | None:
    """The body named in the genitive right before a title: a municipality for a municipal title, else a
    body for a chair's, a seat's or a director's (never a person's: "Jens Hansens formand")."""
    match = GENITIVE_OWNER.search(text, lo, role_at)
    if match is None:
        return None
    start, end = match.start("owner"), match.end("owner")
    named = next((m for m in orgs if m.start == start and m.end >= end - 1), None)
    if is_municipal(role) or is_staff(role):
        info = municipality_named(match["owner"])
        if info is not None:
            return (ids.municipality_id(info.code), info.name, "Municipality")
        return named if named is not None and named.type == "Municipality" else None
    if role not in GENITIVE_ROLES:
        return None
    if AFFILIATION_BEFORE.search(text, max(0, start - 60), start):
        # "Hans Bjergegaard, Assens Bestyrelsesmedlem Kristian Andersen": the name before's place, no genitive
        return None
    if named is not None and named.type == "Organization":
        return named
    words = match["owner"].split()
    if (
        words[0] in first_names()
        or words[0] in ("Den", "Det", "De", "Hans", "Hendes")
        or text[start : end + 1] in _S_WORDS  # "Hvis formand NAME ikke kan deltage": a conjunction, no owner
        or municipality_named(match["owner"])
    ):
        return None
    name = " ".join(words)
    return (ids.organization_id(name), name, "Organization")


def affiliation_of_earlier(text: str, m: Mention) -> bool:
    """Whether m follows an earlier name as its affiliation: "NAME, Assens", "NAME (V) fra Assens"."""
    return AFFILIATION_BEFORE.search(text, max(0, m.start - 60), m.start) is not None

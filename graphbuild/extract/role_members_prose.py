"""A body's members as prose lists them (read by `roles`): "Medlemmerne af LAG på Læsø er A, B og C", "Faste
medlemmer af opgaveudvalget er: A og B", "A, B og C blev valgt til bestyrelsen", "NAME blev nyvalgt til
lokalrådet", a seat said after one name ("NAME (DF) er nyt medlem af X", "NAME, der er medlem af det nye
landsbyforum", "…, som tillige er viceborgmester i K, medlem af Region Sjællands forretningsudvalg"). Each listed
name holds `medlem` (the README's rule 2) of the body the statement names: a body by its kind alone ("bestyrelsen")
is the one the text is about there, a committee in lower case that committee, a body by its name that body."""

from __future__ import annotations

import re
from bisect import bisect_left

from graphbuild.extract.mentions import Mention
from graphbuild.extract.people import PersonMention
from graphbuild.extract.role_boards import ChairOf
from graphbuild.extract.role_denials import not_yet
from graphbuild.extract.role_facts import RoleFact, Target, role_fact
from graphbuild.extract.role_lower_bodies import GENERIC_BODY, LOWER_NAMED_BODY
from graphbuild.extract.role_patterns import CHAIR_ROLES
from graphbuild.extract.role_posts import proposed
from graphbuild.vocab import ids
from graphbuild.vocab.bodies import BODY_NOUNS, noun_pattern
from graphbuild.vocab.near import finditer_near

# "Medlemmerne af LAG på Læsø er …", "Faste medlemmer af opgaveudvalget for X er:", "Medlem af udvalget er:"
MEMBERS_ARE = re.compile(
    r"(?<![\wæøå])(?:(?:[Ff]aste|[Øø]vrige|[Nn]ye)[ \t]+)?[Mm]edlem(?:merne|mer)?[ \t]+(?:af|i)[ \t]+"
    r"(?P<of>[^.:;()\n]{2,60}?)[ \t]+(?:er|bliver)(?:[ \t]+(?:nu|herefter|fremover))?[ \t]*:?\s*"
)
# "… blev valgt til bestyrelsen", "… blev nyvalgt til lokalrådet", "… er valgt ind i repræsentantskabet"
ELECTED_TO = re.compile(
    r"(?:[ \t]*\([^()\n]{1,40}\))?,?[ \t]+(?:blev|er|bliver)[ \t]+(?:(?:gen|ny|ind)?valgt|(?:gen)?udpeget)[ \t]+"
    r"(?:ind[ \t]+)?(?:til|i)[ \t]+(?P<of>(?:den[ \t]+|det[ \t]+)?(?:nye?[ \t]+)?[\wæøå-]+(?:[ \t]+[\wæøå-]+){0,4})"
)
# a member's seat said after the name: "Jens Bundgaard Nielsen er medlem af Børn- og Uddannelsesudvalget", "Harry
# Madsen (DF) er nyt medlem af Økonomi og Erhvervsudvalget", "Thorvald Jørgensen, der er medlem af det nye
# landsbyforum", "…, som tillige er medlem af regionens trafikudvalg"; never a seat that was ("var medlem af")
MEMBER_OF_AFTER_NAME = re.compile(
    r"(?:[ \t]*\([^()\n]{1,40}\))?(?:[ \t]+(?:gen)?(?:valgt|udpeget))?"
    r"(?:[ \t]*,[ \t]*(?:der|som)(?:[ \t]+(?:tillige|også|desuden|fortsat))?)?"
    r"[ \t]+(?:er|bliver)(?:[ \t]+(?:nu|også|tillige|desuden|fortsat))?[ \t]+"
    # … after another post of the name's: "…, som tillige er viceborgmester i Kalundborg Kommune, medlem af …"
    r"(?:(?!ikke|tidligere)[a-zæøå][^,.;:()\n]{2,60},[ \t]+)?(?:(?:nyt|fast|ordinært)[ \t]+)?"
    r"medlem[ \t]+af[ \t]+(?:regionens[ \t]+|kommunens[ \t]+)?"
    r"(?P<of>(?:den[ \t]+|det[ \t]+)?(?:nye?[ \t]+)?[\wæøå-]+(?:[ \t]+[\wæøå-]+){0,4})"
)
# … a body by a lower-case compound of its kind, the new one too: "skolebestyrelsen ved Ramsing Skole", "det nye
# landsbyforum"; of the body nouns the five this reader has always read, the others left out by name
_NOT_READ = ("styregruppe", "kommission", "netværk", "komite", "komité")
LOWER_COMPOUND_BODY = re.compile(
    r"(?:(?:den|det)[ \t]+nye?[ \t]+)?"
    rf"(?P<noun>[a-zæøå]{{3,}}(?:{noun_pattern(BODY_NOUNS, without=(*_NOT_READ, 'repræsentantskab'))})(?:en|n|et|met)?)"
    r"(?![\wæøå-])"
)
# … or a body owned in the genitive: "Region Sjællands forretningsudvalg", "Rudersdals Kommunes kommunalbestyrelse",
# "KL's repræsentantskab": the same five and a council of representatives
OWNED_BODY = re.compile(
    r"(?-i:[A-ZÆØÅ])[\wæøå-]*(?:[ \t]+(?-i:[A-ZÆØÅ])[\wæøå-]*){0,2}s[ \t]+"
    rf"[a-zæøå]{{2,}}(?:{noun_pattern(BODY_NOUNS, without=_NOT_READ)})(?:en|n|et|met)?(?![\wæøå-])"
)
MEMBER_OF_REACH = 110  # the most text between a name's end and its seat's body
# between two names of one list: a comma, "og", "samt", a bracket with a party
LIST_JOIN = re.compile(r"(?:[ \t]*\([^()\n]{1,40}\))?(?:[ \t]*,[ \t]*(?:og[ \t]+|samt[ \t]+)?|[ \t]+(?:og|samt)[ \t]+)")
# what may stand between the cue and the first name: a title or two ("Borgmester NAME")
OPENING = re.compile(r"[ \t]*(?:[a-zæøåA-ZÆØÅ.-]+[ \t]+){0,2}")
PARTY_BRACKET = re.compile(r"(?:[ \t]*\([^()\n]{1,40}\))?")
CAPITALISED_WORDS = re.compile(r"(?-i:[A-ZÆØÅ])[\wæøå&-]*(?:[ \t]+(?-i:[A-ZÆØÅ])[\wæøå&-]*){0,3}")
# the seat named after the body is the elections reader's: "… valgt til bestyrelsen som suppleant"
SEAT_AFTER = re.compile(r"[ \t]+som[ \t]+", re.IGNORECASE)


def members_in_prose(
    text: str, people: list[PersonMention], mentions: list[Mention], chairs: ChairOf, found: list[RoleFact]
) -> list[RoleFact]:
    """`medlem` for each name a statement of a body's members lists, in the body it names; a name elected a chair
    or a deputy chair ("… blev valgt til bestyrelsen. Bestyrelsen konstituerede sig med NAME som formand") holds
    that seat, no plain member's."""
    chairs_named = {fact.person.name for fact in found if fact.role in CHAIR_ROLES}
    if "edlem" not in text and "valgt" not in text and "udpeget" not in text:
        return []
    starts = [p.start for p in people]
    out: list[RoleFact] = []
    for cue in finditer_near(MEMBERS_ARE, text, ("medlem",), 120):
        target = _body_named(text, cue.start("of"), cue.end("of"), mentions, chairs)
        if target is None:
            continue
        listed = _list_from(text, people, bisect_left(starts, cue.end()), cue.end())
        out += [role_fact(p, "medlem", target, p.start, p.end) for p in listed if p.name not in chairs_named]
    if "medlem af" in text:
        chaired = {(fact.person.name, fact.target) for fact in found if fact.role in CHAIR_ROLES}
        out += _seats_said_after_names(text, people, mentions, chairs, chaired)
    for cue in finditer_near(ELECTED_TO, text, ("valgt", "udpeget"), 160):
        of_end = _body_end(text, cue.start("of"), cue.end("of"))
        if of_end is None or SEAT_AFTER.match(text, of_end) or proposed(text, cue.start()):
            continue
        target = _body_named(text, cue.start("of"), of_end, mentions, chairs)
        if target is None:
            continue
        listed = _list_before(text, people, starts, cue.start())
        first, last = min(listed, key=lambda q: q.start, default=None), max(listed, key=lambda q: q.end, default=None)
        if first is not None and last is not None and not_yet(text, first.start, last.end, cue.start()):
            continue  # "Det forventes, at A og B bliver valgt til bestyrelsen", "Hvis A og B vælges til …"
        out += [role_fact(p, "medlem", target, p.start, p.end) for p in listed if p.name not in chairs_named]
    return out


def _seats_said_after_names(
    text: str, people: list[PersonMention], mentions: list[Mention], chairs: ChairOf, chaired: set[tuple[str, str]]
) -> list[RoleFact]:
    """`medlem` of the body named after "er medlem af" said of the name before it, unless a chair of that body."""
    out: list[RoleFact] = []
    for p in people:
        seat = MEMBER_OF_AFTER_NAME.match(text, p.end, min(len(text), p.end + MEMBER_OF_REACH))
        if seat is None or not_yet(text, p.start, p.end, seat.start("of")):
            continue  # "Hvis NAME bliver nyt medlem af Ældrerådet, …"
        target: Target | None = None
        compound = LOWER_COMPOUND_BODY.match(text, seat.start("of"), seat.end("of"))
        owned = OWNED_BODY.match(text, seat.start("of"), seat.end("of"))
        if compound is not None and GENERIC_BODY.match(compound["noun"]) is None:
            name = compound["noun"][0].upper() + compound["noun"][1:]
            target = (ids.organization_id(name), name, "Organization")
        elif owned is not None:
            name = " ".join(owned.group(0).split())
            target = (ids.organization_id(name), name, "Organization")
        elif (of_end := _body_end(text, seat.start("of"), seat.end("of"))) is not None:
            target = _body_named(text, seat.start("of"), of_end, mentions, chairs)
        fact = role_fact(p, "medlem", target, p.start, p.end) if target is not None else None
        if fact is not None and (p.name, fact.target) not in chaired:
            out.append(fact)
    return out


def _list_from(text: str, people: list[PersonMention], first: int, cue_end: int) -> list[PersonMention]:
    """The names listed from cue_end on: the first after a title at most, the rest joined by commas and "og"."""
    if first >= len(people) or not OPENING.fullmatch(text, cue_end, people[first].start):
        return []
    listed = [people[first]]
    for p in people[first + 1 :]:
        gap_start = listed[-1].end
        if not _joined(text, gap_start, p.start):
            break
        listed.append(p)
    return listed


def _list_before(text: str, people: list[PersonMention], starts: list[int], pos: int) -> list[PersonMention]:
    """The names listed right before pos, the last one ending there (its party in brackets allowed)."""
    index = bisect_left(starts, pos) - 1
    if index < 0 or not PARTY_BRACKET.fullmatch(text, people[index].end, pos):
        return []
    listed = [people[index]]
    for p in reversed(people[:index]):
        if not _joined(text, p.end, listed[-1].start):
            break
        listed.append(p)
    return listed[::-1]


def _joined(text: str, end: int, start: int) -> bool:
    """Whether the text between two names joins them in one list: a comma, "og", "samt", with a title between."""
    join = LIST_JOIN.match(text, end, start)
    return join is not None and OPENING.fullmatch(text, join.end(), start) is not None


def _body_end(text: str, start: int, end: int) -> int | None:
    """Where the body named from start ends: a body by its kind or a committee in lower case, else a name."""
    for pattern in (GENERIC_BODY, LOWER_NAMED_BODY):
        found = pattern.match(text, start, end)
        if found is not None:
            return found.end()
    words = CAPITALISED_WORDS.match(text[start:end])
    return start + words.end() if words else None


def _body_named(text: str, start: int, end: int, mentions: list[Mention], chairs: ChairOf) -> Target | None:
    """The body text[start:end] names: by its kind alone, the one the text is about there; a committee in lower
    case, that committee; a known body opening it, that body; else capitalised words, by its words."""
    words = " ".join(text[start:end].split())
    generic = GENERIC_BODY.fullmatch(words)
    if generic is not None:
        return chairs(start) or chairs.last_named(start) or chairs.unnamed
    if LOWER_NAMED_BODY.fullmatch(words):
        name = words[0].upper() + words[1:]
        return (ids.organization_id(name), name, "Organization")
    named = next((m for m in mentions if m.start == start and m.type == "Organization"), None)
    if named is not None:
        return named
    if not words[:1].isupper() or len(words.split()) > 6:
        return None
    return (ids.organization_id(words), words, "Organization")

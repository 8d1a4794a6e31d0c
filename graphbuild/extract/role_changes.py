"""Posts taken and left, and bodies entered and left, read by `roles`: "Erik Ingerslev pr. 1. juli 2019 tiltræder som
ny formand", "NAME fratræder … sin stilling som direktør i Halsnæs Kommune", "Samtidig tiltræder … Lauritz Ehlers den
ledige post som næstformand", "NAME træder ind i Kulturudvalget, træder ud af Socialudvalget"; with the dates the
clause gives; a change stated with its body: "fratræder som kommunaldirektør i Hedensted Kommune ved udgangen af
januar 2020", "tiltræder som kommunaldirektør ved Struer Kommune den 1. februar 2020", "er tiltrådt som … den 1. april
2022"."""

from __future__ import annotations

import re
from collections.abc import Callable

from graphbuild.extract.mentions import Mention
from graphbuild.extract.people import PersonMention
from graphbuild.extract.role_clauses import ENDS, STARTS, clause_end, dates_of
from graphbuild.extract.role_denials import denied, not_yet
from graphbuild.extract.role_facts import PENDING, Target
from graphbuild.extract.role_patterns import (
    COMMA_AFFILIATION,
    COMPANY,
    GENITIVE_S,
    LOWER_WORDS,
    NAME_BRACKET,
    ROLE_WORDS,
    SEATS,
    is_municipal,
    owner_words,
    role_of_word,
)
from graphbuild.extract.role_posts import proposed
from graphbuild.extract.role_sentence import Sentence, next_mention
from graphbuild.extract.role_titles import named_target
from graphbuild.vocab import ids
from graphbuild.vocab.municipality_names import municipality_named

CHANGE = re.compile(
    rf"\b(fratræder|tiltræder|er\s+tiltrådt|tiltrådte|er\s+fratrådt|fratrådte|fortsætter|ansættes|"
    rf"er\s+(?:blevet\s+)?ansat|blev\s+ansat|er\s+(?:blevet\s+)?udnævnt|blev\s+udnævnt|er\s+konstitueret|"
    rf"bliver|er)\s+som\s+(?:ny\s+)?({ROLE_WORDS})\s+(?:i|ved|for|hos|af)\s+",
    re.IGNORECASE,
)
# the post after "som", with the body it is held in after it: "som ny formand for", "som 1. næstformand i"
# (its runs of blanks possessive: what follows each is a word, so a run is read once)
AS_SEAT = (
    r"[ \t]++som[ \t]++(?:(?:ny|nyt|nye)[ \t]++)?"
    rf"(?P<role>(?:[1-9]\.[ \t]++)?(?:{SEATS}))(?![\wæøå-])(?P<of>[ \t]++(?:for|i|ved|hos)[ \t]++)?"
)

# a post taken, held on or left, the verb after the name and the post after "som": "Erik Ingerslev pr. 1. juli
# 2019 tiltræder som ny formand", "NAME fratræder med virkning fra 1. januar 2018 sin stilling som direktør i Halsnæs
# Kommune", "NAME træder ind i Social- og Sundhedsudvalget som næstformand", "NAME indsættes herefter som
# bestyrelsesmedlem", "NAME tiltræder den ledige post som næstformand"
TAKES_POST = re.compile(
    rf"{NAME_BRACKET}{COMMA_AFFILIATION}(?P<lead>[ \t]++[^;:\n]{{0,30}}?)?[ \t]++"
    r"(?P<verb>tiltræder|tiltrådte|fratræder|fratrådte|indtræder|indtrådte|træder[ \t]+ind|trådte[ \t]+ind|"
    r"indsættes|indsattes|overtager|overtog|fortsætter|fortsatte)"
    r"(?P<gap>[ \t]++[^;:\n]{0,80}?)?" + AS_SEAT,
    re.IGNORECASE,
)
# … the verb before the name: "Samtidig tiltræder, ligeledes enstemmigt vedtaget, Lauritz Ehlers den ledige post som
# næstformand"
POST_VERB_BEFORE = re.compile(
    r"\b(?P<verb>tiltræder|tiltrådte|fratræder|fratrådte|indtræder|indsættes|overtager|overtog|fortsætter)"
    rf"(?:[ \t]*,[^,;:\n]{{1,60}},|[ \t]+(?:{ROLE_WORDS})(?:[ \t]+(?:i|for|ved)[ \t]+[^,;:\n]{{1,40}}?)?)?[ \t]+$",
    re.IGNORECASE,
)
POST_AFTER_INVERTED = re.compile(
    rf"{NAME_BRACKET}(?P<gap>[ \t]++[^;:\n]{{0,60}}?)?" + AS_SEAT,
    re.IGNORECASE,
)
# a seat in a committee or a board entered or left, the verb after the name: "NAME træder ind i Kulturudvalget,
# træder ud af Socialudvalget", "NAME indtræder i Økonomiudvalget" (a council's own seat is `role_posts`')
# … "in its stead": "NAME indtræder i stedet i Patientudvalget"
ENTERS_BODY = re.compile(
    r"\b(?P<verb>træder[ \t]+ind[ \t]+i|trådte[ \t]+ind[ \t]+i|(?:indtræder|indtrådte)(?:[ \t]+i[ \t]+stedet)?[ \t]+i|"
    r"(?:får|fik)[ \t]+plads[ \t]+i|"  # "NAME (LA) får plads i Ældre- og Handicapudvalget"
    r"deltager[ \t]+fremover[ \t]+i|"  # "NAME deltager fremover i Centerrådet på Bobjerg Centret"
    r"træder[ \t]+ud[ \t]+af|trådte[ \t]+ud[ \t]+af|udtræder[ \t]+af|udtrådte[ \t]+af)[ \t]+(?:det[ \t]+nye[ \t]+)?$",
    re.IGNORECASE,
)
# (never a seat taken over: "… indtræder i Kommunalbestyrelsen som afløser for NAME")
AS_TITLE = re.compile(r"[ \t]+som[ \t]+(?!medlem|afløser|erstatning)")
# a seat taken over from the name after it, in the body named after that: "Martin Bech afløser Peter Therkildsen i
# Forretningsudvalget", "Michael Arnø erstatter Lene Stevnhoved i Solrød Byråd"
REPLACES = re.compile(rf"{NAME_BRACKET}[ \t]+(?:afløser|afløste|erstatter|erstattede)[ \t]+$")
IN_BODY_AFTER = re.compile(rf"{NAME_BRACKET}[ \t]+i[ \t]+$")
COUNCIL_IN = re.compile(
    rf"{NAME_BRACKET}[ \t]+i[ \t]+"
    r"(?P<council>(?-i:[A-ZÆØÅ])[\wæøå-]+[ \t]+(?:Byråd|Kommunalbestyrelse|Regionsråd))(?![\wæøå])"
)
# … the verb before the name, the body after it: "Endelig indtræder rådmand NAME (S), Aalborg Kommune, i KL's
# bestyrelse", "1. april 2017 indtrådte borgmester NAME (V), Greve Kommune i Movias bestyrelse"
ENTERS_BEFORE_NAME = re.compile(
    r"\b(?:indtræder|indtrådte|træder[ \t]+ind|trådte[ \t]+ind)(?:[ \t]+(?-i:[a-zæøå])[\wæøå.-]*){0,2}[ \t]+$"
)
INTO_BODY_AFTER_NAME = re.compile(rf"{NAME_BRACKET}(?:[ \t]*,[ \t]*(?-i:[A-ZÆØÅ])[^,.;:()\n]{{1,40}}?,?)?[ \t]+i[ \t]+")
# … a board by its owner in the genitive no list knows: "i Movias bestyrelse"
OWNED_BOARD = re.compile(rf"(?P<owner>{owner_words(2)}){GENITIVE_S}[ \t]+(?:bestyrelse|repræsentantskab)(?![\wæøå])")


def enters_bodies(
    text: str, hi: int, i: int, people: list[PersonMention], orgs: list[Mention], add: Callable[..., None]
) -> None:
    """Each committee or board the name's clauses enter or leave, up to the next name: a member's seat in it."""
    p = people[i]
    if not_yet(text, p.start, p.end, p.end):
        return  # "Hvis NAME indtræder i Kulturudvalget, …": a seat on a condition
    end = people[i + 1].start if i + 1 < len(people) else hi
    if i + 1 < len(people) and REPLACES.fullmatch(text, p.end, end) and not proposed(text, p.start):
        replaced = people[i + 1]
        seat = next((m for m in orgs if replaced.end < m.start <= replaced.end + 50), None)
        council = COUNCIL_IN.match(text, replaced.end, hi) if seat is None or seat.type != "Organization" else None
        if seat is not None and seat.type == "Organization" and IN_BODY_AFTER.fullmatch(text, replaced.end, seat.start):
            add(p, "medlem", seat, None, None)
        elif council is not None:
            # "Michael Arnø erstatter Lene Stevnhoved i Solrød Byråd": a municipality's council by its town's name
            name = " ".join(council["council"].split())
            add(p, "medlem", (ids.organization_id(name), name, "Organization"), None, None)
    into = INTO_BODY_AFTER_NAME.match(text, p.end, min(hi, p.end + 70))
    if (
        into is not None
        and ENTERS_BEFORE_NAME.search(text, max(0, p.start - 60), p.start)
        and not proposed(text, p.start)
    ):
        named = next((m for m in orgs if m.start == into.end() and m.type == "Organization"), None)
        board = OWNED_BOARD.match(text, into.end(), hi) if named is None else None
        if named is not None and named.kind not in ("municipality", "region"):
            add(p, "medlem", named, None, None)
        elif board is not None and municipality_named(board["owner"]) is None:
            owner = " ".join(board["owner"].split())
            add(p, "medlem", (ids.organization_id(owner), owner, "Organization"), None, None)
    for m in orgs:
        if not p.end < m.start < end or m.type != "Organization" or m.kind in ("municipality", "region"):
            continue
        verb = ENTERS_BODY.search(text, max(p.end, m.start - 30), m.start)
        if verb is not None and AS_TITLE.match(text, m.end):
            continue  # "træder ind i X som næstformand": the title is the seat (`takes_post`), no medlem beside it
        if verb is not None and not proposed(text, p.start) and not not_yet(text, p.start, p.end, verb.start()):
            clause = text[verb.start() : clause_end(text, m.end, hi)]
            add(p, "medlem", m, *dates_of(clause, verb["verb"].replace("træder ind", "tiltræder")))


def takes_post(
    text: str,
    hi: int,
    p: PersonMention,
    people: list[PersonMention],
    orgs: list[Mention],
    body: Target | None,
    chair: Callable[[int], Target | None],
    add: Callable[..., None],
    own: Mention | None,
) -> None:
    """ "NAME tiltræder som ny formand", "NAME fratræder … sin stilling som direktør i X", "NAME træder ind i X
    som næstformand": the post in the body named after it, else in the one the verb names, else the chair's."""
    match = TAKES_POST.match(text, p.end, min(hi, p.end + 200))
    verb = match["verb"] if match is not None else None
    if match is None and (inverted := POST_VERB_BEFORE.search(text, max(0, p.start - 90), p.start)) is not None:
        match, verb = POST_AFTER_INVERTED.match(text, p.end, min(hi, p.end + 160)), inverted["verb"]
    if match is None or any(p.end < q.start < match.end("role") for q in people) or proposed(text, p.start):
        return
    if denied(text, p.start, p.end, match.start("role")) or not_yet(text, p.start, p.end, match.start("role")):
        return  # "NAME tiltræder ikke som formand", "Hvis NAME tiltræder som formand, …"
    role_end = match.end("role")
    role = role_of_word(match["role"])
    if role.endswith(("stedfortræder", "suppleant")):
        return  # "indtræder som stedfortræder (for NAME)": standing in at a meeting (attendance), not a post
    target: Target | None = None
    if match["of"]:
        at = match.end("of")
        target = next((m for m in orgs if at <= m.start < at + 60 and LOWER_WORDS.fullmatch(text, at, m.start)), None)
        if target is None and (company := COMPANY.match(text, at, hi)) is not None:
            target = named_target(text, at, company.end(), orgs)
    if target is None and match["gap"]:
        # "træder ind i Social- og Sundhedsudvalget som næstformand": the body the verb names
        target = next((m for m in orgs if match.start("gap") <= m.start < match.end("gap")), None)
    if target is None and is_municipal(role):
        target = own if own is not None else PENDING
    if target is None:
        target = body if body is not None else chair(p.start)
    if target is None:
        return
    statement = text[p.end : clause_end(text, role_end, hi)]
    add(p, role, target, *dates_of(statement, verb or ""))


def changes(s: Sentence) -> None:
    """ "NAME fratræder som kommunaldirektør i Hedensted Kommune ved udgangen af januar 2020": the post in the
    body named right after it, with the dates of a start or an end the clause gives."""
    text, hi = s.text, s.hi
    if not s.may_name_a_title(s.lo, hi):
        return  # every change names its post by a title of ROLE_WORDS
    for change in CHANGE.finditer(text, s.lo, hi):
        subject = [p for p in s.here if p.end <= change.start()]
        target_mention = next_mention(s.orgs, change.end(), hi)
        if not subject or target_mention is None or target_mention.start - change.end() > 5:
            continue
        if not_yet(text, subject[-1].start, subject[-1].end, change.start()):
            continue  # "Hvis NAME tiltræder som formand for X, …"
        clause = text[target_mention.end : clause_end(text, target_mention.end, hi)]
        verb = change.group(1).lower()
        valid_from, valid_to = dates_of(clause, verb)
        if not (STARTS.search(verb) or ENDS.search(verb)):
            valid_from = valid_to = None
        s.add(subject[-1], role_of_word(change.group(2)), target_mention, valid_from, valid_to)

"""A title said after "som" in its holder's clause, a word of holding a post before it (read by `roles` after the
readers of known verbs): "NAME har valgt at ophøre som formand for Ishøj Seniorråd", "NAME … for at få mere plads
til jobbet som borgmester i Haderslev Kommune", "NAME … bliver selv siddende i BRN’s formandskab som næstformand",
"NAME og NAME var indbudt som observatør til Økonomiudvalget" (each name of the list before it). The title goes to
the name nearest before it in the clause (no other name between them), in the body named after it, else where a
title with no body of its own is held. Never a title in the definite ("som formanden foreslog": "som" a relative
pronoun), a title before a name ("som borgmester NAME sagde"), a denial ("ikke som formand"), a candidacy, an
application ("har søgt stillingen som direktør") or a proposal ("foreslået til hvervet som dirigent", "indstiller,
at NAME vælges som ny formand"), a vacancy or a post that opens a clause of its own ("NAME oplyste, at stillingen
som direktør er slået op")."""

from __future__ import annotations

import re

from graphbuild.extract.mentions import Mention
from graphbuild.extract.people import PersonMention
from graphbuild.extract.role_denials import not_yet
from graphbuild.extract.role_facts import PENDING, UNPLACED, Target
from graphbuild.extract.role_lower_bodies import lower_case_body_at
from graphbuild.extract.role_patterns import COMPANY, LOWER_WORDS, ROLE_WORDS, is_municipal, is_staff, role_of_word
from graphbuild.extract.role_posts import proposed
from graphbuild.extract.role_sentence import CLAUSE_END, Sentence
from graphbuild.extract.role_titles import named_target

AS_TITLE = re.compile(
    r"(?<![\wæøå])som[ \t]+(?:(?:ny|nyt|konstitueret|fungerende)[ \t]+)?"
    rf"(?P<role>(?:[1-3]\.[ \t]+)?(?:{ROLE_WORDS}|observatør|referent|dirigent|ordstyrer))(?![\wæøå-])"
    r"(?P<of>[ \t]+(?:for|i|ved|hos)[ \t]+)?",
    re.IGNORECASE,
)
# what stands between a name and its "som": a denial, a proposal, a clause that is no statement of the name's
NOT_STATED = re.compile(
    r"(?<![\wæøå])(?:ikke|aldrig|indstil\w*|foreslå\w*|forslag\w*|anbefal\w*|kandidat\w*|vælges|udpeges|ønske[rs]?|"
    r"(?:gen)?opstill\w*|hvis|eventuel\w*|evt|ledige?|vakante?|opslå\w*|opslag\w*)(?![\wæøå])",
    re.IGNORECASE,
)
# an application for the post, no holding of it: "NAME har søgt stillingen som kommunaldirektør", "NAME ansøger om
# jobbet som skoleleder" (a leave from a post held, "søgt om orlov fra hvervet som formand", is still held)
APPLIED = re.compile(
    r"(?<![\wæøå])(?:an)?søg(?:er|te|t|e)?[ \t]+(?:om[ \t]+)?(?:den[ \t]+|det[ \t]+)?(?:ledige[ \t]+)?"
    r"(?:stilling|job|post)",
    re.IGNORECASE,
)
# a list of names before "som": "NAME og NAME var indbudt som observatør"
LIST_JOIN = re.compile(r"(?:[ \t]*\([^()\n]{1,40}\))?(?:[ \t]*,[ \t]*(?:og[ \t]+)?|[ \t]+(?:og|samt)[ \t]+)")
# the words that say the name holds (or held, or leaves) the post after "som": a post's noun, a verb of sitting,
# serving or being invited in a seat ("jobbet som", "har siddet 15 år som", "var indbudt som", "ophøre som", "er
# stoppet som")
HOLDING = re.compile(
    r"(?<![\wæøå])(?:job(?:bet)?|post(?:en)?|stilling(?:en)?|hverv(?:et)?|siddende|sidde[r]?|siddet|sad|indbudt|"
    r"inviteret|ophøre[r]?|ophørte|stopper|stoppet|stoppede|fungere[r]?|fungerede|virke[r]?|virkede|ansat|ansættes|tilbydes)"
    r"(?![\wæøå])",
    re.IGNORECASE,
)
# a post that opens a clause of its own ("NAME oplyste, at stillingen som direktør er slået op"): no one's holding
POST_NOUN = re.compile(r"job|post|stilling|hverv", re.IGNORECASE)
POST_AS_SUBJECT = re.compile(r"(?<![\wæøå])at[ \t]+(?:den[ \t]+|det[ \t]+)?$", re.IGNORECASE)
REACH = 140  # the most text between a name's end and its "som"


def title_as(s: Sentence, i: int, p: PersonMention) -> None:
    """The title after "som" in the name's clause, held by the name (and the names listed with it before it)."""
    text = s.text
    nxt = s.here[i + 1].start if i + 1 < len(s.here) else s.hi
    if i + 1 < len(s.here) and LIST_JOIN.fullmatch(text, p.end, nxt):
        return  # a name listed before others: the last of the list reads the title for all
    end = min(s.hi, p.end + REACH, nxt)
    match = AS_TITLE.search(text, p.end, end)
    if match is None or CLAUSE_END.search(text, p.end, match.start()) or NOT_STATED.search(text, s.lo, match.start()):
        return
    holding = HOLDING.search(text, p.end, match.start())
    if proposed(text, p.start) or holding is None or APPLIED.search(text, p.end, match.start()):
        return
    if not_yet(text, p.start, p.end, match.start()):
        return  # "NAME forventes at fungere som formand"
    if POST_NOUN.match(holding.group(0)) and POST_AS_SUBJECT.search(text, p.end, holding.start()):
        return
    word = match["role"]
    role = role_of_word(word)
    if " ".join(word.lower().split()) != role or role.endswith("medlem"):
        return  # "som formanden …": a relative clause; a member's seat is the member readers'
    if nxt < s.hi and nxt - match.end("role") <= 2:
        return  # "som borgmester NAME": the title of the name after it
    target = _target(s, p, role, match)
    holders = [p]
    for q in reversed(s.here[:i]):
        if not LIST_JOIN.fullmatch(text, q.end, holders[-1].start):
            break
        holders.append(q)
    for holder in holders:
        if not any(f.person.name == holder.name and f.role == role for f in s.out):
            s.add(holder, role, target)


def _target(s: Sentence, p: PersonMention, role: str, match: re.Match[str]) -> Target:
    """The body named after the title, else the own municipality's for a municipal title, else left unplaced."""
    text = s.text
    if match["of"]:
        at = match.end("of")
        named: Mention | None = next(
            (m for m in s.orgs if at <= m.start < at + 60 and LOWER_WORDS.fullmatch(text, at, m.start)), None
        )
        if named is not None:
            return named
        lower = lower_case_body_at(s, at)
        if lower is not None:
            return lower[0]
        company = COMPANY.match(text, at, s.hi)
        if company is not None and (target := named_target(text, at, company.end(), s.orgs)) is not None:
            return target
    if is_municipal(role):
        return s.own if s.own is not None else PENDING
    if is_staff(role):
        return s.own if s.own is not None else UNPLACED
    return s.body if s.body is not None else s.chair(p.start) or UNPLACED

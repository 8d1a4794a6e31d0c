"""A seat taken over from someone who leaves it, read by `roles`: the successor named after a passive verb or
after the seat left ("NAME udtræder af Økonomiudvalget og erstattes af viceborgmester NAME", "NAMEs plads i
byrådet bliver overtaget af NAME (S)", "NAME er erstattet af NAME som repræsentant for …"), or before the seat
taken ("NAME fra Dansk Byggeri, der til juni skal overtage NAMEs plads i Det lokale Beskæftigelsesråd"). The
successor holds `medlem` of the body the seat is in (the README's rule 2: a person the text lets enter a body),
or the post "som …" names; a seat in no body the sentence names gives none (the active "NAME afløser NAME i X"
is `role_changes`'). The active successor of a post: "NAME afløser NAME2 som formand [for X]", or the post the one
replaced has held as the relative clause after the name says it ("NAME afløser Koldings borgmester NAME2, der har været
formand for samarbejdet": the chair, not the title before the predecessor's name; never a post to come)."""

from __future__ import annotations

import re

from graphbuild.extract.mentions import Mention
from graphbuild.extract.people import PersonMention
from graphbuild.extract.role_denials import denied, not_yet
from graphbuild.extract.role_facts import UNPLACED, Target
from graphbuild.extract.role_lower_bodies import lower_case_body_at
from graphbuild.extract.role_patterns import NAME_BRACKET, ROLE_WORDS, SEATS, role_of_word
from graphbuild.extract.role_sentence import Sentence
from graphbuild.vocab import ids

# the words between the passive verb's "af" and the successor's name: a title or a standing ("viceborgmester",
# "suppleanten", "førstesuppleant på Venstres Liste,"), never a clause
LEAD = r"(?P<lead>(?:[\wæøå.-]+[ \t]+){0,4}?(?:[\wæøå.-]+,[ \t]+)?)"
# … the successor after a passive verb, up to the name: "erstattes af", "er erstattet af", "afløses af"
PASSIVE_BEFORE_NAME = re.compile(
    rf"(?<![\wæøå])(?P<verb>erstattes|erstattet|afløses|afløst)[ \t]+af[ \t]+{LEAD}$", re.IGNORECASE
)
# … the seat left named before the verb: "NAMEs plads i byrådet bliver overtaget af", "hendes plads i X overtages af"
SEAT_OVERTAKEN_BEFORE_NAME = re.compile(
    r"(?<![\wæøå])plads(?:en)?[ \t]+i[ \t]+(?P<body>[^,.;:()\n]{2,60}?)[ \t]+"
    rf"(?:(?:bliver|blev|er|vil[ \t]+blive)[ \t]+overtaget|overtages)[ \t]+af[ \t]+{LEAD}$",
    re.IGNORECASE,
)
# the seat taken after the successor: "NAME fra Dansk Byggeri, der til juni skal overtage NAMEs plads i X"
TAKES_SEAT_AFTER_NAME = re.compile(
    rf"{NAME_BRACKET}(?:[ \t]++[^,.;:\n]{{1,40}}?)?(?:[ \t]*+,[ \t]*+(?:der|som))?(?:[ \t]++[^,.;:\n]{{1,30}}?)?[ \t]++"
    r"(?:skal[ \t]++)?(?P<verb>overtage[r]?)[ \t]++(?:\w+[ \t]++){0,3}?\w+s[ \t]++plads[ \t]++i[ \t]+"
    r"(?P<body>[^,.;:()\n]{2,60})",
    re.IGNORECASE,
)
# the post the successor takes, said after the name: "… af NAME som repræsentant for X"
AS_SEAT_AFTER = re.compile(
    rf"{NAME_BRACKET}[ \t]+som[ \t]+(?:(?:ny|nyt)[ \t]+)?(?P<role>(?:[1-9]\.[ \t]+)?(?:{SEATS}))(?![\wæøå-])",
    re.IGNORECASE,
)
# the active successor before the name replaced, the post after it: "NAME afløser NAME2 som formand", "NAME (V)
# erstattede NAME2 som kasserer i X"
SUCCEEDS = re.compile(rf"{NAME_BRACKET}[ \t]+(?:afløser|afløste|erstatter|erstattede)[ \t]+(?:den[ \t]+)?$")
# … or before the predecessor's title: "NAME afløser Koldings borgmester NAME2", "NAME afløser VEKS’ formand NAME2"
SUCCEEDS_TITLED = re.compile(
    rf"{NAME_BRACKET}[ \t]+(?:afløser|afløste|efterfølger|efterfulgte)[ \t]+"
    rf"(?:(?-i:[A-ZÆØÅ])[\wæøå&-]*(?:s|’|')[ \t]+)?(?:{ROLE_WORDS})[ \t]+$",
    re.IGNORECASE,
)
# the post the one replaced has held, in a relative clause after the name: ", der har været formand for X", ", der efter
# 30 år stoppede som formand" (never a post to come: ", der … bliver næstformand" is the predecessor's own next post)
PAST_POST_AFTER = re.compile(
    rf"{NAME_BRACKET}[ \t]*,[ \t]*(?:der|som)[ \t]+(?:(?:efter[ \t]+\d+[ \t]+år|hidtil)[ \t]+)?"
    r"(?:har[ \t]+været|(?:stoppede|stopper|fratrådte|fratræder)[ \t]+som|(?:går|gik)[ \t]+af[ \t]+som)[ \t]+"
    rf"(?P<role>(?:[1-9]\.[ \t]+)?(?:{SEATS}))(?![\wæøå-])",
    re.IGNORECASE,
)
# the body of the post taken after it: "… som formand for X", "… som formand i X"
POST_OF = re.compile(r"[ \t]+(?:for|i)[ \t]+")
# the body left right before the passive verb: "udtræder af Økonomiudvalget og erstattes af"
BODY_LEFT = re.compile(r"(?:af|i)[ \t]+$")
LEFT_TO_VERB = re.compile(r"[ \t]+(?:og|,)[ \t]*(?:(?:er|bliver|blev)[ \t]+)?$")
COUNCIL = re.compile(r"(?:byrådet|kommunalbestyrelsen|regionsrådet)(?![\wæøå-])", re.IGNORECASE)
# a proposal in the sentence, not a decision: "Borgmesteren indstiller, at NAME erstattes af NAME" (the noun
# "Rådets anbefalinger" in a report of a meeting proposes nothing)
PROPOSED = re.compile(r"(?<![\wæøå])(?:indstiller|indstilles|foreslår|foreslås|anbefaler|anbefales)(?![\wæøå])", re.I)
WINDOW = 160  # the most text before a name that the passive statement takes


def replaced_seats(s: Sentence, i: int, p: PersonMention) -> None:
    """The seat a successor takes over: `medlem` of the body the statement names, or the post named after "som"."""
    text = s.text
    if PROPOSED.search(text, s.lo, p.start):
        return
    lo = max(s.lo, p.start - WINDOW, s.here[i - 1].end if i else s.lo)
    seat = SEAT_OVERTAKEN_BEFORE_NAME.search(text, lo, p.start)
    target: Target | None = None
    if seat is not None:
        target = _body_at(s, seat.start("body"), seat.end("body"))
    elif (passive := PASSIVE_BEFORE_NAME.search(text, lo, p.start)) is not None:
        target = _body_left(s, passive.start("verb"))
    else:
        end = min(s.hi, p.end + 160)
        # tried only where its verb is: its optional runs of words and blanks before the verb shared a line of blanks
        # every way (100 blanks after a name 7.9 s, 160 blanks 22 s, each name of the sentence)
        after = TAKES_SEAT_AFTER_NAME.match(text, p.end, end) if "overtage" in text[p.end : end].lower() else None
        if after is None or any(p.end < q.start < after.start("verb") for q in s.here):
            return
        if denied(text, p.start, p.end, after.end("body")) or not_yet(text, p.start, p.end, after.end("body")):
            return  # "NAME overtager ikke NAME2s plads i X", "Hvis NAME overtager NAME2s plads i X, …"
        target = _body_at(s, after.start("body"), after.end("body"))
    post = AS_SEAT_AFTER.match(text, p.end, s.hi)
    if post is not None:
        s.add(p, role_of_word(post["role"]), target if target is not None else s.chair(p.start) or _unplaced(s))
    elif target is not None:
        s.add(p, "medlem", target)


def _unplaced(s: Sentence) -> Target:
    return s.body if s.body is not None else UNPLACED


def _body_left(s: Sentence, verb_start: int) -> Target | None:
    """The body the predecessor left right before the verb: "udtræder af Økonomiudvalget og erstattes af"."""
    for m in reversed(s.orgs):
        if m.end > verb_start:
            continue
        if m.type != "Organization" or m.kind in ("municipality", "region"):
            return None
        if LEFT_TO_VERB.fullmatch(s.text, m.end, verb_start) and BODY_LEFT.search(s.text, max(0, m.start - 4), m.start):
            return m
        return None
    return None


def _body_at(s: Sentence, start: int, end: int) -> Target | None:
    """The body at text[start:end]: a mention that opens it, a body in lower case ("byrådet"), else capitals."""
    named: Mention | None = next((m for m in s.orgs if m.start == start), None)
    if named is not None:
        return named if named.kind not in ("municipality", "region") else None
    lower = lower_case_body_at(s, start)
    if lower is not None:
        return lower[0]
    if COUNCIL.match(s.text, start, end):
        return s.own or s.chair(start) or _unplaced(s)  # "plads i byrådet": the council of the text's municipality
    words = " ".join(s.text[start:end].split())
    if not words[:1].isupper() or len(words.split()) > 6:
        return None
    return (ids.organization_id(words), words, "Organization")


def succeeds_as(s: Sentence, i: int, p: PersonMention) -> None:
    """ "NAME afløser NAME2 som formand [for X]": the successor holds the post named after the one replaced (a
    member's seat taken over is `role_changes`' and the member readers')."""
    text, here = s.text, s.here
    if i + 1 >= len(here) or PROPOSED.search(text, s.lo, p.start):
        return
    replaced = here[i + 1]
    plain = SUCCEEDS.fullmatch(text, p.end, replaced.start) is not None
    post = AS_SEAT_AFTER.match(text, replaced.end, s.hi) if plain else None
    if post is None and (plain or SUCCEEDS_TITLED.fullmatch(text, p.end, replaced.start)):
        _succeeds_to_past_post(s, p, replaced)
    if post is None:
        return
    role = role_of_word(post["role"])
    if role == "medlem":
        return
    of = POST_OF.match(text, replaced.end + post.end())
    named = next((m for m in s.orgs if of is not None and m.start == of.end()), None)
    if named is not None and named.kind in ("municipality", "region"):
        named = None
    s.add(p, role, named or s.chair(replaced.end + post.start("role")) or _unplaced(s))


def _succeeds_to_past_post(s: Sentence, p: PersonMention, replaced: PersonMention) -> None:
    """ "NAME afløser Koldings borgmester NAME2, der har været formand for samarbejdet": the successor holds the post
    the one replaced has held, in the body the clause names (a mention, or a body in lower case the text is about)."""
    post = PAST_POST_AFTER.match(s.text, replaced.end, s.hi)
    if post is None or PROPOSED.search(s.text, s.lo, p.start):
        return
    role = role_of_word(post["role"])
    if role == "medlem":
        return
    of = POST_OF.match(s.text, post.end())
    body: Target | None = None
    if of is not None:
        named = next((m for m in s.orgs if m.start == of.end()), None)
        body = named if named is not None and named.kind not in ("municipality", "region") else None
        if body is None and named is None:
            lower = lower_case_body_at(s, of.end())
            body = lower[0] if lower is not None else None
    s.add(p, role, body or s.chair(post.start("role")) or _unplaced(s))

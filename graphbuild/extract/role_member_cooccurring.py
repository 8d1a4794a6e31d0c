"""The last, generic reader of members a sentence states (read by `roles`): one body's word, a list of two persons
or more, and a word of membership in one sentence, in any order ("Det nye forretningsudvalg består af Christian Bro
fra Fredericia Kommune, Peter Storm fra Middelfart Kommune og …", "A, B og C blev genvalgt til bestyrelsen", "I
styregruppen sidder A (V) og B (A)"). Each listed person is `medlem` (the README's roles rule 2) of the body the text
is about there, unless the list prints the person's chair ("formand NAME", "NAME (formand)"): that is the chair
readers'. Never with two bodies' words (whose member is who is not said), a word of attendance, of a proposal or a
candidacy, of leaving or of a former seat, a denial, or a list of people merely thanked or invited."""

from __future__ import annotations

import re
from bisect import bisect_left

from graphbuild.extract.people import PersonMention
from graphbuild.extract.role_boards import ChairOf
from graphbuild.extract.role_facts import RoleFact
from graphbuild.extract.role_member_sentences import seat_listed
from graphbuild.vocab.bodies import BODY_NOUNS, WORKING_GROUP_NOUNS, noun_pattern
from graphbuild.vocab.near import asked_of_whole_documents, finditer_near
from graphbuild.vocab.person_names import is_title_word
from graphbuild.vocab.sentence_abbreviations import sentence_stops

# a word of membership: composed of, elected or appointed to, entering, sitting in, a members noun
MEMBERSHIP_CUE = re.compile(
    r"(?<![\wæøå])(?:består[ \t]+(?:\w+[ \t]+)?af|(?:er|blev)[ \t]+sammensat[ \t]+af|udgøres[ \t]+af|"
    r"(?:gen|ny)?valgt(?:e|es)?[ \t]+(?:ind[ \t]+)?(?:i|til)|(?:gen|ny)valgtes|udpeget[ \t]+(?:til|i)|"
    r"indtræder[ \t]+i|indtrådte[ \t]+i|sidder[ \t]+i|medlemmer(?:ne)?[ \t]+(?:af|i))(?![\wæøå])",
    re.IGNORECASE,
)
CUE_WORDS = ("består", "sammensat", "udgøres", "valgt", "udpeget", "indtræder", "indtrådte", "sidder", "medlemmer")
asked_of_whole_documents(CUE_WORDS)  # over the whole text: read from the document's one pass
CUE_REACH = 40
# a body's word: a compound ending in a body noun or a working group's, in any case, definite or in the genitive
# ("forretningsudvalg", "bestyrelsen", "Limfjordsrådets", "arbejdsgruppen"); never an area's "-område"
BODY_WORD = re.compile(
    rf"(?<![\wæøå-])[\wæøå-]*(?:{noun_pattern((*BODY_NOUNS, *WORKING_GROUP_NOUNS), forms={'råd': r'(?<!om)råd'})})"
    r"(?:et|en|n|s|ets|ens|ns)?(?![\wæøå-])",
    re.IGNORECASE,
)
# the words that make a statement of members seat no one, the one list this reader and `role_member_seats_filled`
# share: a proposal or candidacy, a substitute, leaving or a former seat, a denial
NO_SEAT_WORDS = (
    r"foreslå\w*|forslag\w*|indstill\w*|kandidat\w*|opstill\w*|suppleant\w*|stedfortræder\w*|udtræd\w*|udtråd\w*|"
    r"fratræd\w*|forlad\w*|tidligere|ikke|ingen"
)
# what makes a sentence state no seat: the shared words, and this reader's own (its sentence counts no seats to tie
# the names to): attendance, standing or stepping down, a former title, thanks, an invitation, a modal verb
NOT_A_SEAT = re.compile(
    rf"(?<![\wæøå])(?:{NO_SEAT_WORDS}|"
    r"deltog|deltager|deltage|til[ \t]+stede|mødt|mødte|afbud|fravær\w*|stiller[ \t]+op|ønsker|stopper|afgå\w*|"
    r"forhenværende|trækker|tak|takke\w*|inviter\w*|gæst\w*|kan|skal|vil|bør|"
    # … a seat only expected or on a condition: "A og B forventes valgt til bestyrelsen", "Hvis A og B vælges …"
    r"forvente\w*|formentlig|sandsynligvis|muligvis|måske|hvis|såfremt)(?![\wæøå])",
    re.IGNORECASE,
)
# a sentence's end: a full stop, never a day's or an ordinal's ("den 4. marts", "1. viceborgmester"), or a line break
SENTENCE_STOP = re.compile(r"(?<![\s(]\d)(?<![\s(]\d\d)[.!?](?=\s)|\n")
# a clause after the cue and the list that turns to something else: "…, som er glad for … Naturparkrådet"
CLAUSE_AFTER = re.compile(r",?[ \t]+(?:som|der|hvor|mens|men|hvilket|hvorimod)[ \t]")
SENTENCE_REACH = 400
# between two names of one list: a party, a place, a post, joined by a comma, "og" or "samt"; no turn of the clause
LIST_GAP = re.compile(r"[^\n:;.!?]{1,90}")
LIST_JOIN = re.compile(r"(?:,|[ \t](?:og|samt)(?![\wæøå]))[ \t]*")
# after the last join, before the next name: nothing, or a title ("byrådsmedlem Ole Ørnbøl", "og af formand NAME",
# "1. viceborgmester NAME"); never a clause's verb ("… og andre, siger NAME")
LEAD_SKIP = re.compile(r"(?:(?:og|samt)[ \t]+)?(?:af[ \t]+)?(?:\d{1,2}\.[ \t]+)?")
CLAUSE_TURN = re.compile(r"[ \t](?:mens|men|hvor|hvilket|hvorimod|der|som)[ \t]")
MIN_LISTED = 2


def members_cooccurring(
    text: str, people: list[PersonMention], chairs: ChairOf, found: list[RoleFact]
) -> list[RoleFact]:
    """`medlem` for each person of a list of two or more that a sentence with one body's word and a word of
    membership names, in the body the text is about there."""
    if len(people) < MIN_LISTED:
        return []
    starts = [p.start for p in people]
    seated = {fact.person.name for fact in found if fact.role == "medlem"}
    chaired = {fact.person.name for fact in found if fact.role in ("formand", "næstformand")}
    out: list[RoleFact] = []
    done: set[int] = set()
    for cue in finditer_near(MEMBERSHIP_CUE, text, CUE_WORDS, CUE_REACH):
        lo, hi = _sentence(text, cue.start(), cue.end())
        if lo in done:
            continue
        done.add(lo)
        if NOT_A_SEAT.search(text, lo, hi):
            continue
        listed = _longest_list(text, people, bisect_left(starts, lo), hi)
        if len(listed) < MIN_LISTED:
            continue
        # the body's word, one, in the sentence up to a clause after the cue and the list ("… og af formand C fra
        # Kolding Kommune, som er glad for det første møde med Naturparkrådet": the clause after them names another)
        clause = CLAUSE_AFTER.search(text, max(cue.end(), listed[-1].end), hi)
        if len(BODY_WORD.findall(text, lo, clause.start() if clause else hi)) != 1:
            continue
        target = chairs(cue.start()) or chairs.last_named(cue.start()) or chairs.unnamed
        out.extend(seat_listed(text, listed, target, seated, chaired))
    return out


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence holding text[start:end]: from after the last stop before it to the first stop after it (a line
    break ends one too), within SENTENCE_REACH."""
    lo = max(0, start - SENTENCE_REACH)
    stops = list(sentence_stops(SENTENCE_STOP, text, lo, start))
    lo = stops[-1].end() if stops else lo
    after = next(sentence_stops(SENTENCE_STOP, text, end, min(len(text), end + SENTENCE_REACH)), None)
    return lo, after.start() if after is not None else min(len(text), end + SENTENCE_REACH)


def _longest_list(text: str, people: list[PersonMention], first: int, hi: int) -> list[PersonMention]:
    """The longest run of names in the sentence joined as a list: each after a comma, "og" or "samt" and a short
    party, place or post, with no turn of the clause between."""
    best: list[PersonMention] = []
    run: list[PersonMention] = []
    for p in people[first:]:
        if p.end > hi:
            break
        if run and _joined(text, run[-1].end, p.start):
            run.append(p)
        else:
            run = [p]
        if len(run) > len(best):
            best = list(run)
    return best


def _joined(text: str, end: int, start: int) -> bool:
    if start <= end or not LIST_GAP.fullmatch(text, end, start):
        return False
    gap = text[end:start]
    joins = list(LIST_JOIN.finditer(gap))
    if not joins or CLAUSE_TURN.search(gap):
        return False
    lead = LEAD_SKIP.match(gap, joins[-1].end())
    assert lead is not None  # it matches the empty string
    words = gap[lead.end() :].split()
    return not words or is_title_word(words[0])

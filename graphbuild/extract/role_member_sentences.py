"""A body's members listed in one sentence after a members noun (read by `roles`), each name with its post and
place beside it: "Derudover er medlemmerne: Bo Libergren (V), Region Syddanmark, Leif Rothe Rasmussen (S) fra
Assens, …", "… samt Styregruppemedlemmer, Bjarne Møllgaard, Overfartsleder Tunøfærgen fra Odder Kommune, Max
Møller Christensen, …", "Rådet får yderligere to nye medlemmer: direktør ved TV MidtVest Lone Sunesen, Holstebro,
og …", "De øvrige bestyrelsesmedlemmer er Jens Sejr, Peder Skau, Helle Purup og Finn Mikkelsen". Each listed name
holds `medlem` (the README's rule 2) of the body the text is about there, a chair named elsewhere too; a name the
list prints as the body's chair ("NAME (formand)", "formand NAME") is the chair readers'."""

from __future__ import annotations

import re
from bisect import bisect_left

from graphbuild.extract.people import PersonMention
from graphbuild.extract.role_boards import BRACKETED_CHAIR, LISTED_CHAIR, ChairOf
from graphbuild.extract.role_facts import RoleFact, Target, role_fact
from graphbuild.extract.role_list_seats import chair_in_bracket
from graphbuild.vocab.near import finditer_near
from graphbuild.vocab.sentence_abbreviations import abbreviation_before

# the members noun, a compound of the body's kind too ("Styregruppemedlemmer", "bestyrelsesmedlemmerne"), and
# what opens the list on its line: a colon after a verb or two ("medlemmer indtrådte:"), a comma, or "er"
MEMBERS_CUE = re.compile(
    r"(?<![\wæøå-])(?P<noun>[\wæøå]*[Mm]edlemmer(?:ne)?)"
    r"(?:(?:[ \t]+[a-zæøå]+){0,2}[ \t]*:|[ \t]*,(?![ \t]+(?:der|som|hvor|og|men)[ \t])|(?P<are>[ \t]+er))[ \t]+(?=\S)"
)
# members who are not seated as such: attendance ("Fraværende medlemmer:") or members who left
NOT_SEATED = re.compile(
    r"(?:fraværende|tilstedeværende|deltagende|fremmødte|mødte|afbud|afgående|tidligere|forhenværende|udtrådte|alle)"
    r"[ \t]+(?:\w+[ \t]+)?$",
    re.IGNORECASE,
)
# a bare label, not a sentence: "Medlemmer: A, B" is the label readers' (`role_member_lists`)
LABEL = re.compile(r"Medlemmer[ \t]*:")
# before the first name: a title and its workplace at most, no comma, no full stop ("direktør ved TV MidtVest Lone
# Sunesen"); after "er" the name itself ("De øvrige bestyrelsesmedlemmer er Jens Sejr"), not "er mødt undtagen NAME"
FIRST_OPENING = re.compile(r"(?:[\wæøå/&-]+[ \t]+){0,5}")
FIRST_REACH = 60
# between two names: a party, a place, a post, joined by a comma, "og" or "samt", in one sentence
NEXT_GAP = re.compile(r"[^\n:;]{1,90}")
GAP_JOIN = re.compile(r",|[ \t](?:og|samt)[ \t]")
CLAUSE_TURN = re.compile(r"[ \t](?:mens|men|hvor|hvilket|hvorimod)[ \t]")
# a full stop ends the sentence unless it closes an initial or an abbreviation ("cand.scient.pol. Anna")
STOP = re.compile(r"(?<=[\wæøå)])\.[ \t]+(?=[A-ZÆØÅ])")
# (a shape: an initial, a short word or a dotted degree; `is_abbreviation` knows the longer ones, "vedr.", "inkl.")
ABBREVIATION_END = re.compile(r"(?:^|[\s(])(?:[\wæøå]{1,3}|[\wæøå]+\.[\wæøå.]*)$")
CHAIR_BEFORE = re.compile(r"(?:^|[ \t,])(?:næst)?formand(?:en)?[ \t]+$", re.IGNORECASE)
NAME_BEFORE_REACH = 40


def members_in_sentences(
    text: str, people: list[PersonMention], chairs: ChairOf, found: list[RoleFact]
) -> list[RoleFact]:
    """`medlem` for each name a sentence lists after a members noun, in the body the text is about there."""
    if "edlemmer" not in text:
        return []
    seated = {fact.person.name for fact in found if fact.role == "medlem"}
    starts = [p.start for p in people]
    out: list[RoleFact] = []
    for cue in finditer_near(MEMBERS_CUE, text, ("edlemmer",), 40):
        if NOT_SEATED.search(text, max(0, cue.start() - NAME_BEFORE_REACH), cue.start()) or LABEL.match(cue.group()):
            continue
        first = bisect_left(starts, cue.end())
        if cue["are"] and (first >= len(people) or people[first].start != cue.end()):
            continue
        listed = _listed(text, people, first, cue.end())
        if not listed:
            continue
        target = chairs(cue.start()) or chairs.last_named(cue.start()) or chairs.unnamed
        for p in listed:
            if p.name in seated or printed_as_chair(text, p):
                continue
            seated.add(p.name)
            out.append(role_fact(p, "medlem", target, p.start, p.end))
    return out


def _listed(text: str, people: list[PersonMention], first: int, cue_end: int) -> list[PersonMention]:
    """The names of the list opening at cue_end: the first after a title at most, then each next one in the same
    sentence after a comma, "og" or "samt" and a post or a place."""
    if first >= len(people) or people[first].start - cue_end > FIRST_REACH:
        return []
    if not FIRST_OPENING.fullmatch(text, cue_end, people[first].start):
        return []
    listed = [people[first]]
    for p in people[first + 1 :]:
        end = listed[-1].end
        if p.start <= end or not NEXT_GAP.fullmatch(text, end, p.start):
            break
        gap = text[end : p.start]
        if not GAP_JOIN.search(gap) or CLAUSE_TURN.search(gap) or _sentence_ends(text, end, p.start):
            break
        listed.append(p)
    return listed


def _sentence_ends(text: str, start: int, end: int) -> bool:
    """Whether a full stop between start and end ends a sentence (not an initial's or an abbreviation's)."""
    return any(not _abbreviation_before(text, stop.start()) for stop in STOP.finditer(text, start, end))


def _abbreviation_before(text: str, stop: int) -> bool:
    """Whether the word before a full stop is an initial, a short word, a dotted degree or a known abbreviation."""
    if ABBREVIATION_END.search(text, max(0, stop - 30), stop):
        return True
    return abbreviation_before(text, stop)


def printed_as_chair(text: str, p: PersonMention) -> bool:
    """Whether the list prints the name as its body's chair: "NAME (formand)", "NAME, formand", "formand NAME"."""
    if LISTED_CHAIR.match(text, p.end) or BRACKETED_CHAIR.match(text, p.end) or chair_in_bracket(text, p.end):
        return True
    return CHAIR_BEFORE.search(text, max(0, p.start - NAME_BEFORE_REACH), p.start) is not None


def seat_listed(
    text: str, listed: list[PersonMention], target: Target, seated: set[str], chaired: set[str]
) -> list[RoleFact]:
    """A medlem of ``target`` for each listed name not seated or chaired already nor printed as the chair;
    ``seated`` takes the names seated."""
    out: list[RoleFact] = []
    for p in listed:
        if p.name in seated or p.name in chaired or printed_as_chair(text, p):
            continue
        seated.add(p.name)
        out.append(role_fact(p, "medlem", target, p.start, p.end))
    return out

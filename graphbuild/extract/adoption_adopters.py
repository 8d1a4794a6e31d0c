"""Who takes part when a sentence names several, read by ``adoptions``: the municipality named last
before the cue, and with it the municipalities listed with it ("Aarhus, Randers og Viborg Kommuner har
tilsluttet sig DK2020"), the subject before those it acts with ("Randers Kommune har sammen med Aarhus og
Viborg Kommuner …"); a generic subject ("Yderligere 46 kommuner har tilsluttet sig DK2020:", "Følgende
kommuner deltager i DK2020:") takes the list of municipalities that follows the colon; a region named as a
place ("I Region Midtjylland deltager følgende kommuner") does not act."""

from __future__ import annotations

import re
from itertools import pairwise

from graphbuild.extract.mentions import Mention


def _joins(marks: str) -> str:
    r"""A run of white space and marks with one mark at least (``(?:\s*(?:MARKS|\n)\s*)+``), each character read once:
    the first line break of the run's opening blanks, or its opening blanks and a mark, then white space and marks,
    all taken. As ``(?:\s*(?:…|\n)\s*)+`` every line break could be a mark or white space of either side, every way:
    exponential in a run of line breaks before what ends no list (18 blank lines 4.8 s). The same strings: a mark
    parses one way, and what follows the run (a capital, the end) opens no mark."""
    return rf"(?:[^\S\n]*+\n|\s*+(?:{marks}))(?:\s|{marks})*+"


# a municipality list's joins: ", ", " og ", " samt ", "/" and line breaks of a list
_ITEM_MARKS = r",|og|samt|&|/|•|-|–|\*"
_LIST_MARKS = _ITEM_MARKS + r"|\([^()\n]{1,40}\)"  # … and a party or place in brackets
_JOIN = re.compile(f"^{_joins(_LIST_MARKS)}$")


def listed_with(text: str, named: list[Mention], last: int) -> list[Mention]:
    """``named[last]`` and the municipalities listed right before it ("Aarhus, Randers og Viborg")."""
    run = [named[last]]
    i = last
    while i > 0 and _JOIN.match(text[named[i - 1].end : named[i].start]):
        run.insert(0, named[i - 1])
        i -= 1
    return run


_PLACE = re.compile(r"\b(?:i|fra|af)\s*$", re.IGNORECASE)


def acting(text: str, organisations: list[Mention]) -> list[Mention]:
    """The organisations that may act in a sentence: not a region named as a place ("I Region
    Midtjylland deltager følgende kommuner")."""
    return [m for m in organisations if not (m.kind == "region" and _PLACE.search(text, max(0, m.start - 6), m.start))]


# what may stand between a subject municipality and its cue: "Kommuner", "har", "nu", "også", "alle" and the like
_SUBJECT_GAP = re.compile(
    r"[\s,]*(?:[Kk]ommuner(?:ne)?\s+)?(?:(?:har|er|nu|også|allerede|alle|begge|sammen|i\s+\d{4})\s+)*"
    # "A, B og C er blandt de (46) kommuner, der har tilsluttet sig X"
    r"(?:blandt\s+de\s+(?:\d+\s+|[a-zæøå]+\s+){0,2}kommuner,?\s+(?:der|som)\s+(?:(?:har|er|nu|også)\s+)*)?"
)


def next_to_cue(text: str, municipality: Mention, cue_start: int) -> bool:
    """Whether a municipality (or a list ending with it) is the subject right before the cue: only
    "Kommuner", "har", "nu", "også", "alle" and the like between, or "er blandt de kommuner, der"."""
    gap = text[municipality.end : cue_start]
    return len(gap) <= 60 and bool(_SUBJECT_GAP.fullmatch(gap))


# the municipality itself as the subject right before a participation cue, in its own minutes:
# "Kommunen er med i DK2020", "Vi deltager i DK2020", "Byrådet har været frikommune"
OWN_SUBJECT = re.compile(r"\b(?:kommunen|vi|byrådet|kommunalbestyrelsen)\s+(?:har\s+)?$", re.IGNORECASE)


# the subject before the others it acts with: "Randers Kommune har sammen med Aarhus og Viborg Kommuner …"
WITH_LIST = re.compile(r"\b(?:sammen|i\s+fællesskab)\s+med\s", re.IGNORECASE)
_SUBJECT_WITH = re.compile(
    r"[\s,]*(?:[Kk]ommuner?\s+)?(?:har|er)\s+(?:sammen|i\s+fællesskab)\s+med\s+(?:[Kk]ommunerne\s+)?"
)


def with_subject(text: str, named: list[Mention], run: list[Mention]) -> list[Mention]:
    """``run`` (the municipalities after "sammen med") and the subject listed before it, when the gap
    between them is only "(Kommune) har sammen med"."""
    at = next((i for i, m in enumerate(named) if m is run[0]), 0)
    if at == 0 or not _SUBJECT_WITH.fullmatch(text, named[at - 1].end, run[0].start):
        return run
    return listed_with(text, named, at - 1) + run


# a generic plural subject: "46 kommuner", "Følgende kommuner", "Disse kommuner", "kommunerne"
GENERIC_SUBJECT = re.compile(r"\b(?:kommuner|kommunerne)\b", re.IGNORECASE)
_LIST_END = re.compile(r"\n\s*\n|[.!?](?:\s|$)")


_BLANK = re.compile(r"\s*")


def listed_after_colon(text: str, municipalities: list[Mention], after: int, hi: int) -> list[Mention]:
    """The municipalities listed after the first colon at or after ``after`` (the cue's sentence ends
    there), up to the list's end: "…: Favrskov, Hedensted, Herning og Holstebro."."""
    colon = text.find(":", after, min(hi, after + 200))
    if colon < 0 or "\n\n" in text[after:colon]:
        return []
    stop = _LIST_END.search(text, colon + 1, hi)
    end = stop.start() if stop else hi
    listed = [m for m in municipalities if colon < m.start < end]
    if not listed or not _BLANK.fullmatch(text[colon + 1 : listed[0].start]):
        return []
    run = [listed[0]]
    for a, b in pairwise(listed):
        if not (_JOIN.match(text[a.end : b.start]) or unknown_item(text, a.end, b.start)):
            break
        run.append(b)
    return run


# an item of the list the gazetteer does not know between two it knows (a short form, a spelling: "Albertslund,
# Lyngby og Faxe"): a capitalised name of one to three words between two joins, skipped, not ending the list; the
# closing join never after a dash (`(?<!-)`): the name's closing dashes are the join's, so a run of dashes after a
# capital is tried once, not from each of its dashes (the same strings: a join from the run's first dash reads on
# through each later one). Each word is read once (possessive), the closing join from its end ...
_ITEM_JOIN = _joins(_ITEM_MARKS)
_NAME = r"(?-i:[A-ZÆØÅ][\wæøå-]*+)"
_UNKNOWN_ITEM = re.compile(rf"{_ITEM_JOIN}{_NAME}(?:[ \t]++{_NAME}){{0,2}}(?:[ \t]++[Kk]ommune)?(?<!-){_ITEM_JOIN}")
# ... or from inside the last word, whose end of joins' words ("Lyngbyog og Faxe": "og", "samt", "-") the closing join
# may take: then the words and the white space and marks after it up to the end, the word's end read from the right
_GIVEN_BACK = re.compile(rf"{_ITEM_JOIN}(?:{_NAME}[ \t]++){{0,2}}(?P<last>{_NAME})(?:\s|{_ITEM_MARKS})*+")
_JOIN_WORDS = ("og", "samt", "-")  # no one the end of another: the word's end parses one way from the right


def unknown_item(text: str, start: int, end: int) -> bool:
    r"""Whether ``text[start:end]`` is an unknown item between two joins (``_UNKNOWN_ITEM``, or its closing join
    opening inside the last word). As one pattern the name's ``[\wæøå-]*`` gave back each "og" of a glued run to the
    closing join, which read on to the window's end each time (quadratic: 1.1 s at 16,000)."""
    if _UNKNOWN_ITEM.fullmatch(text, start, end):
        return True
    given = _GIVEN_BACK.fullmatch(text, start, end)
    if given is None:
        return False
    last = given["last"]
    cut = len(last)
    while True:  # the join's opening words, peeled from the word's end; the name keeps one letter, no closing dash
        word = next((w for w in _JOIN_WORDS if last.endswith(w, 0, cut)), None)
        if word is None:
            return False
        cut -= len(word)
        if cut >= 1 and last[cut - 1] != "-":
            return True

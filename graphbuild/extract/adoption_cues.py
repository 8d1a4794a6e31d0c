"""The cues of an adoption, read by ``adoptions``: a decision to join or adopt ("besluttede at tilslutte
sig", "har tilmeldt sig", "har vedtaget X", "tiltræder X", "er tilmeldt abonnement", "har underskrevet X",
"skrev under på X"), with the day it states ("den 31. maj 2021") or a bare year ("sluttede sig i 2010
til"), and the participation forms of ``adoption_forms``; each pattern tried only where one of its words
stands in the document's lower-cased text. Also what marks a cue as only proposed ("indstiller, at …") or denied
("tilslutter sig ikke X")."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from graphbuild.extract.adoption_forms import INVERTED, PARTICIPATION_FORMS
from graphbuild.extract.document_index import DocumentIndex
from graphbuild.parse.dates import find_dates
from graphbuild.vocab.near import lowered

# "den 31. maj 2021", "d. 31.05.2021": a date between the verb and what it decides
_DATE = r"(?:(?:den|d\.)\s+)?(?:\d{1,2}\.\s*(?:[a-zæøå]+|\d{1,2}\.?)\s*\d{4}|\d{1,2}/\d{1,2}\s*\d{4})"
_ON_DATE = _DATE + r"\s+"
_INVERTED = INVERTED
# a list's subject's adverbs before the participle: "A, B og C har alle/begge/nu/også tilsluttet sig X"
_ALL = r"(?:(?:alle|begge|nu|også|allerede)\s+)+"
# the others a subject acts with, between the auxiliary and the participle: "Randers Kommune har sammen med
# Aarhus og Viborg Kommuner tilsluttet sig DK2020", "har i fællesskab med A og B underskrevet X"
_WITH = r"(?:(?:sammen|i\s+fællesskab)\s+med\s+[^.;:\n]{1,80}?\s+)?"
# "på mødet den 31. august 2020", "på sit møde den …", "på byrådsmødet den …"
_AT_MEETING = r"(?:på\s+(?:sit\s+|et\s+)?\w*møde(?:t)?\s+)?"
# (pattern, date_is, needs_named): an act on the meeting's (or the stated) day, or a state reported on
# it; `needs_named`: only an initiative the sentence names after the cue is adopted ("tiltræder
# indstillingen" adopts nothing by itself).
ADOPTION_PATTERNS: tuple[tuple[re.Pattern[str], str, bool], ...] = (
    (
        re.compile(
            rf"\b(?:besluttede|har\s+besluttet)\s+{_AT_MEETING}(?:{_ON_DATE})?(?:\w+\s+)?at\s+"
            r"(?:tilmelde|tilslutte|abonnere|købe|underskrive|indgå|deltage|indtræde)",
            re.IGNORECASE,
        ),
        "on",
        False,
    ),
    (re.compile(rf"\b(?:tilmeldte|tilsluttede)\s+{_INVERTED}sig(?:\s+i\s+\d{{4}})?\b", re.IGNORECASE), "on", False),
    # a decision in the present ("Byrådet tilslutter sig Sundhedsaftalen 2024-2027"), "sluttede sig (i
    # 2010) til", "besluttede den 29. september 2009, at Greve Kommune skulle tiltræde X"
    (
        re.compile(
            r"\b(?:tilmelder|tilslutter)\s+sig\b|\bsluttede\s+sig\s+(?:\w+\s+){0,3}?til\b|"
            rf"\b(?:besluttede|har\s+besluttet)\s*,?\s+{_AT_MEETING}(?:{_DATE}\s*,?\s*)?at\s+(?:[A-ZÆØÅ][\wæøå-]*\s+)?(?:[Kk]ommune[ns]?\s+|vi\s+)?"
            r"(?:skulle\s+|skal\s+|vil\s+)?(?:tiltræde|tilslutte\s+sig|tilmelde\s+sig|deltage\s+i|indgå\s+i)\b",
            re.IGNORECASE,
        ),
        "on",
        True,
    ),
    (
        re.compile(
            r"\b(?:godkendte|godkender|vedtog|vedtager)\s+(?:\w+\s+)?(?:tilmelding|tilslutning|deltagelse)\s+(?:til|i)\b",
            re.IGNORECASE,
        ),
        "on",
        False,
    ),
    (re.compile(r"\b(?:vedtog|tiltrådte|tiltræder|vedtager)\b", re.IGNORECASE), "on", True),
    (
        re.compile(
            rf"\ber\s+(?:nu\s+)?(?:tilmeldt|tilsluttet)\b|\bhar\s+{_INVERTED}{_WITH}(?:{_ALL})?(?:tilmeldt|tilsluttet)\s+sig\b|"
            r"\babonnerer\s+på\b",
            re.IGNORECASE,
        ),
        "on or before",
        False,
    ),
    (
        re.compile(rf"\bhar\s+{_WITH}(?:{_ALL}|tidligere\s+)?(?:vedtaget|tiltrådt)\b", re.IGNORECASE),
        "on or before",
        True,
    ),
    # signing it: "har underskrevet X", "skrev under på X" (a municipality's signature, the item names X)
    (
        re.compile(rf"\bhar\s+{_INVERTED}{_WITH}(?:{_ALL})?(?:underskrevet|sluttet\s+sig\s+til)\b", re.IGNORECASE),
        "on or before",
        True,
    ),
    (re.compile(r"\b(?:underskrev|underskriver|skrev\s+under\s+på|skriver\s+under\s+på)\b", re.IGNORECASE), "on", True),
)


@dataclass(frozen=True)
class AdoptionCue:
    start: int
    end: int
    date_is: str
    needs_named: bool = False
    date: str | None = None  # the day the statement gives, when it gives one
    # a participation form (adoption_forms): the initiative within `reach` characters after the cue, no
    # hedge before it; `subject_next`: the adopter stands right before it ("Viborg har været frikommune")
    reach: int | None = None
    subject_next: bool = False
    between: re.Pattern[str] | None = None


# the words one of which each pattern needs, looked for in the scope before the pattern runs
_NEEDS_ANY = (("besluttede", "besluttet"), ("tilmeldte", "tilsluttede"),
              ("tilmelder", "tilslutter", "sluttede", "besluttede", "besluttet"),
              ("godkend", "vedt"), ("vedt", "tiltr"), ("tilmeldt", "tilsluttet", "abonnerer"), ("vedtaget", "tiltrådt"),
              ("underskrevet", "sluttet"), ("underskr", "under på"))  # fmt: skip


# the words (lower case) one of which each pattern's every match opens with, right after its \b: the
# pattern is tried only where one stands (None: run over the whole stretch; "er" is in too many words)
_OPENS_WITH: tuple[tuple[str, ...] | None, ...] = (
    ("besluttede", "har"), ("tilmeldte", "tilsluttede"), ("tilmelder", "tilslutter", "sluttede", "besluttede", "har"),
    ("godkendte", "godkender", "vedtog", "vedtager"), ("vedtog", "tiltrådte", "tiltræder", "vedtager"), None,
    ("har",), ("har",), ("underskrev", "underskriver", "skrev", "skriver"),
)  # fmt: skip


def _matches(
    pattern: re.Pattern[str], text: str, low: str, opens: tuple[str, ...] | None, lo: int, hi: int
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text, lo, hi)`` for a pattern whose every match starts where one of ``opens``
    stands in ``low`` (the text in lower case, offsets kept): the pattern is matched at those places
    only, in order and never inside a match found, as finditer's scan would find them."""
    if opens is None:
        yield from pattern.finditer(text, lo, hi)
        return
    places: list[int] = []
    find = low.find
    for word in opens:
        at = find(word, lo, hi)
        while at >= 0:
            places.append(at)
            at = find(word, at + 1, hi)
    resume = lo
    for at in sorted(set(places)):
        if at < resume:
            continue
        match = pattern.match(text, at, hi)
        if match is not None:
            yield match
            resume = max(match.end(), at + 1)


YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
# a proposal, not a decision: "Forvaltningen indstiller, at Byrådet tilslutter sig X", "at kommunen
# tilmelder sig X" (an indstilling's bullet), "det foreslås/anbefales, at …"; the line's "at" read after spaces and
# tabs from its own line's start, not over line breaks (from each blank line's start to the end: quadratic time),
# the same match ends
PROPOSAL = re.compile(
    r"\bindstill(?:er|es|ing)\b|\bforeslå(?:r|s)\b|\banbefal(?:er|es)\b|\banmod(?:er|es)\b|"
    r"\bindstilling(?:en)?\s*:|^[^\S\n]*(?:[•·*–-]\s*|\d[.)]\s*)?at\s",
    re.IGNORECASE | re.MULTILINE,
)
APPROVING = frozenset({"approved", "adopted", "endorsed"})
# a cue denied: the negation after its finite verb (Danish main-clause order: "Byrådet tilslutter sig ikke X",
# "Kommunen underskrev ikke X") or inside it ("godkendte ikke tilslutning til X", "besluttede ikke at tilmelde sig")
# (never "ikke kun/blot/alene/bare", "not only")
_NEGATION = r"(?:ikke|ej|aldrig)(?![\wæøå])(?![ \t]+(?:kun|blot|alene|bare)(?![\wæøå]))"
_NEGATED_AFTER = re.compile(rf"[ \t]+(?:sig[ \t]+)?{_NEGATION}", re.IGNORECASE)
_NEGATED_INSIDE = re.compile(rf"(?<![\wæøå]){_NEGATION}", re.IGNORECASE)


# the adoption ended later in its own sentence: "tilsluttede sig X i 2020, men meldte sig ud igen i 2022", "…, men
# trak sig ud igen" (README adoptions: an ended agreement is none); not the leaving of another body it names
# ("…, og meldte sig ud af Business Region Aarhus")
_ENDED_AFTER = re.compile(
    r"\b(?:meldte|meldt)\s+sig\s+ud(?:\s+igen)?(?!\s+(?:af|fra|i)\s+(?-i:[A-ZÆØÅ]))|"
    r"\b(?:udtrådte|udtrådt|trak\s+sig\s+(?:ud|tilbage))(?:\s+igen)?(?!\s+(?:af|fra|i)\s+(?-i:[A-ZÆØÅ]))",
    re.IGNORECASE,
)


def ended_after(text: str, cue_end: int, hi: int) -> bool:
    """Whether the sentence says, after the cue, that the adopter left again (before ``hi``, its end)."""
    return _ENDED_AFTER.search(text, cue_end, hi) is not None


def negated(text: str, cue: AdoptionCue) -> bool:
    """Whether the cue is denied: a negation right after it or among its words."""
    return bool(_NEGATED_AFTER.match(text, cue.end) or _NEGATED_INSIDE.search(text, cue.start, cue.end))


def find_adoption_cues(
    text: str,
    lo: int,
    hi: int,
    index: DocumentIndex | None = None,
    participation: bool = True,
    agreements_only: bool = False,
) -> list[AdoptionCue]:
    """The adoption cues of text[lo:hi]. The document's lower-cased text (``index.lower``, made once per
    document) says whether the stretch holds one of a pattern's words, and where its matches can open:
    the pattern is tried there, not at every position of the stretch. ``participation``: the participation
    forms are tried too (the stretch names an initiative); else ``agreements_only``: only the approval of a
    shared agreement (the stretch holds "aftale")."""
    out = []
    low = lowered(text) if index is None else index.lower
    find = low.find
    for (pattern, date_is, needs_named), words, opens in zip(ADOPTION_PATTERNS, _NEEDS_ANY, _OPENS_WITH, strict=True):
        if all(find(word, lo, hi) < 0 for word in words):
            continue
        for m in _matches(pattern, text, low, opens, lo, hi):
            stated = find_dates(m.group(0))
            date = stated[0].value.isoformat() if stated else None
            year = None if date else YEAR.search(m.group(0))
            if year is not None:  # "sluttede sig i 2010 til": in that year, not on the meeting's day
                out.append(AdoptionCue(m.start(), m.end(), "in", needs_named, year.group(0)))
                continue
            out.append(AdoptionCue(m.start(), m.end(), "on" if date else date_is, needs_named, date))
    forms = PARTICIPATION_FORMS if participation else [f for f in PARTICIPATION_FORMS if f.dated and agreements_only]
    for form in forms:
        if all(find(word, lo, hi) < 0 for word in form.words):
            continue
        for m in form.pattern.finditer(text, lo, hi):
            stated = find_dates(m.group(0)) if form.dated else []
            day = stated[0].value.isoformat() if stated else None
            when = "on" if day else form.date_is
            cue = AdoptionCue(m.start(), m.end(), when, True, day, form.reach, form.subject_next, form.between)
            out.append(cue)
    return sorted(out, key=lambda c: (c.start, c.end))

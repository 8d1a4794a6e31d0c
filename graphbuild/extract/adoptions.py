"""A municipality adopting an initiative: a decision to join, subscribe, sign up to or approve it
("besluttede at tilmelde sig", "besluttede den 31. maj 2021 at tilmelde sig", "godkender tilslutning
til", "er tilmeldt abonnement", "har vedtaget X", "tiltræder X"), found and built here (ADOPTED;
MEMBER_OF when what is joined is a network, not an initiative). The adopter is the municipality named
before the cue in its sentence (the subject, in a cross-municipal body's minutes), else the meeting's
own; the initiative is the one the sentence names, else (for a decision to join) the item's own main
initiative ("dette nye initiativ"). A date the statement gives ("den 31. maj 2021") is the adoption's
date; a bare year ("sluttede sig i 2010 til") makes it "on or before" the meeting's; else the meeting's.
Also: "tilslutter sig X" (a decision in the present), "besluttede den …, at Greve Kommune skulle
tiltræde X", "har underskrevet X", "skrev under på X". A cue in a proposal ("indstiller, at …", an
indstilling's "at …") adopts only when the item's decision approves it (not in an agenda, nor when the
decision puts it off or rejects it)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from graphbuild.extract.context import Context, body_is_network
from graphbuild.extract.document_index import DocumentIndex
from graphbuild.parse.dates import find_dates
from graphbuild.vocab import ids
from graphbuild.vocab.near import lowered
from graphbuild.vocab.reference import municipality_by_code

# "den 31. maj 2021", "d. 31.05.2021": a date between the verb and what it decides
_DATE = r"(?:(?:den|d\.)\s+)?(?:\d{1,2}\.\s*(?:[a-zæøå]+|\d{1,2}\.?)\s*\d{4}|\d{1,2}/\d{1,2}\s*\d{4})"
_ON_DATE = _DATE + r"\s+"
# (pattern, date_is, needs_named): an act on the meeting's (or the stated) day, or a state reported on
# it; `needs_named`: only an initiative the sentence names after the cue is adopted ("tiltræder
# indstillingen" adopts nothing by itself).
ADOPTION_PATTERNS: tuple[tuple[re.Pattern[str], str, bool], ...] = (
    (
        re.compile(
            rf"\bbesluttede\s+(?:{_ON_DATE})?(?:\w+\s+)?at\s+(?:tilmelde|tilslutte|abonnere|købe|underskrive|indgå|deltage)",
            re.IGNORECASE,
        ),
        "on",
        False,
    ),
    (re.compile(r"\b(?:tilmeldte|tilsluttede)\s+sig(?:\s+i\s+\d{4})?\b", re.IGNORECASE), "on", False),
    # a decision in the present ("Byrådet tilslutter sig Sundhedsaftalen 2024-2027"), "sluttede sig (i
    # 2010) til", "besluttede den 29. september 2009, at Greve Kommune skulle tiltræde X"
    (
        re.compile(
            r"\b(?:tilmelder|tilslutter)\s+sig\b|\bsluttede\s+sig\s+(?:\w+\s+){0,3}?til\b|"
            rf"\bbesluttede\s+(?:{_DATE}\s*,?\s*)?at\s+(?:[A-ZÆØÅ][\wæøå-]*\s+)?(?:[Kk]ommune[ns]?\s+|vi\s+)?"
            r"(?:skulle\s+|vil\s+)?(?:tiltræde|tilslutte\s+sig|tilmelde\s+sig|deltage\s+i|indgå\s+i)\b",
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
            r"\ber\s+(?:nu\s+)?(?:tilmeldt|tilsluttet)\b|\bhar\s+(?:nu\s+)?(?:tilmeldt|tilsluttet)\s+sig\b|"
            r"\babonnerer\s+på\b",
            re.IGNORECASE,
        ),
        "on or before",
        False,
    ),
    (re.compile(r"\bhar\s+(?:nu\s+|tidligere\s+)?(?:vedtaget|tiltrådt)\b", re.IGNORECASE), "on or before", True),
    # signing it: "har underskrevet X", "skrev under på X" (a municipality's signature, the item names X)
    (
        re.compile(r"\bhar\s+(?:nu\s+)?(?:underskrevet|sluttet\s+sig\s+til)\b", re.IGNORECASE),
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


# the words one of which each pattern needs, looked for in the scope before the pattern runs
_NEEDS_ANY = (("besluttede",), ("tilmeldte", "tilsluttede"), ("tilmelder", "tilslutter", "sluttede", "besluttede"),
              ("godkend", "vedt"), ("vedt", "tiltr"), ("tilmeldt", "tilsluttet", "abonnerer"), ("vedtaget", "tiltrådt"),
              ("underskrevet", "sluttet"), ("underskr", "under på"))  # fmt: skip


# the words (lower case) one of which each pattern's every match opens with, right after its \b: the
# pattern is tried only where one stands (None: run over the whole stretch; "er" is in too many words)
_OPENS_WITH: tuple[tuple[str, ...] | None, ...] = (
    ("besluttede",), ("tilmeldte", "tilsluttede"), ("tilmelder", "tilslutter", "sluttede", "besluttede"),
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
# tilmelder sig X" (an indstilling's bullet), "det foreslås/anbefales, at …"
PROPOSAL = re.compile(
    r"\bindstill(?:er|es|ing)\b|\bforeslå(?:r|s)\b|\banbefal(?:er|es)\b|\banmod(?:er|es)\b|"
    r"\bindstilling(?:en)?\s*:|^\s*(?:[•·*–-]\s*|\d[.)]\s*)?at\s",
    re.IGNORECASE | re.MULTILINE,
)
APPROVING = frozenset({"approved", "adopted", "endorsed"})


def find_adoption_cues(text: str, lo: int, hi: int, index: DocumentIndex | None = None) -> list[AdoptionCue]:
    """The adoption cues of text[lo:hi]. The document's lower-cased text (``index.lower``, made once per
    document) says whether the stretch holds one of a pattern's words, and where its matches can open:
    the pattern is tried there, not at every position of the stretch."""
    out = []
    low = lowered(text) if index is None else index.lower
    find = low.find
    for (pattern, date_is, needs_named), words, opens in zip(ADOPTION_PATTERNS, _NEEDS_ANY, _OPENS_WITH, strict=True):
        if all(find(word, lo, hi) < 0 for word in words):
            continue
        for m in _matches(pattern, text, low, opens, lo, hi):
            stated = find_dates(m.group(0))
            date = stated[0].value.isoformat() if stated else None
            # "sluttede sig i 2010 til": a year before the meeting, not its day
            when = "on" if date else "on or before" if YEAR.search(m.group(0)) else date_is
            out.append(AdoptionCue(m.start(), m.end(), when, needs_named, date))
    return sorted(out, key=lambda c: (c.start, c.end))


def _outcome(ctx: Context, item: str | None) -> str | None:
    return next((i.outcome for i in ctx.items if i.number == item), None)


def add_adoptions(ctx: Context) -> None:
    municipality = ctx.municipality
    date = ctx.meeting.start.date().isoformat() if ctx.meeting.start else None
    adopted: set[tuple[str, str]] = set()
    for scope in ctx.scopes[1:]:
        cues = find_adoption_cues(ctx.text, scope.start, scope.end, ctx.index)
        here = ctx.in_scope(scope) if cues else []
        for cue in cues:
            lo, hi = ctx.sentences.bounds(cue.start, cue.end, scope.start, scope.end)
            if PROPOSAL.search(ctx.text[lo : cue.start]) and _outcome(ctx, scope.item) not in APPROVING:
                continue  # proposed, and no decision here approves it (an agenda, a rejection)
            in_sentence = [m for m in here if lo <= m.start < hi]
            named = [m for m in in_sentence if m.type == "Municipality" and m.end <= cue.start]
            # bodies that are not the municipality's own (its council and committees act for it)
            others = [
                m
                for m in in_sentence
                if m.type == "Organization" and m.kind not in ("committee", "department") and m.end <= cue.start
            ]
            if named:
                adopter_id, adopter_name, code = named[-1].id, named[-1].name, named[-1].code
            elif others:
                continue  # another body's act: "KL og Danske Regioner har underskrevet KL Play"
            elif municipality is not None and not body_is_network(ctx.meeting.body):
                adopter_id, adopter_name, code = (
                    ids.municipality_id(municipality.code),
                    municipality.name,
                    municipality.code,
                )
            else:
                continue
            initiatives = [m for m in in_sentence if m.type == "Initiative"]
            if cue.needs_named:
                initiatives = [m for m in initiatives if m.start >= cue.end]
                if not initiatives:
                    continue
            joined = [m for m in in_sentence if m.kind == "network" and m.start >= cue.end]
            if not initiatives and joined:
                network = ctx.add_mention(joined[0])
                ctx.facts.entity(adopter_id, "Municipality", adopter_name, code=code)
                ctx.facts.relation("MEMBER_OF", adopter_id, network, ctx.ev(cue.start, cue.end))
                continue
            initiative = initiatives[0] if initiatives else ctx.main_initiative(scope)
            if initiative is None:
                continue
            initiative_id = ctx.add_mention(initiative)
            info = municipality_by_code().get(code or "")
            ctx.facts.entity(adopter_id, "Municipality", adopter_name, code=code, region=info.region if info else None)
            if (adopter_id, initiative_id) in adopted:
                continue
            adopted.add((adopter_id, initiative_id))
            ctx.facts.relation(
                "ADOPTED",
                adopter_id,
                initiative_id,
                ctx.ev(cue.start, cue.end),
                date=cue.date or date,
                # "Borgmesteren underskrev i 2015 KL Play": a year between the act and its object
                date_is="on or before"
                if cue.date is None
                and cue.date_is == "on"
                and YEAR.search(ctx.text, cue.end, max(cue.end, initiative.start))
                else cue.date_is,
            )

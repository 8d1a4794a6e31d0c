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
from itertools import pairwise

from graphbuild.extract.adoption_forms import (
    APPROVING_PROPOSAL,
    DECLINING_PROPOSAL,
    GENERIC_SUBJECT,
    HEDGE,
    INVERTED,
    JOINING_TITLE,
    OWN_OR_EVENT,
    OWN_SUBJECT,
    PARTICIPATION_FORMS,
    SHARED_AGREEMENT,
    TITLE_PART,
    WITH_LIST,
    acting,
    agreement_named,
    kind_named,
    listed_after_colon,
    listed_with,
    names_a_kind,
    names_it,
    next_to_cue,
    with_subject,
)
from graphbuild.extract.context import Context, body_is_network
from graphbuild.extract.document_index import DocumentIndex
from graphbuild.extract.mentions import Mention
from graphbuild.models import AgendaItem, Meeting
from graphbuild.parse.dates import find_dates
from graphbuild.vocab import ids
from graphbuild.vocab.gazetteer import lookup_alias
from graphbuild.vocab.near import lowered
from graphbuild.vocab.reference import municipality_by_code

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
# tilmelder sig X" (an indstilling's bullet), "det foreslås/anbefales, at …"
PROPOSAL = re.compile(
    r"\bindstill(?:er|es|ing)\b|\bforeslå(?:r|s)\b|\banbefal(?:er|es)\b|\banmod(?:er|es)\b|"
    r"\bindstilling(?:en)?\s*:|^\s*(?:[•·*–-]\s*|\d[.)]\s*)?at\s",
    re.IGNORECASE | re.MULTILINE,
)
APPROVING = frozenset({"approved", "adopted", "endorsed"})


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


def _outcome(ctx: Context, key: str | None) -> str | None:
    return ctx.item_outcomes.get(key) if key is not None else None


def _adopters(
    ctx: Context, cue: AdoptionCue, in_sentence: list[Mention], lo: int, hi: int, hi_scope: int
) -> list[Mention] | None:
    """The municipalities the sentence says adopt: the one named last before the cue with those listed
    with it; for a generic subject ("46 kommuner har tilsluttet sig DK2020:") the list after the
    colon. None when another body acts ("KL og Danske Regioner har underskrevet KL Play"), [] when the
    sentence names no adopter."""
    text = ctx.text
    # named before the cue, or inside a decision's cue ("besluttede …, at Odder Kommune skulle tilslutte sig")
    # (a subject after the verb stands inside the cue: "indtrådte Lyngby-Taarbæk i november 2020 i")
    before = [m for m in in_sentence if m.end <= cue.end]
    named = [m for m in before if m.type == "Municipality"]
    # bodies that are not the municipality's own (its council and committees act for it)
    others = acting(text, [m for m in before if m.type == "Organization" and m.kind not in ("committee", "department")])
    if named and not (others and others[-1].start > named[-1].start):
        if cue.subject_next and named[-1].end <= cue.start and not next_to_cue(text, named[-1], cue.start):
            return []
        run = listed_with(text, named, len(named) - 1)
        if not (len(run) > 1 and next_to_cue(text, run[-1], cue.start)):
            run = run[-1:]
        return with_subject(text, named, run) if WITH_LIST.search(text, cue.start, cue.end) else run
    if others:
        return None
    if GENERIC_SUBJECT.search(text, lo, cue.end):
        municipalities = [m for m in ctx.mentions if m.type == "Municipality" and lo <= m.start < hi_scope]
        return listed_after_colon(text, municipalities, cue.end, hi_scope)
    return []


def _named_initiatives(ctx: Context, cue: AdoptionCue, in_sentence: list[Mention]) -> list[Mention]:
    """The initiatives the cue names after it: the first, and those listed with it ("har underskrevet
    EU's borgmesterpagt og en Klimakommuneaftale"); a municipality's own plan named after a programme
    ("DK2020 Klimaplanen") is not the programme."""
    after = [m for m in in_sentence if m.type == "Initiative" and m.start >= cue.end and not _own_plan(ctx.text, m)]
    if not after:
        return []
    if cue.reach is not None and not names_it(ctx.text, cue.end, after[0], cue.reach, cue.between):
        return []
    out = [after[0]]
    for a, b in pairwise(after):
        if not _AND.fullmatch(ctx.text[a.end : b.start]):
            break
        out.append(b)
    return out


_AND = re.compile(r"\s*(?:,|og|samt|&)\s*(?:(?:en|et|den|det)\s+)?", re.IGNORECASE)
_OWN_PLAN = re.compile(r"[\s-]?(?:klima)?(?:handle|handlings)?plan", re.IGNORECASE)


def _own_plan(text: str, m: Mention) -> bool:
    return bool(_OWN_PLAN.match(text, m.end)) and m.type == "Initiative"


# the cues that join something shared (not "vedtog", which may adopt the municipality's own project)
_JOINING = re.compile(
    r"tilm|tilsl|sluttet|sluttede|deltag|indgå|indtr|tiltr|underskr|under\s+på|med\s+i|del\s+af",
    re.IGNORECASE,
)


_COUNCIL_INSIDE = re.compile(r"\b(?:byrådet|kommunalbestyrelsen|borgerrepræsentationen)\b", re.IGNORECASE)
_APPROVES = re.compile(r"godkendte|har\s", re.IGNORECASE)  # the agreement form (adoption_forms) opens so
# the cues that can only join something shared (not "tiltræder", "deltager i", "indgår i": a council
# tiltræder a committee's indstilling, deltager i a meeting): a bare name after them is what is joined
_ONLY_JOINING = re.compile(r"tilm|tilsl|sluttet|sluttede|underskr|under\s+på", re.IGNORECASE)


def _unknown_joined(text: str, cue: AdoptionCue, hi: int, in_sentence: list[Mention]) -> list[Mention]:
    """The initiative the gazetteer does not know that a joining cue names by its kind right after it
    (``adoption_forms.kind_named``); none after a status cue ("er blevet Klimakommune") or "vedtog"."""
    if cue.between is not None and cue.reach is not None and _APPROVES.match(text, cue.start, cue.end):
        return agreement_named(text, cue.end, hi, in_sentence)  # "godkendte den endelige samarbejdsaftale om …"
    if cue.subject_next or not _JOINING.search(text, cue.start, cue.end):
        return []
    return kind_named(text, cue.end, hi, in_sentence, bare=bool(_ONLY_JOINING.search(text, cue.start, cue.end)))


def _own_meeting(ctx: Context) -> bool:
    """Minutes of a municipality's own body (not a web page, a news item or a network's meeting)."""
    return ctx.meeting.kind is not None and not body_is_network(ctx.meeting.body)


def add_adoptions(ctx: Context) -> None:
    municipality = ctx.municipality
    # the meeting's day; a web page or news item has no meeting, and a date it prints is not a decision's
    date = ctx.meeting.start.date().isoformat() if ctx.meeting.start and ctx.meeting.kind is not None else None
    adopted: set[tuple[str, str]] = set()
    _item_adoptions(ctx, date, adopted)
    # a document without agenda items (a web page, a news item) is one scope: its header
    for scope in ctx.scopes[1:] or ctx.scopes[:1]:
        here = ctx.in_scope(scope)
        # a participation form names its initiative: tried only where an initiative is named
        named = any(m.type == "Initiative" for m in here) or names_a_kind(
            ctx.text, ctx.index.lower, scope.start, scope.end
        )
        # else only the approval of a shared agreement, which names it by its kind (agreement_named)
        agreement = not named and ctx.index.lower.find("aftale", scope.start, scope.end) >= 0
        cues = find_adoption_cues(
            ctx.text, scope.start, scope.end, ctx.index, participation=named, agreements_only=agreement
        )
        for cue in cues:
            lo, hi = ctx.sentences.bounds(cue.start, cue.end, scope.start, scope.end)
            if PROPOSAL.search(ctx.text[lo : cue.start]) and _outcome(ctx, scope.key) not in APPROVING:
                continue  # proposed, and no decision here approves it (an agenda, a rejection)
            if cue.reach is not None and HEDGE.search(ctx.text, lo, cue.start):
                continue  # "overvejer at være med i", "søgt om og fået afslag på at blive frikommune"
            in_sentence = [m for m in here if lo <= m.start < hi]
            adopters = _adopters(ctx, cue, in_sentence, lo, hi, scope.end)
            if adopters is None:
                continue  # another body's act
            if adopters:
                found = [(m.id, m.name, m.code) for m in adopters]
            elif (
                municipality is not None
                and _own_meeting(ctx)
                and (
                    cue.reach is None
                    or OWN_SUBJECT.search(ctx.text, max(lo, cue.start - 40), cue.start)
                    or _COUNCIL_INSIDE.search(ctx.text, cue.start, cue.end)  # "godkendte Kommunalbestyrelsen …"
                )
            ):
                found = [(ids.municipality_id(municipality.code), municipality.name, municipality.code)]
            else:
                continue
            initiatives = [m for m in in_sentence if m.type == "Initiative" and not _own_plan(ctx.text, m)]
            unknown = _unknown_joined(ctx.text, cue, hi, in_sentence)
            if cue.needs_named:
                initiatives = _named_initiatives(ctx, cue, in_sentence) or unknown
                listed = bool(adopters) and not any(m.start < cue.end for m in adopters)
                if not initiatives and listed and cue.reach:
                    # "I Region Midtjylland deltager følgende kommuner: A, B, C" under a heading naming it
                    main = ctx.main_initiative(scope)
                    initiatives = [main] if main is not None else []
                if not initiatives:
                    continue
            else:
                initiatives = (initiatives or unknown)[:1]
            joined = [m for m in in_sentence if m.kind == "network" and m.start >= cue.end]
            for adopter_id, adopter_name, code in found:
                if not initiatives and joined:
                    network = ctx.add_mention(joined[0])
                    ctx.facts.entity(adopter_id, "Municipality", adopter_name, code=code)
                    ctx.facts.relation("MEMBER_OF", adopter_id, network, ctx.ev(cue.start, cue.end))
                    continue
                main = ctx.main_initiative(scope)
                for initiative in initiatives or ([main] if main is not None else []):
                    _adopt(ctx, cue, adopter_id, adopter_name, code, initiative, date, adopted)


def reported_day(meeting: Meeting) -> str | None:
    """The day a stated adoption happened on or before: the meeting's; for a web page or news item, which
    records no meeting, the day it carries (published, else the date it was read with), if any."""
    if meeting.kind is not None:
        return meeting.start.date().isoformat() if meeting.start else None
    day = meeting.published or (meeting.start.date() if meeting.start else None)
    return day.isoformat() if day else None


def _adopt(
    ctx: Context,
    cue: AdoptionCue,
    adopter_id: str,
    adopter_name: str,
    code: str | None,
    initiative: Mention,
    date: str | None,
    adopted: set[tuple[str, str]],
) -> None:
    initiative_id = ctx.add_mention(initiative)
    info = municipality_by_code().get(code or "")
    ctx.facts.entity(adopter_id, "Municipality", adopter_name, code=code, region=info.region if info else None)
    if (adopter_id, initiative_id) in adopted:
        return
    adopted.add((adopter_id, initiative_id))
    # "Borgmesteren underskrev i 2015 KL Play": a year between the act and its object
    year = YEAR.search(ctx.text, cue.end, max(cue.end, initiative.start)) if cue.date is None else None
    day: str | None
    if year is not None and cue.date_is == "on":
        when, day = "in", year.group(0)
    elif cue.date is not None or date is not None:
        when, day = cue.date_is, cue.date or date
    else:  # a web page or news item: what it reports happened on or before the day it carries, if any
        when, day = "on or before", reported_day(ctx.meeting)
    ctx.facts.relation("ADOPTED", adopter_id, initiative_id, ctx.ev(cue.start, cue.end), date=day, date_is=when)


# the outcomes of an item that decide it (a committee's recommendation, "endorsed", decides nothing)
DECIDED = frozenset({"approved", "adopted"})


def _item_adoptions(ctx: Context, date: str | None, adopted: set[tuple[str, str]]) -> None:
    """The item form (adoption_forms): in a municipality's own minutes, an item whose title names a shared
    initiative, whose indstilling proposes to approve or join it and whose decision approves it is the
    municipality's adoption of it on the meeting's day."""
    municipality = ctx.municipality
    if municipality is None or date is None or not _own_meeting(ctx):
        return
    adopter = ids.municipality_id(municipality.code)
    for item in ctx.meeting.items:
        if item.from_contents or ctx.item_outcomes.get(ctx.item_key(item)) not in DECIDED:
            continue
        proposal = item.section("indstilling")
        if proposal is None or not APPROVING_PROPOSAL.search(proposal.text):
            continue
        if DECLINING_PROPOSAL.search(proposal.text):
            continue
        found = _titled_initiative(ctx, item, proposal.text)
        initiative, title_at = found or (None, 0)
        if initiative is None:
            continue
        cue = AdoptionCue(title_at, title_at + len(item.title), "on")
        _adopt(ctx, cue, adopter, municipality.name, municipality.code, initiative, date, adopted)


def _titled_initiative(ctx: Context, item: AgendaItem, proposal: str) -> tuple[Mention | None, int] | None:
    """The shared initiative an item's title names, and where the title stands: a known initiative or a
    shared agreement ("Rammeaftale 2025-2026", "Sundhedsaftale for Region Sjælland") the indstilling
    names again, or what a joining title names ("Tilslutning til fælles udbud af …", "X - tilslutning")."""
    title_at = ctx.text.find(item.title, item.start, item.end) if item.title else -1
    if title_at < 0:
        return None
    title_end = title_at + len(item.title)
    in_title = [m for m in ctx.mentions if title_at <= m.start and m.end <= title_end]
    low = proposal.lower()
    for m in in_title:
        if m.type != "Initiative" or _own_plan(ctx.text, m):
            continue
        known = lookup_alias(m.name)
        head = SHARED_AGREEMENT.match(m.name)
        # the indstilling names it again ("at rammeaftalen for 2025-2026 godkendes")
        named_again = m.name.lower() in low or (head is not None and head.group("stem").lower() in low)
        if ((known is not None and known.type == "Initiative") or head is not None) and named_again:
            return m, title_at
    joining = JOINING_TITLE.match(item.title)
    if joining is not None:
        group = "what" if joining.group("what") else "before"
        span = (title_at + joining.start(group), title_at + joining.end(group))
    else:
        # a title part opening with a shared agreement: "Sundhedsaftale for Region Sjælland - godkendelse"
        part = TITLE_PART.split(item.title, maxsplit=1)[0]
        head = SHARED_AGREEMENT.match(part)
        # named, not only its kind ("Sundhedsaftale" alone names no one agreement)
        if head is None or head.group("stem").lower() not in low or not part[head.end() :].strip():
            return None
        span = (title_at, title_at + len(part.rstrip()))
    return _initiative_in(ctx, in_title, *span), title_at


_AREA = re.compile(r"\b(?:for|i)\s+$", re.IGNORECASE)


def _initiative_in(ctx: Context, in_title: list[Mention], start: int, end: int) -> Mention | None:
    """The initiative a title names in text[start:end]: a mention there, else the words themselves; none
    when they are the municipality's own business or name an organisation (joining one is a membership)."""
    what = ctx.text[start:end]
    if OWN_OR_EVENT.search(what):
        return None
    # an organisation named in it (joining one is a membership), not a region named as the area it covers
    # ("Sundhedsaftale for Region Sjælland")
    named = [m for m in in_title if m.type in ("Organization", "Municipality") and m.start < end and m.end > start]
    if any(not (m.kind == "region" and _AREA.search(ctx.text, max(0, m.start - 5), m.start)) for m in named):
        return None
    inside = [m for m in in_title if m.type == "Initiative" and start <= m.start and m.end <= end]
    if inside:
        return inside[0]
    return Mention(start, end, ids.initiative_id(what), "Initiative", what)

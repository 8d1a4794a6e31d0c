"""A municipality adopting an initiative: a decision to join, subscribe, sign up to or approve it
("besluttede at tilmelde sig", "besluttede den 31. maj 2021 at tilmelde sig", "godkender tilslutning
til", "er tilmeldt abonnement", "har vedtaget X", "tiltræder X"), found and built here (ADOPTED;
MEMBER_OF when what is joined is a network, not an initiative). The adopter is the municipality named
before the cue in its sentence (the subject, in a cross-municipal body's minutes), else the meeting's
own, else on a page or news item of a municipality's own site the site's, when "kommunen", "vi", "Byrådet" or
"Kommunalbestyrelsen" is the cue's subject ("Onsdag aften godkendte Kommunalbestyrelsen den endelige
samarbejdsaftale om …" on stevns.dk); the initiative is the one the sentence names, else (for a decision to
join) the item's own main initiative ("dette nye initiativ"). A date the statement gives ("den 31. maj 2021")
is the adoption's date; a bare year ("sluttede sig i 2010 til") makes it "on or before" the meeting's; else
the meeting's. Also: "tilslutter sig X" (a decision in the present), "besluttede den …, at Greve Kommune skulle
tiltræde X", "har underskrevet X", "skrev under på X". A cue in a proposal ("indstiller, at …", an
indstilling's "at …") adopts only when the item's decision approves it (not in an agenda, nor when the
decision puts it off or rejects it). A joining cue whose object is a network named by its form
("godkendte tilslutning til Business Region Aarhus") states a membership (MEMBER_OF), not an adoption."""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import pairwise

from graphbuild.extract.adoption_abbreviations import abbreviated_initiative
from graphbuild.extract.adoption_adopters import (
    GENERIC_SUBJECT,
    OWN_SUBJECT,
    WITH_LIST,
    acting,
    listed_after_colon,
    listed_with,
    next_to_cue,
    with_subject,
)
from graphbuild.extract.adoption_cues import (
    APPROVING,
    PROPOSAL,
    AdoptionCue,
    ended_after,
    find_adoption_cues,
    negated,
)
from graphbuild.extract.adoption_facts import adopt, own_meeting, own_plan, own_site
from graphbuild.extract.adoption_forms import HEDGE, names_it
from graphbuild.extract.adoption_items import item_adoptions
from graphbuild.extract.adoption_unknown_initiatives import agreement_named, kind_named, names_a_kind
from graphbuild.extract.context import Context
from graphbuild.extract.membership_network_forms import network_joined
from graphbuild.extract.membership_relation import named_network
from graphbuild.extract.mentions import Mention
from graphbuild.vocab import ids


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
    after = [m for m in in_sentence if m.type == "Initiative" and m.start >= cue.end and not own_plan(ctx.text, m)]
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
    (``adoption_unknown_initiatives.kind_named``); none after a status cue ("er blevet Klimakommune") or "vedtog"."""
    if cue.between is not None and cue.reach is not None and _APPROVES.match(text, cue.start, cue.end):
        return agreement_named(text, cue.end, hi, in_sentence)  # "godkendte den endelige samarbejdsaftale om …"
    if cue.subject_next or not _JOINING.search(text, cue.start, cue.end):
        return []
    return kind_named(text, cue.end, hi, in_sentence, bare=bool(_ONLY_JOINING.search(text, cue.start, cue.end)))


def _join(ctx: Context, cue: AdoptionCue, found: list[tuple[str, str, str | None]], network_name: str) -> None:
    network = named_network(ctx, network_name)
    for adopter_id, adopter_name, code in found:
        ctx.facts.entity(adopter_id, "Municipality", adopter_name, code=code)
        if not ctx.facts.has_relation("MEMBER_OF", adopter_id, network):
            ctx.facts.relation("MEMBER_OF", adopter_id, network, ctx.ev(cue.start, cue.end))


def _abbreviated(ctx: Context, cue: AdoptionCue, hi: int) -> list[Mention]:
    """The initiative a joining cue names by an abbreviation the text defined ("tilsluttet sig PGM")."""
    if cue.subject_next or not _JOINING.search(ctx.text, cue.start, cue.end):
        return []
    return abbreviated_initiative(ctx.text, cue.end, hi, ctx.mentions)


def add_adoptions(ctx: Context) -> None:
    municipality = ctx.municipality
    # the meeting's day; a web page or news item has no meeting, and a date it prints is not a decision's
    date = ctx.meeting.start.date().isoformat() if ctx.meeting.start and ctx.meeting.kind is not None else None
    adopted: set[tuple[str, str]] = set()
    item_adoptions(ctx, date, adopted)
    # a document without agenda items (a web page, a news item) is one scope: its header
    for scope in ctx.scopes[1:] or ctx.scopes[:1]:
        here = ctx.in_scope(scope)
        here_starts = [m.start for m in here]  # in order, as the document's mentions are
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
            if negated(ctx.text, cue) or ended_after(ctx.text, cue.end, hi):
                continue  # "Byrådet tilslutter sig ikke X", "tilsluttede sig X i 2020, men meldte sig ud igen"
            if cue.reach is not None and HEDGE.search(ctx.text, lo, cue.start):
                continue  # "overvejer at være med i", "søgt om og fået afslag på at blive frikommune"
            in_sentence = here[bisect_left(here_starts, lo) : bisect_left(here_starts, hi)]
            adopters = _adopters(ctx, cue, in_sentence, lo, hi, scope.end)
            if adopters is None:
                continue  # another body's act
            if adopters:
                found = [(m.id, m.name, m.code) for m in adopters]
            elif (
                municipality is not None
                and own_meeting(ctx)
                and (
                    cue.reach is None
                    or OWN_SUBJECT.search(ctx.text, max(lo, cue.start - 40), cue.start)
                    or _COUNCIL_INSIDE.search(ctx.text, cue.start, cue.end)  # "godkendte Kommunalbestyrelsen …"
                )
            ):
                found = [(ids.municipality_id(municipality.code), municipality.name, municipality.code)]
            elif (
                OWN_SUBJECT.search(ctx.text, max(lo, cue.start - 40), cue.start)
                or _COUNCIL_INSIDE.search(ctx.text, cue.start, cue.end)
            ) and (site := own_site(ctx)) is not None:
                # a page or news item on a municipality's own site: its "kommunen", "vi", "Kommunalbestyrelsen"
                found = [(ids.municipality_id(site.code), site.name, site.code)]
            else:
                continue
            initiatives = [m for m in in_sentence if m.type == "Initiative" and not own_plan(ctx.text, m)]
            unknown = _unknown_joined(ctx.text, cue, hi, in_sentence) or _abbreviated(ctx, cue, hi)
            if not initiatives and not unknown:
                network = (
                    network_joined(ctx.text, cue.end, hi) if _JOINING.search(ctx.text, cue.start, cue.end) else None
                )
                if network is not None:  # "godkendte tilslutning til Business Region Aarhus": a membership
                    _join(ctx, cue, found, network)
                    continue
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
                    adopt(ctx, cue, adopter_id, adopter_name, code, initiative, date, adopted)

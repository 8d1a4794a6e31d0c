"""A municipality adopting an initiative: a decision to join, subscribe or sign up
("besluttede at tilmelde sig", "er tilmeldt abonnement"), found and built here (ADOPTED; MEMBER_OF when
what is joined is a network, not an initiative). The adopter is the municipality named before the cue
in its sentence, else the meeting's own; the initiative is the one the sentence names, else the item's
own main initiative ("dette nye initiativ")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from graphbuild.extract.context import Context, body_is_network
from graphbuild.vocab import ids
from graphbuild.vocab.near import finditer_near
from graphbuild.vocab.reference import municipality_by_code

# (pattern, date_is, words): an act on the meeting's day, or a state reported on it; each pattern
# runs only near the words its matches hold (vocab.near).
ADOPTION_PATTERNS: tuple[tuple[re.Pattern[str], str, tuple[str, ...]], ...] = (
    (
        re.compile(
            r"\bbesluttede\s+(?:\w+\s+)?at\s+(?:tilmelde|tilslutte|abonnere|købe|underskrive|indgå|deltage)",
            re.IGNORECASE,
        ),
        "on",
        ("besluttede",),
    ),
    (re.compile(r"\b(?:tilmeldte|tilsluttede)\s+sig\b", re.IGNORECASE), "on", ("tilmeldte", "tilsluttede")),
    (
        re.compile(r"\b(?:godkendte|vedtog)\s+(?:\w+\s+)?(?:tilmelding|tilslutning)\s+til\b", re.IGNORECASE),
        "on",
        ("godkendte", "vedtog"),
    ),
    (
        re.compile(
            r"\ber\s+(?:nu\s+)?(?:tilmeldt|tilsluttet)\b|\bhar\s+(?:nu\s+)?(?:tilmeldt|tilsluttet)\s+sig\b|"
            r"\babonnerer\s+på\b",
            re.IGNORECASE,
        ),
        "on or before",
        ("tilmeldt", "tilsluttet", "abonnerer"),
    ),
)
CUE_REACH = 80  # how far from its start (and past it) a cue may hold its word


@dataclass(frozen=True)
class AdoptionCue:
    start: int
    end: int
    date_is: str


def find_adoption_cues(text: str, lo: int, hi: int) -> list[AdoptionCue]:
    out = []
    for pattern, date_is, words in ADOPTION_PATTERNS:
        found = finditer_near(pattern, text, words, CUE_REACH, lo, hi)
        out += [AdoptionCue(m.start(), m.end(), date_is) for m in found]
    return sorted(out, key=lambda c: (c.start, c.end))


def add_adoptions(ctx: Context) -> None:
    municipality = ctx.municipality
    date = ctx.meeting.start.date().isoformat() if ctx.meeting.start else None
    adopted: set[tuple[str, str]] = set()
    for scope in ctx.scopes[1:]:
        cues = find_adoption_cues(ctx.text, scope.start, scope.end)
        here = ctx.in_scope(scope) if cues else []
        for cue in cues:
            lo, hi = ctx.sentences.bounds(cue.start, cue.end, scope.start, scope.end)
            in_sentence = [m for m in here if lo <= m.start < hi]
            named = [m for m in in_sentence if m.type == "Municipality" and m.end <= cue.start]
            if named:
                adopter_id, adopter_name, code = named[-1].id, named[-1].name, named[-1].code
            elif municipality is not None and not body_is_network(ctx.meeting.body):
                adopter_id, adopter_name, code = (
                    ids.municipality_id(municipality.code),
                    municipality.name,
                    municipality.code,
                )
            else:
                continue
            initiatives = [m for m in in_sentence if m.type == "Initiative"]
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
                date=date,
                date_is=cue.date_is,
            )

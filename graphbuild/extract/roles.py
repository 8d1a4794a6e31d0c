"""Who holds which role where, with from and to dates:
"direktør Lone Rasmussen fra Skanderborg", "Formand for DASSOS, Jesper Thyrring Møller",
"fratræder som kommunaldirektør i Hedensted Kommune ved udgangen af januar 2020",
"tiltræder som kommunaldirektør ved Struer Kommune den 1. februar 2020",
"Næstformandskabet i KOSU varetages af ...", "transportminister Benny Engelbrecht"."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from typing import Any

from graphbuild.extract.evidence import first_date, first_month_end
from graphbuild.extract.mentions import Mention
from graphbuild.extract.people import PersonMention
from graphbuild.vocab import ids

ROLE_WORDS = (
    r"[a-zæøå]*direktør(?:en)?|"
    r"(?:vice)?borgmester(?:en)?|regionsrådsformand(?:en)?|næstformand(?:en)?|formand(?:en)?|"
    r"rådmand(?:en)?|[a-zæøå]*minister(?:en)?|(?:afdelings|sekretariats|center|kontor|fag)chef(?:en)?|"
    r"sekretariatsleder(?:en)?|projektleder(?:en)?|konsulent(?:en)?|kredsformand(?:en)?"
)
ROLE_BEFORE_NAME = re.compile(rf"(?:(daværende|tidligere|konstitueret|ny)\s+)?\b({ROLE_WORDS})\s*,?\s*$", re.IGNORECASE)
ROLE_FOR_ORG = re.compile(rf"\b({ROLE_WORDS})\s+(?:for|i)\s+$", re.IGNORECASE)
CHANGE = re.compile(
    rf"\b(fratræder|tiltræder|fortsætter|ansættes|er\s+ansat|bliver|er)\s+som\s+({ROLE_WORDS})\s+(?:i|ved|for|hos|af)\s+",
    re.IGNORECASE,
)
CHAIRSHIP = re.compile(r"\b(næstformand|formand)skab(?:et)?\s+(?:i|for)\s+", re.IGNORECASE)
MUNICIPAL_ROLES = frozenset({"borgmester", "viceborgmester", "kommunaldirektør", "stadsdirektør", "rådmand"})
FROM_AFTER = re.compile(r"^s?\s*(?:[a-zæøå]+\s+){0,2}fra\s+$")


@dataclass(frozen=True)
class RoleFact:
    person: PersonMention
    role: str | None
    target: str  # entity id
    target_name: str
    target_type: str
    valid_from: str | None
    valid_to: str | None
    start: int  # the words the fact comes from
    end: int


def _role(word: str) -> str:
    word = word.lower()
    for suffix in ("en",):
        if word.endswith(suffix) and not word.endswith(("formanden",)) and len(word) > 6:
            base = word[: -len(suffix)]
            if re.fullmatch(ROLE_WORDS, base, re.IGNORECASE):
                return base
    return word.removesuffix("en") if word.endswith("formanden") else word


def _ministry(role: str) -> tuple[str, str] | None:
    match = re.fullmatch(r"([a-zæøå]+)minister", role)
    if not match or not match.group(1):
        return None
    name = f"{match.group(1).capitalize()}ministeriet"
    return ids.organization_id(name), name


def _next_mention(mentions: list[Mention], pos: int, hi: int) -> Mention | None:
    return next((m for m in mentions if pos <= m.start < hi and m.type in ("Organization", "Municipality")), None)


def find_roles(
    text: str,
    sentence: tuple[int, int],
    people: list[PersonMention],
    mentions: list[Mention],
    region: Mention | None,
    own_municipality: Mention | None = None,
) -> list[RoleFact]:
    lo, hi = sentence
    here = _between(people, lo, hi)
    orgs = [m for m in _between(mentions, lo, hi) if m.type in ("Organization", "Municipality")]
    out: list[RoleFact] = []

    def add(
        p: PersonMention,
        role: str | None,
        target: Mention | tuple[str, str, str],
        start: int,
        end: int,
        valid_from: str | None = None,
        valid_to: str | None = None,
    ) -> None:
        if isinstance(target, Mention):
            tid, tname, ttype = target.id, target.name, target.type
        else:
            tid, tname, ttype = target
        out.append(RoleFact(p, role, tid, tname, ttype, valid_from, valid_to, start, end))

    for p in here:
        before = text[max(lo, p.start - 60) : p.start]
        after_from: Mention | None = next(
            (m for m in orgs if m.start >= p.end and FROM_AFTER.match(_without_people(text[p.end : m.start], here))),
            None,
        )
        role_match = ROLE_BEFORE_NAME.search(before)
        if role_match:
            role = _role(role_match.group(2))
            if role_match.group(1) and role_match.group(1).lower() == "daværende":
                role = f"daværende {role}"
            target: Mention | tuple[str, str, str] | None = after_from
            chair = CHAIRSHIP.search(text, lo, p.start)
            if target is None and chair:
                target = _next_mention(orgs, chair.end(), p.start)
            if target is None:
                ministry = _ministry(role.removeprefix("daværende "))
                if ministry:
                    target = (ministry[0], ministry[1], "Organization")
                elif role.startswith("regionsråd") and region is not None:
                    target = region
            if target is None:
                # a mayor or a municipal director belongs to a municipality, never to a body nearby
                allowed = ("Municipality",) if role in MUNICIPAL_ROLES else ("Municipality", "Organization")
                preceding = [
                    m for m in orgs if m.end <= p.start - len(before) + role_match.start() and m.type in allowed
                ]
                target = preceding[-1] if preceding else None
            if target is None and role in MUNICIPAL_ROLES:
                target = own_municipality  # in a municipality's own minutes, its own mayor or director
            if target is not None:
                add(p, role, target, lo, hi)
        for_org = [
            m
            for m in orgs
            if m.end <= p.start
            and ROLE_FOR_ORG.search(text[max(lo, m.start - 40) : m.start])
            and re.fullmatch(rf"\s*,?\s*(?:(?:{ROLE_WORDS})\s+)?", text[m.end : p.start], re.IGNORECASE)
        ]
        if for_org:
            org = for_org[-1]
            role_word = ROLE_FOR_ORG.search(text[max(lo, org.start - 40) : org.start])
            assert role_word is not None
            add(p, _role(role_word.group(1)), org, lo, hi)
        elif after_from is not None and not role_match:
            add(p, None, after_from, lo, hi)
    for change in CHANGE.finditer(text, lo, hi):
        subject = [p for p in here if p.end <= change.start()]
        target_mention = _next_mention(orgs, change.end(), hi)
        if not subject or target_mention is None or target_mention.start - change.end() > 5:
            continue
        clause_end = _clause_end(text, target_mention.end, hi)
        clause = text[target_mention.end : clause_end]
        verb = change.group(1).lower()
        valid_to = first_month_end(clause) or (first_date(clause) if verb == "fratræder" else None)
        valid_from = first_date(clause) if verb in ("tiltræder", "ansættes") else None
        add(
            subject[-1],
            _role(change.group(2)),
            target_mention,
            lo,
            hi,
            valid_from=valid_from,
            valid_to=valid_to if verb == "fratræder" else None,
        )
    for chair in CHAIRSHIP.finditer(text, lo, hi):
        chair_org = _next_mention(orgs, chair.end(), hi)
        if chair_org is None or chair_org.start - chair.end() > 3:
            continue
        for p in here:
            gap = text[chair_org.end : p.start]
            if p.start > chair_org.end and len(gap) < 160 and not re.search(r"\bv\.\s", gap):
                add(p, chair.group(1).lower(), chair_org, lo, hi)
    return out


def _between(spans: list[Any], lo: int, hi: int) -> list[Any]:
    """The spans (sorted by start) that start in [lo, hi)."""
    starts = [s.start for s in spans]
    return spans[bisect_left(starts, lo) : bisect_left(starts, hi)]


def _clause_end(text: str, pos: int, hi: int) -> int:
    match = re.compile(r",\s+og\s+|\s+og\s+(?:tiltræder|fratræder)|(?<!\d)[.;](?=\s|$)").search(text, pos, hi)
    return match.start() if match else hi


def _without_people(gap: str, people: list[PersonMention]) -> str:
    for p in people:
        gap = gap.replace(p.name, "")
    return re.sub(r"^s?\s*(?:og|samt)\s+", "", gap) if gap.strip().startswith(("og", "samt")) else gap

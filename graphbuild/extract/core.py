"""extract_facts: one Meeting -> DocumentFacts (entities and relations with evidence)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from graphbuild.extract.adoptions import find_adoption_cues
from graphbuild.extract.amounts import find_amounts
from graphbuild.extract.attended import attendance
from graphbuild.extract.builder import FactsBuilder
from graphbuild.extract.evidence import Scope, evidence, sentence_bounds
from graphbuild.extract.inference import infer_municipality
from graphbuild.extract.laws import find_laws
from graphbuild.extract.memberships import add_memberships
from graphbuild.extract.mentions import Mention, find_all
from graphbuild.extract.outcomes import decision_of, outcome_of
from graphbuild.extract.people import PersonMention, find_people
from graphbuild.extract.roles import add_roles
from graphbuild.models import (
    AgendaItem,
    Attendance,
    DocumentFacts,
    Evidence,
    ItemFacts,
    Meeting,
    MunicipalityRef,
    Outcome,
)
from graphbuild.vocab import ids
from graphbuild.vocab.bodies import bare_body_name
from graphbuild.vocab.case_numbers import find_case_numbers, parse_case_number
from graphbuild.vocab.gazetteer import known_by_id, lookup_alias
from graphbuild.vocab.ids import slug
from graphbuild.vocab.reference import municipality_by_code

NETWORK_KINDS = frozenset({"network", "association"})
DECISION_HEADING = re.compile(r"^(?:Beslutning|[A-ZÆØÅ][\wæøå-]*s\s+møde\s+den\s+[^\n]*?)\s*:?\s*$", re.MULTILINE)
PROPOSAL_SENTENCE = re.compile(r"(?:Det\s+indstilles|[\w-]+\s+indstiller)[^\n]*", re.IGNORECASE)


class _Document:
    """The working state of one extraction."""

    def __init__(self, meeting: Meeting) -> None:
        self.meeting = meeting
        self.source = meeting.source
        self.text = meeting.source.text
        self.doc = meeting.source.doc_id
        self.facts = FactsBuilder()
        items = sorted(meeting.items, key=lambda i: i.start)
        self.header_end = items[0].start if items else len(self.text)
        self.scopes = [Scope(None, 0, self.header_end)] + [Scope(i.number, i.start, i.end) for i in items]
        self.mentions = find_all(self.text, 0, len(self.text))
        taken = bytearray(len(self.text) + 1)
        for m in self.mentions:
            taken[m.start : m.end] = b"\x01" * (m.end - m.start)
        self.people = [p for p in find_people(self.text, 0, len(self.text)) if 1 not in taken[p.start : p.end]]
        self.errors: list[str] = []
        self.body_id: str | None = None
        self.municipality: MunicipalityRef | None = None

    def ev(self, start: int, end: int) -> Evidence:
        return evidence(self.text, self.doc, self.item_at(start), start, end)

    def line_ev(self, start: int) -> Evidence:
        """The whole line at start (headings, titles)."""
        s = self.text.rfind("\n", 0, start) + 1
        e = self.text.find("\n", start)
        e = len(self.text) if e < 0 else e
        while s < e and self.text[s].isspace():
            s += 1
        while e > s and self.text[e - 1].isspace():
            e -= 1
        if e - s > 320:
            return self.ev(start, min(e, start + 1))
        return Evidence(document=self.doc, item=self.item_at(start), start=s, end=e, quote=self.text[s:e])

    def item_at(self, pos: int) -> str | None:
        for scope in self.scopes[1:]:
            if scope.start <= pos < scope.end:
                return scope.item
        return None

    def add_mention(self, m: Mention) -> str:
        surface = self.text[m.start : m.end]
        if self.body_id and m.type == "Organization" and slug(m.name) == slug(self.meeting.body or ""):
            return self.facts.entity(self.body_id, "Organization", m.name, surface)
        if m.kind in ("committee", "department") and self.municipality and not _body_is_network(self.meeting.body):
            # a committee named in a municipality's own minutes is that municipality's committee
            code = self.municipality.code
            committee = self.facts.entity(
                ids.organization_id(m.name, code),
                "Organization",
                f"{bare_body_name(m.name, code)} ({self.municipality.name})",
                surface,
                kind="municipality body",
                region=m.region,
            )
            municipality = self.facts.entity(ids.municipality_id(code), "Municipality", self.municipality.name)
            if not self.facts.has_relation("PART_OF", committee, municipality):
                self.facts.relation("PART_OF", committee, municipality, self.ev(m.start, m.end))
            return committee
        if m.type == "Municipality":
            return self.facts.entity(m.id, "Municipality", m.name, surface, code=m.code, region=m.region)
        if m.type == "Organization":
            return self.facts.entity(m.id, "Organization", m.name, surface, kind=m.kind, region=m.region)
        return self.facts.entity(m.id, "Initiative", m.name, surface, kind=m.kind)


def extract_facts(meeting: Meeting) -> DocumentFacts:
    """Never raises: a failure becomes an entry in ``errors`` and the facts found so far are kept."""
    try:
        state = _Document(meeting)
    except Exception as error:  # the contract: report, never raise
        return _facts(meeting, None, [], [], [f"extract: {type(error).__name__}: {error}"])
    items: list[ItemFacts] = []
    presences: list[Attendance] = []
    steps: list[tuple[str, Callable[[], object]]] = [
        ("meeting", lambda: _meeting(state)),
        ("items", lambda: items.extend(_items(state))),
        ("mentions", lambda: _mentions(state)),
        ("roles", lambda: add_roles(state)),
        ("attendance", lambda: presences.extend(_attendance(state))),
        ("adoptions", lambda: _adoptions(state, state.municipality)),
        ("membership", lambda: add_memberships(state)),
        ("ownership", lambda: _ownership(state)),
    ]
    for name, step in steps:
        try:
            step()
        except Exception as error:  # one bad step must not lose the rest of the document
            state.errors.append(f"extract {name}: {type(error).__name__}: {error}")
    return _facts(meeting, state, items, presences, state.errors)


def _facts(
    meeting: Meeting,
    state: _Document | None,
    items: list[ItemFacts],
    presences: list[Attendance],
    errors: list[str],
) -> DocumentFacts:
    source = meeting.source
    return DocumentFacts(
        source=source.name,
        sha256=source.sha256,
        format=source.format,
        kind=meeting.kind,
        body=meeting.body,
        municipality=state.municipality if state else meeting.municipality,
        start=_iso(meeting.start),
        end=_iso(meeting.end),
        location=meeting.location,
        items=items,
        attendance=presences,
        entities=state.facts.entities() if state else [],
        relations=state.facts.relations() if state else [],
        errors=[*meeting.errors, *errors],
    )


def _iso(value: object) -> str | None:
    if value is None:
        return None
    iso = getattr(value, "isoformat")  # noqa: B009 - datetime or date
    try:
        return str(iso(timespec="minutes"))
    except TypeError:
        return str(iso())


# --- the meeting, its document and its body ----------------------------------------------------


def _body_is_network(body: str | None) -> bool:
    known = lookup_alias(body) if body else None
    return known is not None and known.kind in NETWORK_KINDS


def _meeting(state: _Document) -> None:
    meeting, facts, doc = state.meeting, state.facts, state.doc
    inferred = infer_municipality(meeting, state.mentions, _body_is_network(meeting.body))
    municipality = inferred.ref if inferred else None
    state.municipality = municipality
    head = state.line_ev(_first_text(state.text))
    document_id = facts.entity(
        ids.document_id(doc),
        "Document",
        state.source.name,
        path=state.source.path,
        sha256=state.source.sha256,
        format=state.source.format,
    )
    if not _is_a_meeting(meeting):
        return  # a news article or a body's web page: a Document, but no invented Meeting
    meeting_id = facts.entity(
        ids.meeting_id(doc),
        "Meeting",
        _meeting_name(meeting),
        kind=meeting.kind,
        body=meeting.body,
        starts_at=_iso(meeting.start),
        ends_at=_iso(meeting.end),
        location=meeting.location,
        published=_iso(meeting.published),
    )
    facts.relation("RECORDED_IN", meeting_id, document_id, head)
    municipality_id = None
    if municipality is not None:
        info = municipality_by_code().get(municipality.code)
        municipality_id = facts.entity(
            ids.municipality_id(municipality.code),
            "Municipality",
            municipality.name,
            code=municipality.code,
            region=info.region if info else None,
        )
    if meeting.body:
        body_id = state.body_id = _body(state, meeting.body, municipality)
        where = state.text.find(meeting.body)
        body_ev = state.line_ev(where) if where >= 0 else head
        facts.relation("OF", meeting_id, body_id, body_ev)
        if municipality_id and municipality and body_id.startswith(ids.organization_id("", municipality.code)[:-1]):
            facts.relation("PART_OF", body_id, municipality_id, body_ev)


def _is_a_meeting(meeting: Meeting) -> bool:
    """Minutes or an agenda: parse read its kind, date, items or attendance."""
    return bool(meeting.kind or meeting.start or meeting.items or meeting.attendance)


def _first_text(text: str) -> int:
    match = re.search(r"\S", text)
    return match.start() if match else 0


def _meeting_name(meeting: Meeting) -> str:
    when = meeting.start.date().isoformat() if meeting.start else "?"
    return f"{meeting.body or 'Møde'} {when}"


def _body(state: _Document, body: str, municipality: MunicipalityRef | None) -> str:
    known = lookup_alias(body)
    if known is not None:
        return state.facts.entity(known.id, "Organization", known.name, body, kind=known.kind, region=known.region)
    name = body.strip()
    if municipality is not None:
        info = municipality_by_code().get(municipality.code)
        bare = bare_body_name(name, municipality.code)
        return state.facts.entity(
            ids.organization_id(name, municipality.code),
            "Organization",
            f"{bare} ({municipality.name})",
            name,
            kind="municipality body",
            region=info.region if info else None,
        )
    return state.facts.entity(ids.organization_id(name), "Organization", name, kind=None)


# --- agenda items ------------------------------------------------------------------------------


def _items(state: _Document) -> list[ItemFacts]:
    out = []
    meeting_id = ids.meeting_id(state.doc)
    is_agenda = state.meeting.kind == "dagsorden"
    for item in sorted(state.meeting.items, key=lambda i: i.start):
        decision, _decision_start = _decision(state, item, is_agenda)
        item_text = state.text[item.start : item.end]
        outcome: Outcome = outcome_of(item.title, item.public, decision, is_agenda, item_text)
        item_id = state.facts.entity(
            ids.item_id(state.doc, item.number),
            "AgendaItem",
            f"{item.number}. {item.title}",
            number=item.number,
            title=item.title,
            public=item.public,
            outcome=outcome,
            decision=decision,
            case_numbers=list(item.case_numbers),
            doc=ids.document_id(state.doc),
        )
        title_at = item_text.find(item.title) if item.title else -1
        title_ev = state.line_ev(item.start + max(0, title_at))
        state.facts.relation("HAS_ITEM", meeting_id, item_id, title_ev)
        _cases(state, item, item_id)
        for law in find_laws(state.text, item.start, item.end):
            law_id = state.facts.entity(ids.law_id(law.name), "Law", law.name, paragraph=law.paragraph)
            state.facts.relation("CITES", item_id, law_id, state.ev(law.start, law.end))
        out.append(
            ItemFacts(
                number=item.number,
                title=item.title,
                public=item.public,
                case_numbers=list(item.case_numbers),
                outcome=outcome,
                decision=decision,
                amounts_dkk=find_amounts(item_text),
                from_contents=item.from_contents,
            )
        )
    return out


def _decision(state: _Document, item: AgendaItem, is_agenda: bool) -> tuple[str | None, int]:
    text = state.text
    if is_agenda:
        match = PROPOSAL_SENTENCE.search(text, item.start, item.end)
        return (match.group(0).strip(" *"), match.start()) if match else (None, -1)
    if item.section("beslutning") is not None or not item.from_contents:
        decision, start = decision_of(item, text)  # this meeting's, not an earlier body's
        if decision is not None:
            return decision, start
    headings = list(DECISION_HEADING.finditer(text, item.start, item.end))
    if not headings:
        return None, -1
    start = headings[-1].end()
    body = text[start : item.end].strip()
    stop = re.search(r"\n\s*\n(?:Bilag|Sagsfremstilling)\s*\n", "\n" + body + "\n")
    if stop:
        body = body[: max(0, stop.start() - 1)].strip()
    return (body or None), start


def _cases(state: _Document, item: AgendaItem, item_id: str) -> None:
    spans = {raw: (s, e) for s, e, raw in reversed(find_case_numbers(state.text[item.start : item.end]))}
    for raw in item.case_numbers:
        case = parse_case_number(raw, item.journal_number)
        case_id = state.facts.entity(
            ids.case_id(case.number),
            "Case",
            case.number,
            number=case.number,
            scheme=case.scheme,
            kle=case.kle,
            facet=case.facet,
            municipality_code=case.municipality_code,
        )
        s, e = spans.get(raw, (0, 0))
        ev = state.ev(item.start + s, item.start + e) if raw in spans else state.line_ev(item.start)
        state.facts.relation("CONCERNS", item_id, case_id, ev)


# --- mentions of organisations, municipalities, initiatives and people -------------------------


def _mentions(state: _Document) -> None:
    titles = {i.number: i for i in state.meeting.items}
    for m in state.mentions:
        entity = state.add_mention(m)
        item = state.item_at(m.start)
        if item is None:
            continue
        item_id = ids.item_id(state.doc, item)
        if not state.facts.has_relation("MENTIONS", item_id, entity, item):
            state.facts.relation("MENTIONS", item_id, entity, state.ev(m.start, m.end))
        title = titles[item].title
        if (
            title
            and state.text[m.start : m.end] in title
            and not state.facts.has_relation("CONCERNS", item_id, entity, item)
        ):
            state.facts.relation("CONCERNS", item_id, entity, state.ev(m.start, m.end))
    for p in state.people:
        person = _person(state, p)
        item = state.item_at(p.start)
        if item is not None and not state.facts.has_relation("MENTIONS", ids.item_id(state.doc, item), person, item):
            state.facts.relation("MENTIONS", ids.item_id(state.doc, item), person, state.ev(p.start, p.end))


def _person(state: _Document, p: PersonMention) -> str:
    return state.facts.entity(ids.person_id(p.name), "Person", p.name, affiliation=p.affiliation)


# --- attendance, adoptions, membership, ownership ----------------------------------------------


def _attendance(state: _Document) -> list[Attendance]:
    out = []
    meeting_id = ids.meeting_id(state.doc)
    for presence in attendance(state.meeting):
        person = state.facts.entity(ids.person_id(presence.name), "Person", presence.name)
        state.facts.relation(
            "ATTENDED",
            person,
            meeting_id,
            state.line_ev(presence.start),
            status=presence.status,
            stands_in_for=presence.for_,
        )
        out.append(presence)
    return out


def _main_initiative(state: _Document, scope: Scope) -> Mention | None:
    here = [m for m in state.mentions if m.type == "Initiative" and scope.start <= m.start < scope.end]
    if not here:
        return None
    counts = Counter(m.id for m in here)
    best = max(counts.items(), key=lambda kv: (kv[1], -min(m.start for m in here if m.id == kv[0])))[0]
    return next(m for m in here if m.id == best)


def _adoptions(state: _Document, municipality: MunicipalityRef | None) -> None:
    date = state.meeting.start.date().isoformat() if state.meeting.start else None
    adopted: set[tuple[str, str]] = set()
    for scope in state.scopes[1:]:
        for cue in find_adoption_cues(state.text, scope.start, scope.end):
            lo, hi = sentence_bounds(state.text, cue.start, cue.end, scope.start, scope.end)
            in_sentence = [m for m in state.mentions if lo <= m.start < hi]
            named = [m for m in in_sentence if m.type == "Municipality" and m.end <= cue.start]
            if named:
                adopter_id, adopter_name, code = named[-1].id, named[-1].name, named[-1].code
            elif municipality is not None and not _body_is_network(state.meeting.body):
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
                network = state.add_mention(joined[0])
                state.facts.entity(adopter_id, "Municipality", adopter_name, code=code)
                state.facts.relation("MEMBER_OF", adopter_id, network, state.ev(cue.start, cue.end))
                continue
            initiative = initiatives[0] if initiatives else _main_initiative(state, scope)
            if initiative is None:
                continue
            initiative_id = state.add_mention(initiative)
            info = municipality_by_code().get(code or "")
            state.facts.entity(
                adopter_id, "Municipality", adopter_name, code=code, region=info.region if info else None
            )
            if (adopter_id, initiative_id) in adopted:
                continue
            adopted.add((adopter_id, initiative_id))
            state.facts.relation(
                "ADOPTED",
                adopter_id,
                initiative_id,
                state.ev(cue.start, cue.end),
                date=date,
                date_is=cue.date_is,
            )


OWNER_BEFORE = re.compile(
    r"\b(?:initiativ|platform|ordning|abonnement|tilbud|program)\w*\s+(?:fra|hos)\s+$", re.IGNORECASE
)
OWNER_AFTER = re.compile(r"^\s+(?:leverer|udbyder|tilbyder|står\s+bag|driver)\b", re.IGNORECASE)


def _ownership(state: _Document) -> None:
    """Initiative OWNED_BY Organization: said in words ("initiativ fra KL", "som KL leverer"), or the
    gazetteer's owner named in the same item as the initiative."""
    for scope in state.scopes[1:]:
        here = [m for m in state.mentions if scope.start <= m.start < scope.end]
        for org in (m for m in here if m.type == "Organization"):
            before = state.text[max(scope.start, org.start - 40) : org.start]
            after = state.text[org.end : min(scope.end, org.end + 30)]
            if not (OWNER_BEFORE.search(before) or OWNER_AFTER.match(after)):
                continue
            lo, hi = sentence_bounds(state.text, org.start, org.end, scope.start, scope.end)
            named = [m for m in here if m.type == "Initiative" and lo <= m.start < hi]
            initiative = named[0] if named else _main_initiative(state, scope)
            if initiative is not None:
                initiative_id, owner_id = state.add_mention(initiative), state.add_mention(org)
                if not state.facts.has_relation("OWNED_BY", initiative_id, owner_id):
                    state.facts.relation("OWNED_BY", initiative_id, owner_id, state.ev(org.start, org.end))
        known = known_by_id()
        for m in here:
            entity = known.get(m.id)
            owner = known.get(entity.owner) if entity and entity.owner else None
            if owner is None or state.facts.has_relation("OWNED_BY", m.id, owner.id):
                continue
            owner_mentions = [o for o in here if o.id == owner.id]
            if not owner_mentions:
                continue
            nearest = min(owner_mentions, key=lambda o: (abs(o.start - m.start), o.start))
            state.facts.entity(owner.id, "Organization", owner.name, kind=owner.kind, region=owner.region)
            state.facts.relation("OWNED_BY", m.id, owner.id, state.ev(nearest.start, nearest.end))

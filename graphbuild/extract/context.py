"""The working state of one document's extraction, shared by the steps: the text, its scopes (the
header and each agenda item), the named things and people found once in the whole text, the facts
built so far, and the evidence helpers every step uses."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter

from graphbuild.extract.builder import FactsBuilder, trusted_all
from graphbuild.extract.document_index import DocumentIndex
from graphbuild.extract.evidence import Scope
from graphbuild.extract.mentions import Mention, find_all
from graphbuild.extract.name_glued_pairs import with_glued_pairs_split
from graphbuild.extract.people import find_people, with_fuller_spellings
from graphbuild.extract.people_first_name_subjects import first_name_subjects
from graphbuild.extract.people_initial_surnames import initial_surnames
from graphbuild.extract.people_initials_first import initials_first
from graphbuild.extract.people_listed_again import listed_again
from graphbuild.extract.place_surnames import places_in_names
from graphbuild.models import AgendaItem, Attendance, Evidence, ItemFacts, Meeting, MunicipalityRef, Outcome
from graphbuild.vocab import ids
from graphbuild.vocab.bodies import bare_body_name
from graphbuild.vocab.gazetteer import is_cross_municipal, lookup_alias
from graphbuild.vocab.ids import slug

NETWORK_KINDS = frozenset({"network", "association"})


def body_is_network(body: str | None) -> bool:
    """Whether the meeting's body is a gazetteer network or association."""
    known = lookup_alias(body) if body else None
    return known is not None and known.kind in NETWORK_KINDS


def _evidence(document: str, item: str | None, start: int, end: int, quote: str) -> Evidence:
    """Evidence of values that are right by construction (a document id, offsets and the text between
    them): built without pydantic's validation, which cost a fifth of a document's extraction."""
    return trusted_all(Evidence, {"document": document, "item": item, "start": start, "end": end, "quote": quote})


class Context:
    """One document being extracted. Steps read it and add to ``facts``, ``items``, ``item_outcomes``,
    ``attendance``."""

    def __init__(self, meeting: Meeting) -> None:
        self.meeting = meeting
        self.source = meeting.source
        self.text = meeting.source.text
        self.doc = meeting.source.doc_id
        self.facts = FactsBuilder()
        items = sorted(meeting.items, key=lambda i: i.start)
        self.header_end = items[0].start if items else len(self.text)
        keys = ids.item_keys([i.number for i in items])
        self._item_keys = {id(i): key for i, key in zip(items, keys, strict=True)}
        self.scopes = [Scope(None, 0, self.header_end)] + [
            Scope(i.number, i.start, i.end, key) for i, key in zip(items, keys, strict=True)
        ]
        # the one reading of the text every step shares (sentences, lines, tokens, runs, cue words)
        self.index = DocumentIndex(self.text)
        self.sentences = self.index.sentences  # the sentence index, shared with steps that ask evidence.py
        self._item_starts = [scope.start for scope in self.scopes[1:]]
        # items that do not overlap are found by bisection; overlapping ones by the first that holds pos
        self._disjoint = all(a.end <= b.start for a, b in zip(self.scopes[1:], self.scopes[2:], strict=False))
        mentions = find_all(self.text, 0, len(self.text), self.index.name_hits)  # sorted by start
        people = find_people(self.text, 0, len(self.text), self.index.capitalised_runs)
        people = with_fuller_spellings(self.text, people, ((a.start, a.name) for a in meeting.attendance))
        people = with_glued_pairs_split(self.text, people, (a.name for a in meeting.attendance))
        people = listed_again(self.text, people, ((a.start, a.name) for a in meeting.attendance))
        people = initial_surnames(self.text, people, ((a.start, a.name) for a in meeting.attendance))
        people = initials_first(self.text, people)
        if meeting.kind == "referat":  # an agenda's first names are its case stories' or staff's, unnamed
            people = first_name_subjects(self.text, people, (a.name for a in meeting.attendance))
        in_names = places_in_names(self.text, mentions, people)
        self.mentions = [m for position, m in enumerate(mentions) if position not in in_names] if in_names else mentions
        self._mention_starts = [m.start for m in self.mentions]
        taken = bytearray(len(self.text) + 1)
        for m in self.mentions:
            taken[m.start : m.end] = b"\x01" * (m.end - m.start)
        self.people = [p for p in people if 1 not in taken[p.start : p.end]]
        self.errors: list[str] = []
        self.body_id: str | None = None
        self.municipality: MunicipalityRef | None = None
        self.items: list[ItemFacts] = []
        self.item_outcomes: dict[str, Outcome] = {}  # each item's outcome by its key (``item_key``)
        self.attendance: list[Attendance] = []

    def ev(self, start: int, end: int) -> Evidence:
        """The sentence around text[start:end] as evidence."""
        s, e = self.sentences.bounds(start, end)
        return _evidence(self.doc, self.item_at(start), s, e, self.text[s:e])

    def line_ev(self, start: int) -> Evidence:
        """The whole line at start (headings, titles)."""
        s, e = self.index.line_bounds(start)
        while s < e and self.text[s].isspace():
            s += 1
        while e > s and self.text[e - 1].isspace():
            e -= 1
        if e - s > 320:
            return self.ev(start, min(e, start + 1))
        return _evidence(self.doc, self.item_at(start), s, e, self.text[s:e])

    def item_key(self, item: AgendaItem) -> str:
        """An item's identity in this meeting: its number, unless a list starting again repeats it (ids.item_keys)."""
        return self._item_keys.get(id(item), item.number)

    def item_at(self, pos: int) -> str | None:
        """The number of the agenda item that holds pos; None in the header."""
        scope = self.scope_at(pos)
        return scope.item if scope is not None else None

    def scope_at(self, pos: int) -> Scope | None:
        """The scope of the agenda item that holds pos (its number and key); None in the header."""
        if self._disjoint:
            i = bisect_right(self._item_starts, pos) - 1
            scope = self.scopes[i + 1] if i >= 0 else None
            return scope if scope is not None and pos < scope.end else None
        for scope in self.scopes[1:]:
            if scope.start <= pos < scope.end:
                return scope
        return None

    def in_scope(self, scope: Scope) -> list[Mention]:
        """The named things that start inside scope, in order."""
        starts = self._mention_starts
        return self.mentions[bisect_left(starts, scope.start) : bisect_left(starts, scope.end)]

    def main_initiative(self, scope: Scope) -> Mention | None:
        """The initiative an item names most often (the first of equals)."""
        here = [m for m in self.in_scope(scope) if m.type == "Initiative"]
        if not here:
            return None
        counts = Counter(m.id for m in here)
        best = max(counts.items(), key=lambda kv: (kv[1], -min(m.start for m in here if m.id == kv[0])))[0]
        return next(m for m in here if m.id == best)

    def add_mention(self, m: Mention) -> str:
        surface = self.text[m.start : m.end]
        if self.body_id and m.type == "Organization" and slug(m.name) == slug(self.meeting.body or ""):
            return self.facts.entity(self.body_id, "Organization", m.name, surface)
        if (
            m.kind in ("committee", "department")
            and self.municipality
            and not body_is_network(self.meeting.body)
            and not is_cross_municipal(m.name)
        ):
            # a committee named in a municipality's own minutes is that municipality's committee, unless
            # its kind spans municipalities (Regionsrådet, Sundhedskoordinationsudvalget, a board)
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

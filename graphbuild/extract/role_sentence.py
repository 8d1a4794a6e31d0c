"""One sentence as the role readers read it (`roles.find_roles` builds it): its bounds, its people and bodies,
what the document says around it (the meeting's body, its own municipality, the body an unnamed chair chairs),
the roles found so far; and one person in it as the readers see them (the words before and after the name).
Small helpers every reader shares: a pattern that ends at a position, where a clause begins, spans between
two positions."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from graphbuild.extract.mentions import Mention
from graphbuild.extract.people import PersonMention
from graphbuild.extract.role_facts import RoleFact, Target, role_fact
from graphbuild.extract.role_patterns import ROLE_STEMS
from graphbuild.extract.word_gate import WordGate, WordPlaces, gate_of
from graphbuild.vocab.sentence_abbreviations import sentence_stops

CLAUSE_END = re.compile(r"[.!?]\s+(?=[A-ZÆØÅ])|•\s*")  # a bullet too: an entry of a list flattened onto a line
# the affiliation after a name: "fra Skanderborg", "(Venstre) fra Jammerbugt Kommune", ", Struer Kommune,"
FROM_AFTER = re.compile(r"^s?(?:\s*\([^)]{1,40}\))?\s*(?:[a-zæøå]+\s+){0,2}fra\s+$")
COMMA_AFTER = re.compile(r"^(?:\s*\([^)]{1,40}\))?\s*,\s*$")
WORKPLACE_NEXT = re.compile(r"(?:\s*\([^)]{1,40}\))?\s*,\s*(?-i:[A-ZÆØÅ])")
_WORD_START = re.compile(r"(?<![\w-])\w|(?<=\w-)\w")
TITLE_GATE = WordGate(ROLE_STEMS)  # every title of ROLE_WORDS holds one of these words


@dataclass
class Sentence:
    """One sentence's text, people and bodies, and the roles its readers found (`add`)."""

    text: str
    lo: int
    hi: int
    here: list[PersonMention]
    orgs: list[Mention]
    region: Mention | None
    own: Mention | None
    chair_of: Callable[[int], Target | None] | None
    body: Target | None
    staff_of: Target | None
    named_before: Callable[[int], Mention | None] | None
    out: list[RoleFact] = field(default_factory=list)
    # the people (indexes into `here`) whose title before them is the name before's: a run of "name, title"
    # entries flattened onto a line (`role_flattened_runs`)
    titles_of_previous: frozenset[int] = frozenset()
    # where the document's title words stand (`TITLE_GATE`, read once per document): a reader whose every pattern
    # holds a title skips a window with none
    title_places: WordPlaces | None = None
    _clause_starts: dict[int, int] = field(default_factory=dict)
    _clause_ends: list[int] | None = None  # the ends of CLAUSE_END's matches in the sentence, found once

    def add(
        self,
        p: PersonMention,
        role: str | None,
        target: Target,
        valid_from: str | None = None,
        valid_to: str | None = None,
    ) -> None:
        self.out.append(role_fact(p, role, target, self.lo, self.hi, valid_from, valid_to))

    def clause_start(self, pos: int) -> int:
        """`clause_start(text, lo, pos)` in this sentence, worked out once for each position (several readers ask
        it of each name): the end of the last clause end at or before pos, from one pass of CLAUSE_END over the
        sentence (a pass that runs on past pos finds the same clause ends up to pos)."""
        known = self._clause_starts.get(pos)
        if known is None:
            if pos < self.hi:
                ends = self._clause_ends
                if ends is None:
                    scan_end = min(len(self.text), self.hi + 1)
                    stops = sentence_stops(CLAUSE_END, self.text, self.lo, scan_end)
                    ends = self._clause_ends = [m.end() for m in stops]
                i = bisect_right(ends, pos)
                known = ends[i - 1] if i else self.lo
            else:
                known = clause_start(self.text, self.lo, pos)
            self._clause_starts[pos] = known
        return known

    def may_name_a_title(self, lo: int, hi: int) -> bool:
        """Whether text[lo:hi] may hold a title of ROLE_WORDS (it holds one of their words)."""
        return self.title_places is None or self.title_places.holds(lo, hi)

    def chair(self, pos: int) -> Target | None:
        """The body an unnamed chair at pos chairs, if the step knows one."""
        return self.chair_of(pos) if self.chair_of is not None else None


@dataclass(frozen=True)
class Reading:
    """One person of a sentence as the readers see them: the words before and after the name, the body
    named as their affiliation right after it ("fra X", ", X Kommune"), whose staff a staff title is."""

    i: int
    p: PersonMention
    before: str
    after: str
    after_from: Mention | None
    staff: Target | None


def reading(s: Sentence, i: int, p: PersonMention) -> Reading:
    text, lo, hi = s.text, s.lo, s.hi
    before = text[max(lo, p.start - 80) : p.start]
    if i == 0 and not before.strip() and text[max(0, lo - 8) : lo].rstrip().endswith(":"):
        # "Formand: Jens Hansen", "Referent:  Jørgen Dahlgaard": the colon ends the sentence before the
        # name; the label on its line is read with it
        before = text[max(text.rfind("\n", 0, lo) + 1, p.start - 80) : p.start]
    after = text[p.end : min(hi, p.end + 120)]
    after_from: Mention | None = next(
        (
            m
            for m in s.orgs
            if p.end <= m.start <= p.end + 80
            and (
                FROM_AFTER.match(without_people(text[p.end : m.start], s.here))
                or (m.type == "Municipality" and COMMA_AFTER.match(text[p.end : m.start]))
            )
        ),
        None,
    )
    # "Direktør C.C. Nielsen, Nielsen & Nielsen Holding A/S": an entry with its own workplace is no staff's
    staff = None if WORKPLACE_NEXT.match(after) else s.staff_of
    return Reading(i, p, before, after, after_from, staff)


def next_mention(mentions: list[Mention], pos: int, hi: int) -> Mention | None:
    return next((m for m in mentions if pos <= m.start < hi and m.type in ("Organization", "Municipality")), None)


def ending(pattern: re.Pattern[str], text: str, lo: int, hi: int, words: int = 7) -> re.Match[str] | None:
    """pattern.search(text, lo, hi) for a pattern that ends at hi ($), tried only where one of the last
    `words` words begins: the leftmost match, as search gives, at a fraction of its cost; not at all where the
    words the pattern cannot match without (its `word_gate`, if it has one) are missing."""
    lo = max(lo, hi - 24 * words)
    gate = gate_of(pattern)
    if gate is not None and not gate.may_match(text, lo, hi):
        return None
    starts = [m.start() for m in _WORD_START.finditer(text, lo, hi)][-words:]
    for start in starts:
        match = pattern.match(text, start, hi)
        if match is not None:
            return match
    return None


def clause_start(text: str, lo: int, pos: int) -> int:
    """Where the sentence part ending at pos begins: after "… 2022. Borgmester" as after any full stop."""
    start = lo
    for match in sentence_stops(CLAUSE_END, text, lo, min(len(text), pos + 1)):
        if match.end() <= pos:
            start = match.end()
    return start


def span_at(offset: int, match: re.Match[str], group: str) -> tuple[int, int]:
    """Where a match's group lies in the text, for a match made on a slice of it starting at offset."""
    return offset + match.start(group), offset + match.end(group)


def between(spans: list[Any], lo: int, hi: int) -> list[Any]:
    """The spans (sorted by start) that start in [lo, hi)."""
    starts = [s.start for s in spans]
    return spans[bisect_left(starts, lo) : bisect_left(starts, hi)]


_LEADING_OG_OR_SAMT = re.compile(r"^s?\s*(?:og|samt)\s+")


def without_people(gap: str, people: list[PersonMention]) -> str:
    for p in people:
        gap = gap.replace(p.name, "")
    return _LEADING_OG_OR_SAMT.sub("", gap) if gap.strip().startswith(("og", "samt")) else gap


def in_apposition(s: Sentence, p: PersonMention) -> bool:
    """Whether the name stands between commas as an apposition to the words before it, "Kalundborgs borgmester,
    Martin Damm (V), bliver …", "Bestyrelsesformand i Danfoss, Jørgen M. Clausen, er …": a comma right before the
    name, after a word of the sentence that is no other person's name (never a list of names, "A, B, er …")."""
    before = s.text[max(s.lo, p.start - 40) : p.start].rstrip()
    if not before.endswith(","):
        return False
    comma = s.text.rfind(",", s.lo, p.start)
    return not any(q.end <= comma and _NAME_BRACKET_ONLY.fullmatch(s.text, q.end, comma) for q in s.here)


# what may stand between a listed name and its comma: its party's bracket ("Hans Jensen (V), Lis Holm, er …")
_NAME_BRACKET_ONLY = re.compile(r"[ \t]*(?:\([^()\n]{1,40}\))?[ \t]*")

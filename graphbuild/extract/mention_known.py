"""Known names in text: gazetteer bodies and initiatives, municipalities and regions. One automaton over the
lower-cased text finds where any of them may start (and the words the organisation forms need), and only there is
a name's pattern tried."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache

import ahocorasick

from graphbuild.extract.mention_organisation_forms import NAME_PATTERN_KINDS, ORGANISATION_WORDS
from graphbuild.extract.mention_record import Mention, mention_of
from graphbuild.vocab.document_words import hits, register
from graphbuild.vocab.gazetteer import KnownEntity, alias_entries, alias_pattern, is_case_sensitive
from graphbuild.vocab.municipality_names import municipality_spellings
from graphbuild.vocab.near import lowered
from graphbuild.vocab.reference import MunicipalityInfo, municipalities

REGION_ADJECTIVES = {
    "midtjysk": "Region Midtjylland",
    "nordjysk": "Region Nordjylland",
    "syddansk": "Region Syddanmark",
    "sjællandsk": "Region Sjælland",
    "hovedstadsregionen": "Region Hovedstaden",
}


_WORD = re.compile(r"\w+")
# What follows a municipality's name: the genitive, "Kommune" ("Regionskommune": Bornholm's), and no more of a word.
_MUNICIPALITY_TAIL = re.compile(r"s?(?:\s+(?:[Rr]egions)?[Kk]ommunes?)?(?![\w-])")
# a name in capitals is a municipality only as "X KOMMUNE" ("NORDFYNS KOMMUNE", "BORNHOLMS REGIONSKOMMUNE")
_CAPITALS_TAIL = re.compile(r"S?\s+(?:REGIONS)?KOMMUNES?(?![\w-])")
_ALIAS_WORD_BREAK = re.compile(r"[\s\-]+")


@cache
def _alias_index() -> dict[str, tuple[tuple[re.Pattern[str], KnownEntity], ...]]:
    """Aliases by their first word (lower case), longest alias first, so only a few are tried per word."""
    index: dict[str, list[tuple[str, re.Pattern[str], KnownEntity]]] = {}
    for alias, entity in alias_entries():
        first = _ALIAS_WORD_BREAK.split(alias.strip())[0].lower()
        flags = 0 if is_case_sensitive(alias) else re.IGNORECASE
        index.setdefault(first, []).append((alias, re.compile(alias_pattern(alias), flags), entity))
    return {
        word: tuple((p, e) for _, p, e in sorted(entries, key=lambda x: (-len(x[0]), x[0], x[2].id)))
        for word, entries in index.items()
    }


@cache
def _municipality_by_spelling() -> dict[str, MunicipalityInfo]:
    """Each municipality by its own name and by the other spellings documents write it in ("Nordfyn",
    "Århus", "Høje Taastrup"), as written."""
    return {**{m.name: m for m in municipalities()}, **municipality_spellings()}


@cache
def _municipality_names() -> tuple[str, ...]:
    """Municipality names and their other spellings in the order they are tried at one place: longest first."""
    return tuple(sorted(_municipality_by_spelling(), key=lambda n: (-len(n), n)))


@cache
def _municipality_names_by_head() -> tuple[dict[str, tuple[str, ...]], int]:
    """The names of ``_municipality_names`` by their first letters as written (as many as the shortest name
    has), each list in that order: a place is tried only with the names that can start there."""
    names = _municipality_names()
    head = min(len(name) for name in names)
    by_head: dict[str, list[str]] = {}
    for name in names:
        by_head.setdefault(name[:head], []).append(name)
    return {key: tuple(group) for key, group in by_head.items()}, head


@cache
def _region_patterns() -> tuple[tuple[str, re.Pattern[str], str], ...]:
    """(key, pattern, region): a region's adjective ("midtjyske region", any case) or bare name."""
    out = [
        (adjective, re.compile(rf"(?<![\w-]){adjective}e?(?:\s+region)?(?![\w-])", re.IGNORECASE), region)
        for adjective, region in REGION_ADJECTIVES.items()
    ]
    for region in sorted({m.region for m in municipalities()}):
        bare = region.removeprefix("Region ")
        out.append((bare.lower(), re.compile(rf"(?<![\w-]){re.escape(bare)}s?(?![\w-])"), region))
    return tuple(out)


# what a hit of one key asks for, worked out once: (length, alias, municipality, region, committee suffix, the
# organisation-name patterns it is a word of)
NameKey = tuple[int, bool, bool, bool, bool, tuple[str, ...]]


@cache
def name_keys() -> dict[str, NameKey]:
    """Every known name's start, lower case, with what its hit asks for: a gazetteer alias's first word ("alias"), a
    municipality ("municipality"), a region's adjective or name ("region"), an organisation form's word."""
    keys: dict[str, set[str]] = {}
    for word in _alias_index():
        if _WORD.fullmatch(word):  # an alias whose first word is not a whole word never starts a token
            keys.setdefault(word, set()).add("alias")
    for name in _municipality_names():
        keys.setdefault(name.lower(), set()).add("municipality")
    for key, _, _ in _region_patterns():
        keys.setdefault(key, set()).add("region")
    for kind, words in ORGANISATION_WORDS.items():
        for word in words:
            keys.setdefault(word.lower(), set()).add(kind)
    out: dict[str, NameKey] = {}
    for key, kinds in keys.items():
        names = tuple(sorted(kinds & NAME_PATTERN_KINDS))
        out[key] = (len(key), "alias" in kinds, "municipality" in kinds, "region" in kinds, "suffix" in kinds, names)
    return out


@cache
def _automaton() -> ahocorasick.Automaton:
    """One automaton for every key of ``name_keys``, its value what the key's hit asks for."""
    automaton = ahocorasick.Automaton()
    for key, asks in name_keys().items():
        automaton.add_word(key, asks)
    automaton.make_automaton()
    return automaton


register("known names", name_keys)


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


@dataclass
class NameHits:
    """Where the automaton found something in text[lo:hi]: the places a known name may start, the
    committee suffixes, and the words of each organisation-name pattern."""

    alias_starts: set[int] = field(default_factory=set)
    municipality_starts: set[int] = field(default_factory=set)
    regions: set[tuple[int, str]] = field(default_factory=set)
    suffixes: list[int] = field(default_factory=list)  # starts of a committee suffix (a superset)
    # "organisation N" -> (start, end) of each word of ORGANISATION_NAME_PATTERNS[N] (a superset)
    words: dict[str, list[tuple[int, int]]] = field(default_factory=dict)


def scan_names(text: str, lo: int, hi: int) -> NameHits:
    """One pass of one automaton over the lower-cased text (over the whole text, the document's one pass of every
    whole-document vocabulary: `vocab.document_words`)."""
    if lo == 0 and hi == len(text):
        return names_of(text, 0, hits(lowered(text), "known names"))  # type: ignore[arg-type]  # name_keys' values
    return names_of(text, lo, _automaton().iter(lowered(text), lo, hi))


def names_of(text: str, lo: int, found: Iterable[tuple[int, NameKey]]) -> NameHits:
    """The hits of ``found`` (each key's last offset and what it asks for, ``name_keys``, in the order one automaton
    pass over text[lo:…] lowered gives them: by their end), as ``scan_names`` reads them."""
    hits = NameHits()
    for last, (length, alias, municipality, region, suffix, names) in found:
        start = last - length + 1
        if alias and (start == lo or not _is_word(text[start - 1])):
            hits.alias_starts.add(start)
        if municipality:
            hits.municipality_starts.add(start)
        if region:
            hits.regions.add((start, text[start : last + 1].lower()))
        if suffix:
            hits.suffixes.append(start)
        for kind in names:
            hits.words.setdefault(kind, []).append((start, last + 1))
    return hits


def find_names(text: str, lo: int, hi: int, hits: NameHits | None = None) -> list[Mention]:
    """Known bodies and initiatives, municipalities and regions: one pass of one automaton finds where
    a name may start, and only there is its pattern tried."""
    hits = hits or scan_names(text, lo, hi)
    out = _known_at(text, sorted(hits.alias_starts), hi)
    out += _municipalities_at(text, sorted(hits.municipality_starts), hi)
    out += _regions_at(text, hits.regions, hi)
    return out


def _known_at(text: str, starts: list[int], hi: int) -> list[Mention]:
    out = []
    index = _alias_index()
    for start in starts:
        word = _WORD.match(text, start, hi)
        if word is None:
            continue
        token = word.group(0).lower()
        candidates = index.get(token, ()) + (index.get(token[:-1], ()) if token.endswith("s") else ())
        for pattern, entity in candidates:
            match = pattern.match(text, start, hi)
            if match is None:
                continue
            out.append(
                mention_of(
                    match.start(),
                    match.end(),
                    entity.type,
                    entity.name,
                    kind=entity.kind,
                    region=entity.region,
                    priority=3,
                    node_id=entity.id,
                )
            )
    return out


def _municipalities_at(text: str, starts: list[int], hi: int) -> list[Mention]:
    """Municipalities by name (case as written), the genitive and "Kommune" included; at one place the
    longest name that fits, and no match inside another."""
    out = []
    by_head, head = _municipality_names_by_head()
    done = -1
    for start in starts:
        if start < done or (start > 0 and (_is_word(text[start - 1]) or text[start - 1] == "-")):
            continue
        key = text[start : start + head]
        for name in by_head.get(key, ()) or (by_head.get(key.capitalize(), ()) if key.isupper() else ()):
            if start + len(name) > hi:
                continue
            if text.startswith(name, start):
                tail = _MUNICIPALITY_TAIL.match(text, start + len(name), hi)
            elif text.startswith(name.upper(), start):
                tail = _CAPITALS_TAIL.match(text, start + len(name), hi)
            else:
                continue
            if tail is None:
                continue
            info = _municipality_by_spelling()[name]
            out.append(
                mention_of(start, tail.end(), "Municipality", info.name, region=info.region, code=info.code, priority=2)
            )
            done = tail.end()
            break
    return out


def _regions_at(text: str, found: set[tuple[int, str]], hi: int) -> list[Mention]:
    out = []
    for start, key in sorted(found):
        for pattern_key, pattern, region in _region_patterns():
            if pattern_key != key:
                continue
            match = pattern.match(text, start, hi)
            if match is None:
                continue
            out.append(
                mention_of(match.start(), match.end(), "Organization", region, kind="region", region=region, priority=1)
            )
    return out

"""Find named things in text: known bodies and initiatives, municipalities, regions, unknown
organisations (acronyms, committees, names with an organisation word) and initiatives (named
agreements and policies, quoted titles). Overlaps go to the longest, then the most specific match."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache

import ahocorasick

from graphbuild.vocab import ids
from graphbuild.vocab.bodies import BODY_ABBREVIATIONS
from graphbuild.vocab.gazetteer import KnownEntity, alias_entries, alias_pattern, is_case_sensitive
from graphbuild.vocab.near import Word, finditer_in_windows, finditer_near, lowered, word_windows
from graphbuild.vocab.reference import municipalities, municipality_by_name

# Upper-case words that are not organisations: headings, common abbreviations, formats.
NOT_ORGANISATIONS = frozenset(
    [
        "REFERAT",
        "DAGSORDEN",
        "MØDE",
        "STED",
        "UDVALG",
        "PUNKTER",
        "PUNKT",
        "STARTTIDSPUNKT",
        "SLUTTIDSPUNKT",
        "BILAG",
        "CF",
        "IV",
        "HR",
        "MED",
        "IT",
        "IOT",
        "HU",
        "TV",
        "PDF",
        "OK",
        "CPR",
        "CVR",
        "NB",
        "PS",
        "ID",
        "EAN",
        "SMS",
        "PC",
        "AI",
        "ÅBENT",
        "LUKKET",
        "BESLUTNING",
        "INDSTILLING",
        "SAGSFREMSTILLING",
        "COVID",
        "SUM",
        "DK",
        "WEB",
        "URL",
        "APP",
        "GDPR",
        "ØKONOMI",
        "NOTAT",
        "TEAMS",
        "I",
        "II",
        "III",
        "IV",
        "VI",
        "VII",
    ]
)
ORG_SUFFIXES = (
    "udvalget|udvalg|styregruppen|styregruppe|arbejdsgruppen|arbejdsgruppe|gruppen|gruppe|(?<!om)rådet|"
    "forum|kredsen|sekretariatet|bestyrelsen|netværket|direktionen|forvaltningen|centret|centeret|"
    "kontoret|afdelingen|foreningen|forening"
)
GEOGRAPHY = "Syd|Nord|Øst|Vest|Midt|Sjælland|Fyn|Hovedstaden|Midtjylland|Nordjylland|Syddanmark|Sydjylland"
NETWORK_SUFFIXES = ("netværket", "netværk", "kredsen", "foreningen", "forening", "forum")
ORG_WORDS = r"Consulting|A/S|ApS|Universitet|Universitetshospital|Fonden|Fond|Akademi|Styrelsen|Styrelse|Hospital"
REGION_ADJECTIVES = {
    "midtjysk": "Region Midtjylland",
    "nordjysk": "Region Nordjylland",
    "syddansk": "Region Syddanmark",
    "sjællandsk": "Region Sjælland",
    "hovedstadsregionen": "Region Hovedstaden",
}
INITIATIVE_HEADS = (
    "aftale|aftalen|kontrakt|kontrakten|strategi|strategien|politik|politikken|pulje|puljen|handleplan|program"
)


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    id: str
    type: str  # a NodeType
    name: str  # canonical name
    kind: str | None = None
    region: str | None = None
    code: str | None = None  # municipality code
    priority: int = 0  # higher wins a tie of equal length

    @property
    def length(self) -> int:
        return self.end - self.start


def region_id(region: str) -> str:
    return ids.organization_id(region)


# --- known names: one automaton over the lower-cased text finds where any of them may start ----------

_WORD = re.compile(r"\w+")
# What follows a municipality's name: the genitive, "Kommune", and no more of a word.
_MUNICIPALITY_TAIL = re.compile(r"s?(?:\s+[Kk]ommunes?)?(?![\w-])")
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
def _municipality_names() -> tuple[str, ...]:
    """Municipality names in the order they are tried at one place: longest first."""
    return tuple(sorted((m.name for m in municipalities()), key=lambda n: (-len(n), n)))


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


@cache
def _automaton() -> ahocorasick.Automaton:
    """One automaton for every known name's start: a gazetteer alias's first word ("alias"), a
    municipality ("municipality") and a region's adjective or name ("region"), all lower case."""
    keys: dict[str, set[str]] = {}
    for word in _alias_index():
        if _WORD.fullmatch(word):  # an alias whose first word is not a whole word never starts a token
            keys.setdefault(word, set()).add("alias")
    for name in _municipality_names():
        keys.setdefault(name.lower(), set()).add("municipality")
    for key, _, _ in _region_patterns():
        keys.setdefault(key, set()).add("region")
    for kind, words in _ORGANISATION_WORDS.items():
        for word in words:
            keys.setdefault(word.lower(), set()).add(kind)
    automaton = ahocorasick.Automaton()
    for key, kinds in keys.items():
        # what a hit of this key asks for, worked out once: (length, alias, municipality, region,
        # committee suffix, the organisation-name patterns it is a word of)
        names = tuple(sorted(kinds & _NAME_PATTERN_KINDS))
        flags = ("alias" in kinds, "municipality" in kinds, "region" in kinds, "suffix" in kinds)
        automaton.add_word(key, (len(key), *flags, names))
    automaton.make_automaton()
    return automaton


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
    # "organisation N" -> (start, end) of each word of _ORGANISATION_NAME_PATTERNS[N] (a superset)
    words: dict[str, list[tuple[int, int]]] = field(default_factory=dict)


def scan_names(text: str, lo: int, hi: int) -> NameHits:
    """One pass of one automaton over the lower-cased text."""
    hits = NameHits()
    for last, (length, alias, municipality, region, suffix, names) in _automaton().iter(lowered(text), lo, hi):
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
                Mention(
                    match.start(),
                    match.end(),
                    entity.id,
                    entity.type,
                    entity.name,
                    entity.kind,
                    entity.region,
                    priority=3,
                )
            )
    return out


def _municipalities_at(text: str, starts: list[int], hi: int) -> list[Mention]:
    """Municipalities by name (case as written), the genitive and "Kommune" included; at one place the
    longest name that fits, and no match inside another."""
    out = []
    names = _municipality_names()
    done = -1
    for start in starts:
        if start < done or (start > 0 and (_is_word(text[start - 1]) or text[start - 1] == "-")):
            continue
        for name in names:
            if not text.startswith(name, start) or start + len(name) > hi:
                continue
            tail = _MUNICIPALITY_TAIL.match(text, start + len(name), hi)
            if tail is None:
                continue
            info = municipality_by_name()[name.lower()]
            out.append(
                Mention(
                    start,
                    tail.end(),
                    ids.municipality_id(info.code),
                    "Municipality",
                    info.name,
                    None,
                    info.region,
                    info.code,
                    priority=2,
                )
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
                Mention(
                    match.start(),
                    match.end(),
                    region_id(region),
                    "Organization",
                    region,
                    "region",
                    region,
                    priority=1,
                )
            )
    return out


# Unknown organisations named by their form: a department, an association, or capitalised words
# ending in an organisation word. (pattern, kind)
_ORGANISATION_NAME_PATTERNS: tuple[tuple[re.Pattern[str], str | None], ...] = (
    (
        re.compile(
            r"(?<![\w-])(?:Forvaltningen|Afdelingen|Centret|Center)(?:[ \t]+for)?[ \t]+[A-ZÆØÅ][\wæøå]*"
            r"(?:(?:,[ \t]+|[ \t]+(?:&|og)[ \t]+)[A-ZÆØÅ][\wæøå]*)*"
        ),
        "department",
    ),
    (re.compile(r"(?<![\w-])(?:Foreningen|Fonden|Selskabet|Netværket)[ \t]+[A-ZÆØÅ][\wæøå-]+"), "association"),
    (re.compile(rf"(?<![\w-])((?:[A-ZÆØÅ][\wæøå&-]+\s+){{1,3}})({ORG_WORDS})(?![\w-])"), None),
)


_COMMITTEE = re.compile(
    rf"(?<![\w-])(?:(?:Den|Det)[ \t]+)?(?:[A-ZÆØÅ][a-zæøå]+(?:-[ \t]+og)?[ \t]+)?"
    rf"[A-ZÆØÅ][a-zæøå-]{{2,}}(?:{ORG_SUFFIXES})(?:[ \t]+(?:{GEOGRAPHY}))?(?![\w-])"
)
# The words each pattern cannot match without (automaton kinds): a committee's suffix, and the
# organisation words of _ORGANISATION_NAME_PATTERNS in order.
_ORGANISATION_WORDS = {
    "suffix": re.sub(r"\(\?<!\w+\)", "", ORG_SUFFIXES).split("|"),
    "organisation 0": ["Forvaltningen", "Afdelingen", "Centret", "Center"],
    "organisation 1": ["Foreningen", "Fonden", "Selskabet", "Netværket"],
    "organisation 2": ORG_WORDS.split("|"),
}


_NAME_PATTERN_KINDS = frozenset(_ORGANISATION_WORDS) - {"suffix"}
# the words a committee's name can hold before the one its suffix ends: "Den Social- og Sundhedsudvalget"
_COMMITTEE_WORDS = 4


_LOWER_IN_NAME = frozenset("abcdefghijklmnopqrstuvwxyzæøå-")
_UPPER_IN_NAME = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZÆØÅ")


def _after_a_capital(segment: str, places: list[int]) -> list[int]:
    """The places that a capital and two or more small letters (or hyphens) stand right before, as before
    the suffix of a committee's name ("Økonomi|udvalget"), not before a bare "udvalget". The walk back
    over small letters stops at the place before when it reaches it (the same stretch of letters): each
    letter is walked over once."""
    out = []
    last, last_stretch = -1, -1
    for pos in sorted(set(places)):
        i = pos
        while i > 0 and segment[i - 1] in _LOWER_IN_NAME:
            if i - 1 == last:
                i = last_stretch
                break
            i -= 1
        if pos - i >= 2 and i > 0 and segment[i - 1] in _UPPER_IN_NAME:
            out.append(pos)
        last, last_stretch = pos, i
    return out


def _committees(segment: str, suffixes: list[int]) -> Iterator[re.Match[str]]:
    """``_COMMITTEE.finditer(segment)``, searched only around the suffixes that end a capitalised word:
    a committee's name ends in the word its suffix stands in (then perhaps a region's name, which the
    match found reads on) and starts at most three words before that word."""
    places = [(pos, pos) for pos in _after_a_capital(segment, suffixes)]
    return finditer_in_windows(_COMMITTEE, segment, word_windows(segment, places, _COMMITTEE_WORDS))


def _organisation_names(segment: str, number: int, words: list[tuple[int, int]]) -> Iterator[re.Match[str]]:
    """``_ORGANISATION_NAME_PATTERNS[number].finditer(segment)``, tried only at its words: the first
    two open with their word, the third ends in it after one to three capitalised words."""
    pattern = _ORGANISATION_NAME_PATTERNS[number][0]
    if number < 2:
        resume = 0
        for start, _ in sorted(set(words)):
            if start < resume:
                continue
            match = pattern.match(segment, start)
            if match is not None:
                resume = match.end()
                yield match
        return
    yield from finditer_in_windows(pattern, segment, word_windows(segment, words, 3))


_LEADING_ARTICLE = re.compile(r"^(?:Den|Det)\s+")
_TRAILING_GEOGRAPHY = re.compile(rf"[ \t]+(?:{GEOGRAPHY})$")


def find_unknown_organisations(text: str, lo: int, hi: int, hits: NameHits | None = None) -> list[Mention]:
    out = []
    hits = hits or scan_names(text, lo, hi)
    segment = text[lo:hi]
    upper_lines: dict[int, bool] = {}  # line start -> whether the line is all capitals
    acronyms = [
        m
        for m in _ACRONYM.finditer(segment)
        if m.group(0) not in NOT_ORGANISATIONS and not _in_upper_case_line(segment, m.start(), upper_lines)
    ]
    counts = Counter(m.group(0) for m in acronyms)
    for match in acronyms:
        body = BODY_ABBREVIATIONS.get(match.group(0))
        if body:  # "ØU" is the Økonomiudvalget the document names in full elsewhere
            out.append(
                Mention(
                    lo + match.start(), lo + match.end(), ids.organization_id(body), "Organization", body, "committee"
                )
            )
        # an acronym written once with nothing around it is as likely someone's initials
        elif counts[match.group(0)] >= 2:
            out.append(
                Mention(
                    lo + match.start(),
                    lo + match.end(),
                    ids.organization_id(match.group(0)),
                    "Organization",
                    match.group(0),
                    None,
                    priority=0,
                )
            )
    for match in _committees(segment, [pos - lo for pos in hits.suffixes]):
        name = _LEADING_ARTICLE.sub("", match.group(0))
        if name.split()[0].lower() in _LEADING_NOISE:
            name = " ".join(name.split()[1:])
        if not name:
            continue
        start = lo + match.end() - len(name)
        head = _TRAILING_GEOGRAPHY.sub("", name).lower()
        kind = "network" if head.endswith(NETWORK_SUFFIXES) else "committee"
        out.append(
            Mention(
                start,
                lo + match.end(),
                ids.organization_id(name),
                "Organization",
                name[0].upper() + name[1:],
                kind,
                priority=0,
            )
        )
    for number, (_, org_kind) in enumerate(_ORGANISATION_NAME_PATTERNS):
        words = [(start - lo, end - lo) for start, end in hits.words.get(f"organisation {number}", ())]
        for match in _organisation_names(segment, number, words):
            name = match.group(0)
            out.append(
                Mention(
                    lo + match.start(),
                    lo + match.end(),
                    ids.organization_id(name),
                    "Organization",
                    name,
                    org_kind,
                    priority=0,
                )
            )
    return out


_LEADING_NOISE = frozenset(
    {"i", "på", "fra", "til", "med", "og", "af", "for", "hvis", "når", "mens", "om"}
    # a heading, a page header or a municipality's name left before the body's name on its line
    | {"beslutning", "referat", "dagsorden", "sagsfremstilling", "indstilling", "side", "kommune", "kommunes"}
)


# "(?<![\w-])[A-ZÆØÅ]{2,6}…" with the look-behind after the first capital: a pattern that opens
# with a character class is scanned for it at C speed, one that opens with a look-behind is not
_ACRONYM = re.compile(r"[A-ZÆØÅ](?<![\w-][A-ZÆØÅ])[A-ZÆØÅ]{1,5}(?:-[A-Z][a-z]+)?(?![\w-])")


def _in_upper_case_line(segment: str, pos: int, known: dict[int, bool]) -> bool:
    start = segment.rfind("\n", 0, pos) + 1
    if start in known:
        return known[start]
    known[start] = _upper_case_line(segment, start, pos)
    return known[start]


def _upper_case_line(segment: str, start: int, pos: int) -> bool:
    end = segment.find("\n", pos)
    line = segment[start : len(segment) if end < 0 else end]
    letters = list(filter(str.isalpha, line))  # the loops in C: real minutes have lines of pages
    return len(letters) > 6 and all(map(str.isupper, letters))


_YEAR_DASH = re.compile(r"\s*[-–]\s*")


def _years(raw: str) -> str:
    parts = [p for p in _YEAR_DASH.split(raw.strip()) if p]
    return "-".join(parts)


INITIATIVE_KINDS = (
    ("aftale", "agreement"),
    ("kontrakt", "contract"),
    ("strategi", "strategy"),
    ("politik", "policy"),
    ("pulje", "fund"),
    ("plan", "plan"),
    ("program", "programme"),
)


def _initiative_kind(head: str) -> str | None:
    word = head.lower()
    return next((kind for stem, kind in INITIATIVE_KINDS if stem in word), None)


# Initiatives by their form: a kind of plan with its years, a policy with its capitalised title, a
# quoted title. Each pattern runs only near the words its matches hold (vocab.near).
_DATED_INITIATIVE = re.compile(
    rf"(?<![\w-])([A-ZÆØÅa-zæøå]*(?:{INITIATIVE_HEADS}))\s+(\d{{4}}(?:\s*[-–]\s*(?:\d{{4}}|\d{{2}}))?)(?![\w-])"
)
# each word opens a window only where it ends a head before a year ("aftale|n 2024", "handleplan 2020")
_DATED_WORDS: tuple[Word, ...] = tuple(
    (word, re.compile(rf"{word}[a-zæøå]{{0,3}}\s+\d{{4}}"))
    for word in ("aftale", "kontrakt", "strategi", "politik", "pulje", "plan", "program")
)
_TITLED_INITIATIVE = re.compile(
    r"(?<![\w-])(?:[a-zæøå]*(?:politik|strategi|program|ordning|platform))(?:ken|en|et)?\s+"
    r"((?:[A-ZÆØÅ][\wæøå-]*)(?:[ \t]+[A-ZÆØÅ][\wæøå-]*)+)"
)
# ... and where it ends a head before a capitalised title ("strategi|en Grøn Omstilling")
_TITLED_WORDS: tuple[Word, ...] = tuple(
    (word, re.compile(rf"{word}(?:ken|en|et)?\s+[A-ZÆØÅ]"))
    for word in ("politik", "strategi", "program", "ordning", "platform")
)
_QUOTED_INITIATIVE = re.compile(r"[\"“”'‘’]([A-ZÆØÅ][^\"“”'‘’\n]{2,60}?)[\"“”'‘’]")
# a quote mark opens a window only where a capital follows it, as a quoted title's opening mark does
_QUOTES: tuple[Word, ...] = tuple((mark, re.compile(f"{mark}[A-ZÆØÅ]")) for mark in ('"', "“", "”", "'", "‘", "’"))
# a word shortly before a quoted title that says the title names an initiative
_INITIATIVE_NOUN = re.compile(r"ordning|initiativ|abonnement|program|platform|salon|projekt|kampagne|indsats")
_INITIATIVE_REACH = 80  # a compound word before its head, a quote after its mark


def find_unknown_initiatives(text: str, lo: int, hi: int) -> list[Mention]:
    out = []
    segment = text[lo:hi]
    for match in finditer_near(_DATED_INITIATIVE, segment, _DATED_WORDS, _INITIATIVE_REACH):
        head = match.group(1)
        if len(head) < 6 or not head[0].isupper():
            continue
        name = f"{head[0].upper()}{head[1:]} {_years(match.group(2))}"
        out.append(
            Mention(
                lo + match.start(),
                lo + match.end(),
                ids.initiative_id(name),
                "Initiative",
                name,
                _initiative_kind(head),
                priority=0,
            )
        )
    for match in finditer_near(_TITLED_INITIATIVE, segment, _TITLED_WORDS, _INITIATIVE_REACH):
        name = match.group(1)
        out.append(
            Mention(
                lo + match.start(1),
                lo + match.end(1),
                ids.initiative_id(name),
                "Initiative",
                name,
                "policy",
                priority=0,
            )
        )
    for match in finditer_near(_QUOTED_INITIATIVE, segment, _QUOTES, _INITIATIVE_REACH):
        before = segment[max(0, match.start() - 60) : match.start()].lower()
        if _INITIATIVE_NOUN.search(before):
            name = match.group(1).strip()
            out.append(
                Mention(
                    lo + match.start(1),
                    lo + match.end(1),
                    ids.initiative_id(name),
                    "Initiative",
                    name,
                    None,
                    priority=0,
                )
            )
    return out


def select(mentions: list[Mention]) -> list[Mention]:
    """Non-overlapping mentions: longest first, then higher priority, then earlier, then id."""
    chosen: list[Mention] = []
    taken = bytearray(max((m.end for m in mentions), default=0))
    for m in sorted(mentions, key=lambda m: (-m.length, -m.priority, m.start, m.id)):
        if 1 in taken[m.start : m.end]:
            continue
        chosen.append(m)
        taken[m.start : m.end] = b"\x01" * m.length
    return sorted(chosen, key=lambda m: (m.start, m.end, m.id))


def find_all(text: str, lo: int, hi: int, hits: NameHits | None = None) -> list[Mention]:
    """Every named thing in text[lo:hi], overlaps resolved; ``hits``: the automaton's hits over the
    same stretch when the caller has them already (``DocumentIndex.name_hits``)."""
    hits = hits or scan_names(text, lo, hi)
    found = find_names(text, lo, hi, hits)
    found += find_unknown_organisations(text, lo, hi, hits) + find_unknown_initiatives(text, lo, hi)
    return select(found)

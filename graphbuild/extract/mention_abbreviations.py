"""What a document's abbreviations stand for, read once per document: the name it writes out before one in
brackets ("Kultur- og Fritidsudvalget (KFU)", "Det Lokale Beskæftigelsesråd (LBR)") or after it and a dash
("KFU – Kultur- og fritidsudvalget"), or the committee it
names whose initials the abbreviation is ("KNU" in minutes naming "Klima- og Naturudvalget"). A person's
initials ("Jesper Hegaard (JH)") stand for no organisation at all.

The letters of an abbreviation are found in its long form as Schwartz and Hearst find them (2003): from
the last letter backwards, each in order, the first at the start of a word."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice

from graphbuild.extract.mention_organisation_forms import ORG_SUFFIXES, ORG_WORDS
from graphbuild.extract.mention_record import Mention
from graphbuild.vocab.bodies import ends_in_body_noun, indefinite_body_name, split_body_noun
from graphbuild.vocab.near import lowered

# "(KFU)": an abbreviation defined by the words before it
_DEFINED = re.compile(r"\(\s*([A-ZÆØÅ]{2,6})\s*\)")
# "KFU – Kultur- og fritidsudvalget", "LBR: Det Lokale Beskæftigelsesråd": one defined by the words after it
# ("(?<![\w-])[A-ZÆØÅ]{2,6}…" with the look-behind after the first capital: a pattern that opens with a character
# class is scanned for it at C speed, one that opens with a look-behind is tried at every position)
_DEFINED_BEFORE = re.compile(
    r"([A-ZÆØÅ](?<![\w-][A-ZÆØÅ])[A-ZÆØÅ]{1,5})(?:[ \t]*[–—:][ \t]*|[ \t]+-[ \t]+)(?=[A-ZÆØÅ])"
)
_WORD = re.compile(r"\S+")
_LEADING_ARTICLE = re.compile(r"^(?:Det|Den|De)\s+(?=[A-ZÆØÅ])")
_CAPITALISED = re.compile(r"[A-ZÆØÅ]")
# a long form that holds a bracket, a colon or another abbreviation is a stretch of text, not a name
_NOT_IN_A_NAME = re.compile(r"[()\[\]:;]|(?<![\w-])[A-ZÆØÅ]{2,}(?![\w-])")
# a person's name: capitalised words ("Anne-Marie Meldgaard", "Allan S. Pedersen")
_NAME_WORD = re.compile(r"[A-ZÆØÅ](?:[a-zæøåé]+(?:-[A-ZÆØÅ][a-zæøåé]+)?|\.)")
# a long form ending in an organisation's word: "Kystdirektoratet", "Bornholms Lærerforening"
_ORGANISATION_END = re.compile(
    rf"(?:{ORG_SUFFIXES}|{ORG_WORDS}|direktorat(?:et)?|forbund(?:et)?|selskab(?:et)?|center|centre|organisation(?:en)?)$",
    re.IGNORECASE,
)
_SEPARATORS = re.compile(r"[\s,]+")
_JOINS = frozenset({"og", "&", "samt"})


@dataclass(frozen=True)
class Expansion:
    """An abbreviation's organisation: its name and kind ("committee" for a body every municipality has
    one of, which the document's municipality then owns)."""

    name: str
    kind: str | None


# an abbreviation a document expands: its organisation, or ``PERSON`` for a person's initials
Expansions = dict[str, Expansion]


def long_form(abbreviation: str, before: str) -> str | None:
    """The shortest end of ``before`` whose letters hold the abbreviation's in order, its first letter a
    word's first (Schwartz and Hearst); None when they do not."""
    letters = abbreviation.lower()
    low = lowered(before)  # one character for one: a letter's place in it is its place in ``before``
    pos = len(low) - 1
    for i in range(len(letters) - 1, -1, -1):
        letter = letters[i]
        while pos >= 0 and (low[pos] != letter or (i == 0 and pos > 0 and low[pos - 1].isalnum())):
            pos -= 1
        if pos < 0:
            return None
        pos -= 1
    start = pos + 1
    return before[start:].strip() or None


def initials(name: str) -> str:
    """A committee's initials: each word's first letter, and its body noun's after a compound
    ("Kultur- og Fritidsudvalget" -> "KFU", "Integrationsrådet" -> "IR", "Byrådet" -> "BR")."""
    words = [w for w in _SEPARATORS.split(name) if w and w.lower() not in _JOINS]
    out = [w[0].upper() for w in words]
    if words:
        noun = split_body_noun(words[-1])
        if noun is not None:
            out.append(noun[0].upper())
    return "".join(out)


def _person(abbreviation: str, name: str) -> bool:
    """Whether ``name`` is a person's whose initials the abbreviation is ("Michael Finn Jørgensen (MFJ)")."""
    words = name.split()
    if not 2 <= len(words) <= 4 or not all(_NAME_WORD.fullmatch(w) for w in words):
        return False
    parts = [p for w in words for p in w.split("-")]
    return "".join(p[0] for p in parts) == abbreviation and not ends_in_body_noun(words[-1])


# a person's initials: an expansion that names no organisation
PERSON = Expansion("", None)


def _expansion(abbreviation: str, name: str) -> Expansion | None:
    """What ``name`` is when it expands the abbreviation: an organisation, ``PERSON``; None when it
    names neither (a title, a place)."""
    name = _LEADING_ARTICLE.sub("", " ".join(name.split()))
    if not _CAPITALISED.match(name) or _NOT_IN_A_NAME.search(name):
        return None
    if _person(abbreviation, name):
        return PERSON
    if ends_in_body_noun(name):
        return Expansion(name, "committee")
    if _ORGANISATION_END.search(name):
        return Expansion(name, None)
    return None


def _line_words_before(segment: str, end: int, count: int) -> int:
    """Where the ``count`` words before ``end`` on its line start."""
    line_start = segment.rfind("\n", 0, end) + 1
    start = end
    for _ in range(count + 1):
        found = segment.rfind(" ", line_start, start - 1)
        if found < 0:
            return line_start
        start = found
    return start + 1


@dataclass(frozen=True)
class Definition:
    """An abbreviation expanded before its bracket: where its long form starts and ends, and what it is."""

    start: int
    end: int
    expansion: Expansion


def defined(segment: str) -> tuple[Expansions, dict[int, Definition]]:
    """The abbreviations the segment expands before their brackets, and each defining bracket's
    abbreviation by where it starts (no mention of its own: the long form before it is one)."""
    found: Expansions = {}
    places: dict[int, Definition] = {}
    for match in _DEFINED.finditer(segment):
        abbreviation = match.group(1)
        start = _line_words_before(segment, match.start(), min(len(abbreviation) + 5, 2 * len(abbreviation)))
        before = segment[start : match.start()]
        name = long_form(abbreviation, before)
        if name is None:
            continue
        expansion = _expansion(abbreviation, name)
        if expansion is None:
            continue
        end = start + len(before.rstrip())
        places[match.start(1)] = Definition(end - len(name), end, expansion)
        if found.get(abbreviation, PERSON) is PERSON:  # an organisation's expansion wins over initials
            found[abbreviation] = expansion
    return found, places


def leading_form(abbreviation: str, after: str) -> str | None:
    """The shortest start of ``after``, of at most one word more than the abbreviation has letters, whose
    letters hold the abbreviation's in order from its first and that names a body or an organisation."""
    letters = abbreviation.lower()
    if after[:1].lower() != letters[0]:
        return None
    low = lowered(after)  # one character for one: a letter's place in it is its place in ``after``
    pos, found = 1, 1
    for match in islice(_WORD.finditer(after), len(abbreviation) + 1):
        while found < len(letters) and (at := low.find(letters[found], pos, match.end())) >= 0:
            pos, found = at + 1, found + 1
        pos = max(pos, match.end())
        if found == len(letters) and _expansion(abbreviation, after[: match.end()].rstrip(",.;")) is not None:
            return after[: match.end()].rstrip(",.;")
    return None


def defined_after(segment: str) -> Expansions:
    """The abbreviations the segment expands right after them: "KFU – Kultur- og fritidsudvalget"."""
    found: Expansions = {}
    for match in _DEFINED_BEFORE.finditer(segment):
        abbreviation = match.group(1)
        line_end = segment.find("\n", match.end())
        after = _LEADING_ARTICLE.sub("", segment[match.end() : len(segment) if line_end < 0 else line_end])
        name = leading_form(abbreviation, after)
        expansion = _expansion(abbreviation, name) if name is not None else None
        if expansion is not None and found.get(abbreviation, PERSON) is PERSON:
            found[abbreviation] = expansion
    return found


def by_initials(committees: Iterable[Mention]) -> Expansions:
    """The committees a document names, by their initials; initials two committees share name neither."""
    first: dict[str, str] = {}
    named: dict[str, set[str]] = {}
    for mention in committees:
        keys, indefinite = _initial_keys(mention.name)
        for key in keys:
            first.setdefault(key, mention.name)
            named.setdefault(key, set()).add(indefinite)
    return {key: Expansion(first[key], "committee") for key, names in named.items() if len(names) == 1}


@lru_cache(maxsize=4096)
def _initial_keys(name: str) -> tuple[tuple[str, ...], str]:
    """A committee's initials as a document may print them, and its name's indefinite form in lower case: read
    once per name (a document names its committees again and again, and the same committees recur)."""
    full = initials(name)
    # "Trivsels-, Sundheds- og Forebyggelsesudvalget" is "TSF" as often as "TSFU"
    keys = (full, full[:-1]) if len(full) > 3 and split_body_noun(name) else (full,)
    return keys, indefinite_body_name(name).lower()

"""The curated gazetteer (graphbuild/data/gazetteer.yaml) compiled into whole-word patterns."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any

from graphbuild.vocab.data_yaml import data_yaml
from graphbuild.vocab.municipality_names import municipality_named
from graphbuild.vocab.near import finditer_near, search_near


@dataclass(frozen=True)
class KnownEntity:
    id: str
    type: str  # Organization or Initiative
    name: str
    kind: str | None
    aliases: tuple[str, ...]
    region: str | None = None
    owner: str | None = None
    part_of: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


def _entry(raw: dict[str, Any], type_: str) -> KnownEntity:
    aliases = tuple(dict.fromkeys([raw["name"], *raw.get("aliases", [])]))
    return KnownEntity(
        id=raw["id"],
        type=type_,
        name=raw["name"],
        kind=raw.get("kind"),
        aliases=aliases,
        region=raw.get("region"),
        owner=raw.get("owner"),
        part_of=raw.get("part_of"),
    )


@cache
def known_entities() -> tuple[KnownEntity, ...]:
    raw = data_yaml("gazetteer.yaml")
    out = [_entry(r, "Organization") for r in raw.get("organizations", [])]
    out += [_entry(r, "Initiative") for r in raw.get("initiatives", [])]
    return tuple(out)


@cache
def known_by_id() -> dict[str, KnownEntity]:
    return {e.id: e for e in known_entities()}


def is_case_sensitive(alias: str) -> bool:
    return sum(ch.isupper() for ch in alias) >= 2


_WORD_BREAK = re.compile(r"[\s\-]+")


def alias_pattern(alias: str) -> str:
    """Whole-word pattern for an alias; spaces and hyphens interchangeable; genitive -s allowed."""
    parts = [re.escape(p) for p in _WORD_BREAK.split(alias) if p]
    body = r"[\s\-]+".join(parts)
    if alias.endswith(("s", "'s")):
        return rf"(?<![\w-]){body}(?![\w-])"
    return rf"(?<![\w-]){body}(?:'s|s|'erne)?(?![\w-])"


@cache
def compiled_aliases() -> tuple[tuple[re.Pattern[str], KnownEntity], ...]:
    out: list[tuple[re.Pattern[str], KnownEntity]] = []
    for entity in known_entities():
        for alias in entity.aliases:
            flags = 0 if is_case_sensitive(alias) else re.IGNORECASE
            out.append((re.compile(alias_pattern(alias), flags), entity))
    return tuple(out)


@cache
def alias_entries() -> tuple[tuple[str, KnownEntity], ...]:
    return tuple((alias, entity) for entity in known_entities() for alias in entity.aliases)


@lru_cache(maxsize=4096)
def lookup_alias(name: str) -> KnownEntity | None:
    """The known entity a whole name (e.g. a meeting body) is an alias of, if any (remembered: the
    same body names come back in every document). Only the aliases whose words the name's words are
    (`_alias_index`) are tried, in the gazetteer's order: the first whose pattern matches the whole name wins,
    as if every alias were tried."""
    stripped = name.strip()
    candidates: range | list[int]
    if not _LATIN_1.fullmatch(stripped):
        candidates = range(len(compiled_aliases()))  # a letter re.IGNORECASE may read as another: try them all
    else:
        index, always = _alias_index()
        found = set(always)
        for key in _keys(stripped):
            found.update(index.get(key, ()))
        candidates = sorted(found)
    aliases = compiled_aliases()
    for at in candidates:
        pattern, entity = aliases[at]
        if pattern.fullmatch(stripped):
            return entity
    return None


# The characters of a name (up to U+00FF, but for the micro sign) whose matches under re.IGNORECASE are those of their
# str.lower: an alias (of the same characters) matches such a name only where its words lowered are the name's
_LATIN_1 = re.compile(r"[\x00-\xb4\xb6-\xff]*")
# what `alias_pattern` lets follow an alias's last word: a genitive, a plural's definite ending
_SUFFIXES = ("'erne", "'s", "s")


def _keys(name: str) -> list[tuple[str, ...]]:
    """The words of a whole name in lower case (split where `alias_pattern` lets white space or a hyphen stand), and
    the same with what may follow an alias's last word taken off the last."""
    words = _WORD_BREAK.split(name.lower())
    keys = [tuple(words)]
    last = words[-1]
    for suffix in _SUFFIXES:
        if last.endswith(suffix):
            keys.append((*words[:-1], last[: -len(suffix)]))
    return keys


@cache
def _alias_index() -> tuple[dict[tuple[str, ...], list[int]], tuple[int, ...]]:
    """The aliases (their places in `compiled_aliases`) by their words in lower case; and those holding a character
    past U+00FF (or the micro sign), tried for every name, since re.IGNORECASE may read it as another letter."""
    index: dict[tuple[str, ...], list[int]] = {}
    always: list[int] = []
    at = 0
    for entity in known_entities():
        for alias in entity.aliases:
            if _LATIN_1.fullmatch(alias):
                words = tuple(part.lower() for part in _WORD_BREAK.split(alias) if part)
                index.setdefault(words, []).append(at)
            else:
                always.append(at)
            at += 1
    return index, tuple(always)


# --- the kinds of meeting bodies (gazetteer.yaml: body_heads) --------------------------------------

_ENDING = r"(?:et|en|n|ne|erne|e)?s?"  # Udvalget, Bestyrelsen, Rådene, Udvalgets, Magistratens
_CROSS_KINDS = frozenset({"network", "association"})  # gazetteer organisation kinds that span municipalities
# The body kinds that belong to one municipality.
MUNICIPAL_BODY_KINDS = frozenset(
    {"byråd", "kommunalbestyrelse", "borgerrepræsentation", "magistrat", "udvalg", "lokaludvalg"}
)


@dataclass(frozen=True)
class BodyHead:
    """One group of body_heads: a word ending with one of its heads names a body of this kind."""

    kind: str
    cross_municipal: bool
    pattern: re.Pattern[str]
    words: tuple[str, ...] = ()  # every match holds one (lower case): the pattern runs only near them
    joint_if_named: bool = False  # one municipality's, unless the name says it is several's (is_joint_name)
    municipal: bool = False  # one municipality's body though of none of MUNICIPAL_BODY_KINDS (beredskabskommission)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """``pattern.finditer(text)``, tried only near the head words (vocab.near)."""
        return finditer_near(self.pattern, text, self.words, _HEAD_REACH)

    def search(self, text: str) -> re.Match[str] | None:
        return search_near(self.pattern, text, self.words, _HEAD_REACH)


# how far a match may start before its head word: the rest of a compound, or of a slug in a web address
_HEAD_REACH = 300


def _head_words(raw: dict[str, Any]) -> tuple[str, ...]:
    return tuple(
        sorted({*(h.lower() for h in raw.get("heads", [])), *(w.split()[0].lower() for w in raw.get("words", []))})
    )


def _head_pattern(raw: dict[str, Any]) -> re.Pattern[str]:
    alternatives = []
    if raw.get("heads"):
        heads = "|".join(re.escape(h) for h in sorted(raw["heads"], key=len, reverse=True))
        alternatives.append(rf"[\w-]*?(?:{heads}){_ENDING}")
    for word in raw.get("words", []):
        alternatives.append(r"[\s-]+".join(re.escape(p) for p in word.split()) + "(?:'s|s)?")
    return re.compile(rf"(?i)(?<![\w-])(?:{'|'.join(alternatives)})(?![\w-])")


@cache
def body_heads() -> tuple[BodyHead, ...]:
    raw = data_yaml("gazetteer.yaml")
    return tuple(
        BodyHead(
            kind=r["kind"],
            cross_municipal=bool(r.get("cross_municipal")),
            pattern=_head_pattern(r),
            words=_head_words(r),
            joint_if_named=bool(r.get("joint_if_named")),
            municipal=bool(r.get("municipal")),
        )
        for r in raw.get("body_heads", [])
    )


@lru_cache(maxsize=4096)  # a body's name is asked about by several steps of one document and by many documents
def body_head(name: str) -> tuple[BodyHead, re.Match[str]] | None:
    """The first head group with a word in ``name``, and where that word is."""
    for head in body_heads():
        match = head.search(name)
        if match:
            return head, match
    return None


def body_kind(name: str | None) -> str | None:
    """byråd, kommunalbestyrelse, udvalg, kkr, bestyrelse, … for a body's name; None when no head fits."""
    if not name:
        return None
    found = body_head(name)
    return found[0].kind if found else None


@lru_cache(maxsize=4096)  # a body's name is asked of by several stages and documents
def is_cross_municipal(name: str | None) -> bool:
    """Whether a body of this name spans several municipalities (KKR, director circles, networks,
    associations, business regions, inter-municipal companies' boards)."""
    if not name:
        return False
    known = lookup_alias(name)
    if known is not None and known.type == "Organization":
        return known.kind in _CROSS_KINDS
    found = body_head(name)
    if found is not None and found[0].joint_if_named:
        return is_joint_name(name)
    return found is not None and found[0].cross_municipal


# "Den fælles Beredskabskommission", "… for Rudersdal og Hørsholm Kommuner", "… i Brand & Redning I/S",
# "et § 60-selskab": a name that says its body is several municipalities'
_JOINT_WORDS = re.compile(
    r"(?i)(?<![\w-])f(?:æ|ae)lles|(?<![\w-])I/S(?![\w-])|§\s*60|(?<![\w-])kommuner(?:ne|s)?(?![\w-])"
)
# "for Rudersdal og Hørsholm", "for Midt- og Sydsjællands Brand & Redning": two places after for/i
_TWO_PLACES = re.compile(r"(?<![\w-])(?:for|i)\s+[A-ZÆØÅ][\w-]*\s+(?:og|&)\s+[A-ZÆØÅ]")
# "for Nordsjællands Brandvæsen", "i Beredskab Øst": a fire service named other than after one municipality
_FIRE_SERVICE = re.compile(
    r"(?<![\w-])(?:for|i)\s+(?:(?P<place>[A-ZÆØÅ][\w-]*)\s+)?(?:Brand|Beredskab|Redning)[\wæøå]*(?:\s+(?P<after>[A-ZÆØÅ][\w-]*))?"
)


def is_joint_name(name: str) -> bool:
    """Whether a body's name says it is several municipalities' ("Den fælles Beredskabskommission for
    Rudersdal og Hørsholm Kommuner", "Beredskabskommissionen for Midt- og Sydsjællands Brand & Redning",
    "… for Nordsjællands Brandvæsen"), not one's ("Beredskabskommissionen", "… for Lejre Kommune",
    "… for Roskilde Brandvæsen")."""
    if _JOINT_WORDS.search(name) or _TWO_PLACES.search(name):
        return True
    for match in _FIRE_SERVICE.finditer(name):
        place = match["place"] or match["after"]
        if place is not None and municipality_named(place) is None:
            return True
    return False


def is_municipal_body(name: str | None) -> bool:
    """Whether a body of this name is one municipality's (council, committee, magistrate, local council,
    a beredskabskommission not named as joint)."""
    if not name or is_cross_municipal(name):
        return False
    found = body_head(name)
    return found is not None and (found[0].kind in MUNICIPAL_BODY_KINDS or found[0].municipal)

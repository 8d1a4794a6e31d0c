"""The curated gazetteer (graphbuild/data/gazetteer.yaml) compiled into whole-word patterns."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

import yaml


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
    text = resources.files("graphbuild.data").joinpath("gazetteer.yaml").read_text(encoding="utf-8")
    raw = yaml.safe_load(text)
    out = [_entry(r, "Organization") for r in raw.get("organizations", [])]
    out += [_entry(r, "Initiative") for r in raw.get("initiatives", [])]
    return tuple(out)


@cache
def known_by_id() -> dict[str, KnownEntity]:
    return {e.id: e for e in known_entities()}


def is_case_sensitive(alias: str) -> bool:
    return sum(ch.isupper() for ch in alias) >= 2


def alias_pattern(alias: str) -> str:
    """Whole-word pattern for an alias; spaces and hyphens interchangeable; genitive -s allowed."""
    parts = [re.escape(p) for p in re.split(r"[\s\-]+", alias) if p]
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


def lookup_alias(name: str) -> KnownEntity | None:
    """The known entity a whole name (e.g. a meeting body) is an alias of, if any."""
    for pattern, entity in compiled_aliases():
        match = pattern.fullmatch(name.strip())
        if match:
            return entity
    return None

"""Collects entities and relations for one document, deduplicated and in a deterministic order."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from typing import Any, TypeVar

from pydantic import BaseModel

from graphbuild.models import Entity, Evidence, NodeType, Relation, RelType
from graphbuild.vocab.schema import (
    NODE_BASE_PROPERTIES,
    REL_BASE_PROPERTIES,
    SchemaError,
    check_properties,
    load_schema,
)

_Model = TypeVar("_Model", bound=BaseModel)


def trusted(cls: type[_Model], **values: Any) -> _Model:
    """``cls.model_construct(**values)`` for values that are right by construction: the same instance
    (fields in declaration order, the given names as the fields set, defaults filled in) without
    pydantic's generic walk over aliases and validation aliases, most of its cost."""
    model = cls.__new__(cls)
    names, described = _fields(cls)
    fields: dict[str, Any] | None = None
    given = set(values)
    if len(values) == len(names):  # every field given, the common case: no default to look up
        try:
            fields = {name: values[name] for name in names}
        except KeyError:
            fields = None  # a name that is no field: model_construct ignores it
    if fields is None:
        given &= cls.model_fields.keys()
        fields = {}
        for name, required, default, factory in described:
            if name in values:
                fields[name] = values[name]
            elif factory is not None:
                fields[name] = factory()
            elif not required:
                fields[name] = default
    _set = object.__setattr__
    _set(model, "__dict__", fields)
    _set(model, "__pydantic_fields_set__", given)
    _set(model, "__pydantic_extra__", None)
    _set(model, "__pydantic_private__", None)
    return model


def trusted_all(cls: type[_Model], fields: dict[str, Any]) -> _Model:
    """``trusted`` for a dict that names every field of ``cls`` in declaration order, as the builder's
    own calls do: nothing to look up or fill in."""
    model = cls.__new__(cls)
    _set = object.__setattr__
    _set(model, "__dict__", fields)
    _set(model, "__pydantic_fields_set__", set(fields))
    _set(model, "__pydantic_extra__", None)
    _set(model, "__pydantic_private__", None)
    return model


_Field = tuple[str, bool, Any, Callable[[], Any] | None]


@cache
def _fields(cls: type[BaseModel]) -> tuple[tuple[str, ...], tuple[_Field, ...]]:
    """A model's field names in order, and each field's name, whether it is required, its default and
    its default factory (the factories of these models take no argument)."""
    assert not cls.__pydantic_post_init__ and not cls.__pydantic_root_model__, cls
    out: list[_Field] = []
    for name, info in cls.model_fields.items():
        assert info.alias is None and info.validation_alias is None, (cls, name)
        factory = info.default_factory
        out.append((name, info.is_required(), info.default, factory))  # type: ignore[arg-type]
    return tuple(name for name, *_ in out), tuple(out)


@dataclass
class _Draft:
    id: str
    type: NodeType
    name: str
    aliases: set[str] = field(default_factory=set)
    properties: dict[str, Any] = field(default_factory=dict)


def _is_inflection(surface: str, name: str) -> bool:
    """The name itself, or its genitive ("KL's", "Sundhedsstyrelsens")."""
    flat = " ".join(surface.split())
    return flat in (name, f"{name}s", f"{name}'s", f"{name}'erne")


@cache
def _own_node_properties(type: str) -> dict[str, str] | None:
    """The properties a label declares beyond the base ones (worked out once per label); None: no such label."""
    node = load_schema().nodes.get(type)
    return None if node is None else {k: v for k, v in node.properties.items() if k not in NODE_BASE_PROPERTIES}


@cache
def _own_rel_properties(type: str) -> dict[str, str]:
    rel = load_schema().relationships[type]
    return {k: v for k, v in rel.properties.items() if k not in REL_BASE_PROPERTIES}


@cache
def _rel_rules(type: str) -> tuple[dict[str, str], frozenset[tuple[str, str]]] | None:
    """A relationship type's own properties and its (source, target) labels, worked out once per type;
    None: no such type."""
    rel = load_schema().relationships.get(type)
    return None if rel is None else (_own_rel_properties(type), frozenset(rel.endpoints))


class FactsBuilder:
    """Every entity and relation is checked against the schema as it is built: an unknown label,
    property or endpoint, or a value of the wrong type, raises SchemaError."""

    def __init__(self) -> None:
        self._schema = load_schema()
        self._entities: dict[str, _Draft] = {}
        self._relations: dict[tuple[str, str, str, str | None, int, str], Relation] = {}
        self._pairs: set[tuple[str, str, str]] = set()
        self._pairs_in_item: set[tuple[str, str, str, str | None]] = set()

    def entity(self, id: str, type: NodeType, name: str, surface: str | None = None, **properties: Any) -> str:
        own = _own_node_properties(type)
        if own is None:
            raise SchemaError(f"{type!r} is not a node label of the schema")
        if properties:
            check_properties(type, own, properties)
        draft = self._entities.get(id)
        if draft is None:
            draft = self._entities[id] = _Draft(id, type, name)
        elif draft.type != type:
            raise SchemaError(f"{id} is a {draft.type}, not a {type}")
        if surface and surface.strip() and not _is_inflection(surface, draft.name):
            draft.aliases.add(" ".join(surface.split()))
        for key, value in properties.items():
            if value is not None and draft.properties.get(key) is None:
                draft.properties[key] = value
        return id

    def names_of(self, type: NodeType) -> list[tuple[str, str]]:
        """Each entity of one label built so far: (id, the name it was built with)."""
        return [(d.id, d.name) for d in self._entities.values() if d.type == type]

    def add_alias(self, id: str, alias: str) -> None:
        """Another name of a built entity (an id not built is left alone, the entity's own name is no alias)."""
        draft = self._entities.get(id)
        if draft is not None and alias.strip() and alias != draft.name:
            draft.aliases.add(" ".join(alias.split()))

    def has(self, id: str) -> bool:
        return id in self._entities

    def type_of(self, id: str) -> NodeType | None:
        draft = self._entities.get(id)
        return draft.type if draft else None

    def name_of(self, id: str) -> str | None:
        """The name an entity was built with; None for an id not built."""
        draft = self._entities.get(id)
        return draft.name if draft else None

    def set_property(self, id: str, key: str, value: Any) -> None:
        if id in self._entities and value is not None:
            check_properties(
                self._entities[id].type, self._schema.nodes[self._entities[id].type].properties, {key: value}
            )
            self._entities[id].properties[key] = value

    def relation(self, type: RelType, source: str, target: str, evidence: Evidence, **properties: Any) -> None:
        rules = _rel_rules(type)
        if rules is None:
            raise SchemaError(f"{type!r} is not a relationship type of the schema")
        own, endpoints = rules
        if properties:
            check_properties(type, own, properties)
        source_draft, target_draft = self._entities.get(source), self._entities.get(target)
        if source_draft and target_draft and (source_draft.type, target_draft.type) not in endpoints:
            raise SchemaError(f"{type} does not run from {source_draft.type} to {target_draft.type}")
        if source == target:
            return
        # two facts of one sentence with the same ends differ by their own properties (two roles)
        ordered = sorted(properties.items()) if properties else []
        key = (type, source, target, evidence.item, evidence.start, repr(ordered) if ordered else "")
        if key not in self._relations:
            self._pairs.add((type, source, target))
            self._pairs_in_item.add((type, source, target, evidence.item))
            # checked above against the schema (type, properties, endpoints): no second validation
            self._relations[key] = trusted_all(
                Relation,
                {"type": type, "source": source, "target": target, "properties": dict(ordered), "evidence": evidence},
            )

    def has_relation(self, type: RelType, source: str, target: str, item: str | None = None) -> bool:
        if item is None:
            return (type, source, target) in self._pairs
        return (type, source, target, item) in self._pairs_in_item

    def entities(self) -> list[Entity]:
        return [
            trusted_all(  # checked against the schema as each was built
                Entity,
                {
                    "id": d.id,
                    "type": d.type,
                    "name": d.name,
                    "aliases": sorted(d.aliases),
                    "properties": dict(sorted(d.properties.items())),
                },
            )
            for d in sorted(self._entities.values(), key=lambda d: d.id)
        ]

    def relations(self) -> list[Relation]:
        return sorted(
            self._relations.values(),
            key=lambda r: (
                r.type,
                r.source,
                r.target,
                r.evidence.item or "",
                r.evidence.start,
                r.evidence.end,
            ),
        )

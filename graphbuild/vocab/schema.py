"""The graph schema, loaded from data/schema.yaml; everything else derives from it.

LadybugDB DDL, Neo4j constraints and indexes, the property lists the loaders write, and the
viz legend all come from here, so there is no second copy written by hand.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from graphbuild.vocab.data_yaml import data_yaml

NODE_BASE_PROPERTIES: dict[str, str] = {"id": "STRING", "name": "STRING", "aliases": "STRING[]"}
REL_BASE_PROPERTIES: dict[str, str] = {
    "id": "STRING",
    "doc": "STRING",
    "item": "STRING",
    "span_start": "INT64",
    "span_end": "INT64",
    "quote": "STRING",
    "docs": "STRING[]",
}
ALLOWED_TYPES = frozenset({"STRING", "INT64", "DOUBLE", "BOOLEAN", "STRING[]"})


@dataclass(frozen=True)
class NodeType:
    label: str
    properties: dict[str, str]  # name -> type, base properties first
    colour: str
    shape: str


@dataclass(frozen=True)
class RelType:
    type: str
    endpoints: tuple[tuple[str, str], ...]
    properties: dict[str, str]  # name -> type, base properties first
    statement: tuple[str, ...] = ()  # own properties of the statement, not of the fact (no part of its id)

    @property
    def identifying(self) -> list[str]:
        """The own properties that tell two facts of this type apart (a role's dates)."""
        return [p for p in self.properties if p not in REL_BASE_PROPERTIES and p not in self.statement]


@dataclass(frozen=True)
class Schema:
    """Labels and types are quoted with backticks in generated statements: `Case` is a keyword."""

    nodes: dict[str, NodeType]
    relationships: dict[str, RelType]

    def endpoint_allowed(self, rel_type: str, source_label: str, target_label: str) -> bool:
        rel = self.relationships.get(rel_type)
        return rel is not None and (source_label, target_label) in rel.endpoints

    def ladybug_ddl(self) -> list[str]:
        statements = []
        for node in self.nodes.values():
            cols = ", ".join(f"{name} {typ}" for name, typ in node.properties.items())
            statements.append(f"CREATE NODE TABLE `{node.label}`({cols}, PRIMARY KEY (id))")
        for rel in self.relationships.values():
            pairs = ", ".join(f"FROM `{a}` TO `{b}`" for a, b in rel.endpoints)
            cols = ", ".join(f"{name} {typ}" for name, typ in rel.properties.items())
            statements.append(f"CREATE REL TABLE `{rel.type}`({pairs}, {cols})")
        return statements

    def neo4j_constraints(self) -> list[str]:
        # No index on `name`: packs resolve names to ids in Python, and a RANGE index refuses values
        # over ~8 KB, so one very long name in a document would fail the whole load.
        statements = []
        for node in self.nodes.values():
            statements.append(
                f"CREATE CONSTRAINT {node.label.lower()}_id IF NOT EXISTS FOR (n:`{node.label}`) REQUIRE n.id IS UNIQUE"
            )
        for label, prop in LOOKED_UP:  # what a pack finds nodes by, other than their id
            if label in self.nodes and prop in self.nodes[label].properties:
                statements.append(f"CREATE INDEX {label.lower()}_{prop} IF NOT EXISTS FOR (n:`{label}`) ON (n.{prop})")
        for rel in self.relationships.values():
            statements.append(f"CREATE INDEX {rel.type.lower()}_id IF NOT EXISTS FOR ()-[r:`{rel.type}`]-() ON (r.id)")
            statements.append(
                f"CREATE INDEX {rel.type.lower()}_doc IF NOT EXISTS FOR ()-[r:`{rel.type}`]-() ON (r.doc)"
            )
        return statements


# Node properties a pack looks nodes up by besides `id` (queries/case.cypher: a case by its number,
# or every case under a KLE code by its prefix): a Neo4j RANGE index each, so the lookup is an index
# seek instead of a read of every Case (21,074 of them at 10,000 documents). Short values only: a
# RANGE index refuses values over ~8 KB.
LOOKED_UP = (("Case", "number"), ("Case", "kle"))


def _check_types(where: str, props: dict[str, str]) -> None:
    for name, typ in props.items():
        if typ not in ALLOWED_TYPES:
            raise ValueError(f"schema.yaml: {where}.{name} has unknown type {typ!r}")


def parse_schema(raw: dict[str, Any]) -> Schema:
    nodes: dict[str, NodeType] = {}
    for label, spec in raw["nodes"].items():
        props = {**NODE_BASE_PROPERTIES, **(spec.get("properties") or {})}
        _check_types(label, props)
        nodes[label] = NodeType(label, props, spec["colour"], spec["shape"])
    rels: dict[str, RelType] = {}
    for rel_type, spec in raw["relationships"].items():
        endpoints = tuple((a, b) for a, b in spec["endpoints"])
        for a, b in endpoints:
            if a not in nodes or b not in nodes:
                raise ValueError(f"schema.yaml: {rel_type} names an unknown node label in {a}->{b}")
        props = {**REL_BASE_PROPERTIES, **(spec.get("properties") or {})}
        _check_types(rel_type, props)
        statement = tuple(spec.get("statement") or ())
        if not set(statement) <= set(spec.get("properties") or {}):
            raise ValueError(f"schema.yaml: {rel_type}.statement names a property it does not declare")
        rels[rel_type] = RelType(rel_type, endpoints, props, statement)
    return Schema(nodes, rels)


@cache
def load_schema() -> Schema:
    return parse_schema(data_yaml("schema.yaml"))


def known_label(label: str) -> str:
    if label not in load_schema().nodes:
        raise ValueError(f"{label!r} is not a node label of the schema")
    return label


def known_rel_type(rel_type: str) -> str:
    if rel_type not in load_schema().relationships:
        raise ValueError(f"{rel_type!r} is not a relationship type of the schema")
    return rel_type


class SchemaError(ValueError):
    """A fact that does not fit the schema: a programming error, never a property of the input."""


_PYTHON_TYPES: dict[str, tuple[type, ...]] = {
    "STRING": (str,),
    "INT64": (int,),
    "DOUBLE": (float, int),
    "BOOLEAN": (bool,),
    "STRING[]": (list, tuple),
}


def check_properties(where: str, declared: dict[str, str], properties: dict[str, Any]) -> None:
    """Every property declared by the schema, with a value of the declared type (None: unknown)."""
    for key, value in properties.items():
        typ = declared.get(key)
        if typ is None:
            raise SchemaError(f"{where} has no property {key!r} in the schema")
        if value is None or (type(value) is str and typ == "STRING"):
            continue  # (most values: a plain string of a string property, told apart without the table below)
        ok = isinstance(value, _PYTHON_TYPES[typ]) and not (typ in ("INT64", "DOUBLE") and isinstance(value, bool))
        if ok and typ == "STRING[]":
            ok = all(isinstance(v, str) for v in value)
        if not ok:
            raise SchemaError(f"{where}.{key} must be {typ}, not {type(value).__name__} {value!r}")

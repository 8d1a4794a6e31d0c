"""Engine values turned into plain Python (str, int, float, bool, list, dict, None), and engine rows
turned back into the graph's records: one reading of a store for both engines."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import date, datetime
from typing import Any

from graphbuild.models import Graph, NodeRecord, RelRecord
from graphbuild.vocab.schema import Schema

INTERNAL_KEYS = frozenset({"_ID", "_LABEL", "_SRC", "_DST"})

Query = Callable[[str], list[dict[str, Any]]]  # a store's read query, rows of plain values
ParamQuery = Callable[[str, Mapping[str, Any]], list[dict[str, Any]]]  # the same, with parameters
ENDS = ("_source", "_source_label", "_target", "_target_label")


def plain(value: Any) -> Any:
    """Lists and maps recursively; engine node/relationship maps lose their internal ids."""
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items() if k not in INTERNAL_KEYS}
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return str(value)


def property_columns(variable: str, names: Mapping[str, str] | list[str], prefix: str = "") -> str:
    """A RETURN list of the schema properties of ``variable``, one column each (names from the
    schema, never from user text), optionally prefixed so two variables' columns stay apart."""
    return ", ".join(f"{variable}.`{name}` AS `{prefix}{name}`" for name in names)


def node_record(label: str, row: Mapping[str, Any]) -> NodeRecord:
    """A row of a node's schema properties (one column each) as the graph's record."""
    return NodeRecord(id=row["id"], label=label, properties=dict(row))


def rel_record(rel_type: str, row: Mapping[str, Any]) -> RelRecord:
    """A row of the relationship's ends (``_source``, ``_source_label``, ``_target``,
    ``_target_label``) and its schema properties (one column each) as the graph's record."""
    properties = {key: value for key, value in row.items() if key not in ENDS}
    return RelRecord(
        id=properties["id"],
        type=rel_type,
        source=row["_source"],
        target=row["_target"],
        source_label=row["_source_label"],
        target_label=row["_target_label"],
        properties=properties,
    )


def read_graph(query: Query, schema: Schema, label_of: str) -> Graph:
    """The whole graph through ``query``: every schema property of every node and relationship
    (None where the store has none). The engines differ only in how a node's one label is asked
    for, ``label_of`` with ``{}`` for the node: "label({})" (LadybugDB), "labels({})[0]" (Neo4j)."""
    graph = Graph()
    for label, node_type in schema.nodes.items():
        for row in query(f"MATCH (n:`{label}`) RETURN {property_columns('n', node_type.properties)}"):
            graph.nodes[row["id"]] = node_record(label, row)
    for rel_type, rel_spec in schema.relationships.items():
        cypher = (
            f"MATCH (a)-[r:`{rel_type}`]->(b) RETURN a.id AS _source, {label_of.format('a')} AS _source_label, "
            f"b.id AS _target, {label_of.format('b')} AS _target_label, {property_columns('r', rel_spec.properties)}"
        )
        for row in query(cypher):
            record = rel_record(rel_type, row)
            graph.rels[record.id] = record
    return graph


def read_neighbourhood(
    query: ParamQuery, schema: Schema, label_of: str, start: str, depth: int, max_nodes: int = 5000
) -> Graph:
    """The nodes within ``depth`` steps of ``start`` (either direction) and the relationships among
    them, read from the store a step at a time: what an ego picture or an entity page shows, without
    reading the whole graph. Stops adding nodes once ``max_nodes`` are found."""
    found = {start}
    frontier = {start}
    for _ in range(depth):
        if not frontier or len(found) >= max_nodes:
            break
        reached: set[str] = set()
        for rel_type in schema.relationships:
            rows = query(
                f"MATCH (a)-[r:`{rel_type}`]->(b) WHERE a.id IN $ids OR b.id IN $ids RETURN a.id AS a, b.id AS b",
                {"ids": sorted(frontier)},
            )
            reached.update(end for row in rows for end in (row["a"], row["b"]))
        frontier = set(sorted(reached - found)[: max(0, max_nodes - len(found))])
        found |= frontier
    return read_among(query, schema, label_of, found)


def read_among(query: ParamQuery, schema: Schema, label_of: str, ids: Iterable[str]) -> Graph:
    """The nodes of ``ids`` that exist and the relationships among them: the part of the graph a
    picture draws (and the nodes its tooltips name), without reading the rest."""
    wanted = sorted(set(ids))
    graph = Graph()
    for label, node_type in schema.nodes.items():
        cypher = f"MATCH (n:`{label}`) WHERE n.id IN $ids RETURN {property_columns('n', node_type.properties)}"
        for row in query(cypher, {"ids": wanted}):
            graph.nodes[row["id"]] = node_record(label, row)
    for rel_type, rel_spec in schema.relationships.items():
        cypher = (
            f"MATCH (a)-[r:`{rel_type}`]->(b) WHERE a.id IN $ids AND b.id IN $ids "
            f"RETURN a.id AS _source, {label_of.format('a')} AS _source_label, "
            f"b.id AS _target, {label_of.format('b')} AS _target_label, {property_columns('r', rel_spec.properties)}"
        )
        for row in query(cypher, {"ids": wanted}):
            record = rel_record(rel_type, row)
            graph.rels[record.id] = record
    return graph


def read_rel_types(query: ParamQuery, schema: Schema, label_of: str, rel_types: Iterable[str]) -> Graph:
    """Every relationship of ``rel_types`` and the nodes at its ends (e.g. the membership picture's
    MEMBER_OF and PART_OF), without reading the rest of the graph."""
    ends: set[str] = set()
    for rel_type in sorted(set(rel_types) & set(schema.relationships)):
        rows = query(f"MATCH (a)-[r:`{rel_type}`]->(b) RETURN a.id AS a, b.id AS b", {})
        ends.update(end for row in rows for end in (row["a"], row["b"]))
    among = read_among(query, schema, label_of, ends)
    wanted = set(rel_types)
    return Graph(nodes=among.nodes, rels={k: r for k, r in among.rels.items() if r.type in wanted})


def ids_named(query: ParamQuery, schema: Schema, names: Iterable[str]) -> set[str]:
    """The ids of the nodes (of any label with a name) whose name is one of ``names``."""
    wanted = sorted(set(names))
    found: set[str] = set()
    for label, node_type in schema.nodes.items():
        if "name" in node_type.properties and wanted:
            rows = query(f"MATCH (n:`{label}`) WHERE n.name IN $names RETURN n.id AS id", {"names": wanted})
            found.update(str(row["id"]) for row in rows)
    return found


def count_graph(query: Query, schema: Schema) -> dict[str, int]:
    """How many nodes of each label and relationships of each type, by name."""
    out: dict[str, int] = {}
    for label in schema.nodes:
        out[label] = int(query(f"MATCH (n:`{label}`) RETURN count(n) AS c")[0]["c"])
    for rel_type in schema.relationships:
        out[rel_type] = int(query(f"MATCH ()-[r:`{rel_type}`]->() RETURN count(r) AS c")[0]["c"])
    return dict(sorted(out.items()))


class GraphReads:
    """The reads both engines answer the same way, through the store's own ``query``; a store says
    only how its dialect names a node's label (``label_of``, e.g. "label({})")."""

    schema: Schema
    label_of: str

    def query(
        self, cypher: str, params: Mapping[str, Any] | None = None, *, timeout_s: float | None = None
    ) -> list[dict[str, Any]]:
        raise NotImplementedError

    def counts(self) -> dict[str, int]:
        return count_graph(self.query, self.schema)

    def read_graph(self) -> Graph:
        return read_graph(self.query, self.schema, self.label_of)

    def read_neighbourhood(self, start: str, depth: int, max_nodes: int = 5000) -> Graph:
        return read_neighbourhood(self.query, self.schema, self.label_of, start, depth, max_nodes)

    def read_among(self, ids: Iterable[str]) -> Graph:
        return read_among(self.query, self.schema, self.label_of, ids)

    def read_rel_types(self, rel_types: Iterable[str]) -> Graph:
        return read_rel_types(self.query, self.schema, self.label_of, rel_types)

    def ids_named(self, names: Iterable[str]) -> set[str]:
        return ids_named(self.query, self.schema, names)

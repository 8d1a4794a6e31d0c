"""Arrow tables of a graph, one per node label and per (relationship type, endpoint pair),
typed from the schema; written to Parquet for LadybugDB's COPY, which keeps quotes, newlines
and lists intact where CSV would need escaping rules."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from graphbuild.models import Graph
from graphbuild.schema import Schema

ARROW_TYPES: dict[str, pa.DataType] = {
    "STRING": pa.string(),
    "INT64": pa.int64(),
    "DOUBLE": pa.float64(),
    "BOOLEAN": pa.bool_(),
    "STRING[]": pa.list_(pa.string()),
}


def _arrow_schema(properties: dict[str, str], prefix: list[tuple[str, pa.DataType]] | None = None) -> pa.Schema:
    fields = list(prefix or []) + [(name, ARROW_TYPES[typ]) for name, typ in properties.items()]
    return pa.schema(fields)


def node_table(graph: Graph, schema: Schema, label: str) -> pa.Table:
    properties = schema.nodes[label].properties
    columns: dict[str, list[object]] = {name: [] for name in properties}
    for node in graph.nodes.values():
        if node.label != label:
            continue
        for name in properties:
            columns[name].append(node.id if name == "id" else node.properties.get(name))
    return pa.table(columns, schema=_arrow_schema(properties))


def rel_tables(graph: Graph, schema: Schema, rel_type: str) -> Iterator[tuple[tuple[str, str], pa.Table]]:
    """One table per endpoint pair that has rows: LadybugDB copies each pair separately."""
    properties = schema.relationships[rel_type].properties
    by_pair: dict[tuple[str, str], dict[str, list[object]]] = {}
    for rel in graph.rels.values():
        if rel.type != rel_type:
            continue
        columns = by_pair.setdefault(
            (rel.source_label, rel.target_label), {"from": [], "to": [], **{name: [] for name in properties}}
        )
        columns["from"].append(rel.source)
        columns["to"].append(rel.target)
        for name in properties:
            columns[name].append(rel.id if name == "id" else rel.properties.get(name))
    arrow_schema = _arrow_schema(properties, [("from", pa.string()), ("to", pa.string())])
    for endpoints in schema.relationships[rel_type].endpoints:
        if endpoints in by_pair:
            yield endpoints, pa.table(by_pair[endpoints], schema=arrow_schema)


def write_parquet(table: pa.Table, path: Path) -> Path:
    pq.write_table(table, path)
    return path

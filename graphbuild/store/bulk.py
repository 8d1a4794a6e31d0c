"""Arrow tables of a graph, one per node label and per (relationship type, endpoint pair),
typed from the schema; written to Parquet for LadybugDB's COPY, which keeps quotes, newlines
and lists intact where CSV would need escaping rules."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from graphbuild.models import Graph, NodeRecord, RelRecord
from graphbuild.vocab.schema import RelType

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


def group_by_type(graph: Graph) -> tuple[dict[str, list[NodeRecord]], dict[str, list[RelRecord]]]:
    """One pass over the graph: nodes per label, relationships per type."""
    nodes: dict[str, list[NodeRecord]] = defaultdict(list)
    for node in graph.nodes.values():
        nodes[node.label].append(node)
    rels: dict[str, list[RelRecord]] = defaultdict(list)
    for rel in graph.rels.values():
        rels[rel.type].append(rel)
    return nodes, rels


def node_table(nodes: Sequence[NodeRecord], properties: dict[str, str]) -> pa.Table:
    columns = {
        name: [n.id for n in nodes] if name == "id" else [n.properties.get(name) for n in nodes] for name in properties
    }
    return pa.table(columns, schema=_arrow_schema(properties))


def rel_tables(rels: Sequence[RelRecord], rel_type: RelType) -> Iterator[tuple[tuple[str, str], pa.Table]]:
    """One table per endpoint pair that has rows: LadybugDB copies each pair separately."""
    by_pair: dict[tuple[str, str], list[RelRecord]] = defaultdict(list)
    for rel in rels:
        by_pair[(rel.source_label, rel.target_label)].append(rel)
    arrow_schema = _arrow_schema(rel_type.properties, [("from", pa.string()), ("to", pa.string())])
    for endpoints in rel_type.endpoints:
        group = by_pair.get(endpoints)
        if not group:
            continue
        columns: dict[str, list[Any]] = {"from": [r.source for r in group], "to": [r.target for r in group]}
        for name in rel_type.properties:
            columns[name] = [r.id for r in group] if name == "id" else [r.properties.get(name) for r in group]
        yield endpoints, pa.table(columns, schema=arrow_schema)


def write_parquet(table: pa.Table, path: Path) -> Path:
    pq.write_table(table, path)
    return path

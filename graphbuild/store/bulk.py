"""Per-table files of a graph, one set per node label and per (relationship type, endpoint pair),
typed from the schema, written to Parquet in batches as the build streams nodes and relationships
(``TableWriter``), so no table is ever whole in memory. LadybugDB COPYs them; Parquet keeps quotes,
newlines and lists intact where CSV would need escaping rules. Several writers (one per build
worker) may write parts of the same tables into one directory: ``TableFiles`` lists them all."""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from graphbuild.models import Graph, NodeRecord
from graphbuild.vocab.schema import Schema, load_schema

ARROW_TYPES: dict[str, pa.DataType] = {
    "STRING": pa.string(),
    "INT64": pa.int64(),
    "DOUBLE": pa.float64(),
    "BOOLEAN": pa.bool_(),
    "STRING[]": pa.list_(pa.string()),
}
ROWS_PER_FLUSH = 20_000
_PART = re.compile(r"(node|rel)~([A-Za-z_]+)(?:~([A-Za-z_]+)~([A-Za-z_]+))?~([0-9a-f]+)\.parquet")


def _arrow_schema(properties: dict[str, str], prefix: list[tuple[str, pa.DataType]] | None = None) -> pa.Schema:
    fields = list(prefix or []) + [(name, ARROW_TYPES[typ]) for name, typ in properties.items()]
    return pa.schema(fields)


def node_schema(properties: dict[str, str]) -> pa.Schema:
    return _arrow_schema(properties)


def rel_schema(properties: dict[str, str]) -> pa.Schema:
    return _arrow_schema(properties, [("from", pa.string()), ("to", pa.string())])


class _Table:
    """Rows of one table buffered column-wise; written to this writer's part file when full."""

    def __init__(self, path: Path, schema: pa.Schema) -> None:
        self.path = path
        self.schema = schema
        self.columns: dict[str, list[Any]] = {name: [] for name in schema.names}
        self.rows = 0
        self.buffered = 0
        self.writer: pq.ParquetWriter | None = None

    def add(self, values: dict[str, Any]) -> None:
        for name, column in self.columns.items():
            column.append(values.get(name))
        self.buffered += 1
        if self.buffered >= ROWS_PER_FLUSH:
            self.flush()

    def flush(self) -> None:
        if not self.buffered:
            return
        table = pa.table(self.columns, schema=self.schema)
        if self.writer is None:
            self.writer = pq.ParquetWriter(self.path, self.schema)
        self.writer.write_table(table)
        self.rows += self.buffered
        self.buffered = 0
        self.columns = {name: [] for name in self.schema.names}

    def close(self) -> None:
        self.flush()
        if self.writer is not None:
            self.writer.close()


class TableWriter:
    """Streams nodes and relationships into Parquet part files in ``directory`` (a ``Sink`` of
    graphbuild.resolve). ``close`` writes what is buffered; only then are the parts complete."""

    def __init__(self, directory: Path, schema: Schema | None = None) -> None:
        self.directory = Path(directory)
        self.directory.mkdir(parents=True, exist_ok=True)
        self.schema = schema or load_schema()
        self.part = uuid.uuid4().hex[:12]
        self._tables: dict[tuple[str, ...], _Table] = {}

    def node(self, node_id: str, label: str, properties: dict[str, Any]) -> None:
        table = self._tables.get((label,))
        if table is None:
            path = self.directory / f"node~{label}~{self.part}.parquet"
            table = self._tables[(label,)] = _Table(path, node_schema(self.schema.nodes[label].properties))
        table.add({**properties, "id": node_id})

    def rel(
        self, rel_id: str, rel_type: str, source: str, target: str, labels: tuple[str, str], properties: dict[str, Any]
    ) -> None:
        key = (rel_type, *labels)
        table = self._tables.get(key)
        if table is None:
            path = self.directory / f"rel~{rel_type}~{labels[0]}~{labels[1]}~{self.part}.parquet"
            table = self._tables[key] = _Table(path, rel_schema(self.schema.relationships[rel_type].properties))
        table.add({**properties, "id": rel_id, "from": source, "to": target})

    def close(self) -> None:
        for table in self._tables.values():
            table.close()


@dataclass(frozen=True)
class Part:
    kind: str  # "node" | "rel"
    name: str  # label or relationship type
    endpoints: tuple[str, str] | None
    path: Path
    writer: str = ""  # the TableWriter that wrote it: a build's resolve batch writes one part per table


class TableFiles:
    """The complete part files in a directory, grouped per table, in the schema's order."""

    def __init__(self, directory: Path) -> None:
        self.directory = Path(directory)
        self._listed: list[Part] | None = None

    def listed_once(self) -> TableFiles:
        """The same files, the directory listed once: for a reader that asks table by table of files no
        one writes any more (a load)."""
        frozen = TableFiles(self.directory)
        frozen._listed = self.parts()
        return frozen

    def parts(self) -> list[Part]:
        if self._listed is not None:
            return list(self._listed)
        found: list[Part] = []
        for path in sorted(self.directory.glob("*.parquet")):
            match = _PART.fullmatch(path.name)
            if match is None:
                continue
            kind, name, source, target, writer = match.groups()
            found.append(Part(kind, name, (source, target) if source and target else None, path, writer))
        return found

    def node_files(self, label: str) -> list[Path]:
        return [p.path for p in self.parts() if p.kind == "node" and p.name == label]

    def rel_files(self, rel_type: str) -> dict[tuple[str, str], list[Path]]:
        out: dict[tuple[str, str], list[Path]] = {}
        for part in self.parts():
            if part.kind == "rel" and part.name == rel_type and part.endpoints is not None:
                out.setdefault(part.endpoints, []).append(part.path)
        return out

    def counts(self) -> dict[str, int]:
        """Rows per label and per relationship type, from the files' metadata (nothing is read)."""
        out: dict[str, int] = {}
        for part in self.parts():
            rows = pq.ParquetFile(part.path).metadata.num_rows
            if rows:
                out[part.name] = out.get(part.name, 0) + rows
        return dict(sorted(out.items()))

    def nodes(self) -> Iterator[NodeRecord]:
        for part in self.parts():
            if part.kind == "node":
                for row in pq.read_table(part.path).to_pylist():
                    yield NodeRecord(id=row["id"], label=part.name, properties=row)


def rows_in(files: list[Path]) -> int:
    """Rows in part files, from their metadata (nothing is read)."""
    return sum(pq.ParquetFile(path).metadata.num_rows for path in files)


def write_graph(graph: Graph, directory: Path, schema: Schema | None = None) -> TableFiles:
    """A graph in memory written as table files (the same files a streaming build writes)."""
    writer = TableWriter(directory, schema)
    for node in graph.nodes.values():
        writer.node(node.id, node.label, node.properties)
    for rel in graph.rels.values():
        writer.rel(rel.id, rel.type, rel.source, rel.target, (rel.source_label, rel.target_label), rel.properties)
    writer.close()
    return TableFiles(directory)

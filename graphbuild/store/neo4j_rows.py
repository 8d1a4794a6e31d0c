"""The rows a Neo4j load sends, as plain dicts in batches, from the table files a build streamed
(``TableRows``: read a Parquet part at a time, ``to_pylist`` per record batch, nothing whole in
memory) or from a graph in memory (``GraphRows``). A node row is its property map (with ``id``);
a relationship row is ``{"from", "to", "props"}``, its property map (with ``id``) built by Arrow as
a struct column, so no row is touched in Python. A property that is None is sent as null, which
Neo4j does not store.

For an incremental load the relationships come in ``DocumentBatch``es: whole documents (every
relationship whose evidence ``doc`` is one of them), about ``size`` relationships each. From table
files they are found by one pass that deals each part's rows into bucket files by a hash of their
document, so a bucket holds whole documents and only one bucket is read back at a time."""

from __future__ import annotations

import pickle
import tempfile
import zlib
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from graphbuild.models import Graph
from graphbuild.store.bulk import TableFiles

RelKey = tuple[str, str, str]  # (type, source label, target label): one Cypher statement each
Row = dict[str, Any]
NO_DOCUMENT = ""  # relationships without evidence travel together, like a document of their own


@dataclass
class DocumentBatch:
    """Whole documents' relationships, per (type, source label, target label)."""

    docs: list[str] = field(default_factory=list)
    groups: dict[RelKey, list[Row]] = field(default_factory=lambda: defaultdict(list))

    def rows(self) -> int:
        return sum(len(rows) for rows in self.groups.values())


class LoadRows(Protocol):
    def node_batches(self, label: str, size: int) -> Iterator[list[Row]]: ...

    def rel_batches(self, size: int) -> Iterator[tuple[RelKey, list[Row]]]: ...

    def document_batches(self, size: int) -> Iterator[DocumentBatch]: ...


# --- from table files --------------------------------------------------------------------------


def _rel_rows(batch: pa.RecordBatch) -> list[Row]:
    """``{"from", "to", "props"}`` per row, the property map a struct column built by Arrow."""
    names = [name for name in batch.schema.names if name not in ("from", "to")]
    props = pa.StructArray.from_arrays([batch.column(name) for name in names], names=names)
    rows: list[Row] = pa.RecordBatch.from_arrays(
        [batch.column("from"), batch.column("to"), props], names=["from", "to", "props"]
    ).to_pylist()
    return rows


class TableRows:
    """Rows from the part files of a ``TableFiles``, a record batch at a time."""

    def __init__(self, tables: TableFiles) -> None:
        self.tables = tables

    def node_batches(self, label: str, size: int) -> Iterator[list[Row]]:
        pending: list[Row] = []
        for path in self.tables.node_files(label):
            for batch in pq.ParquetFile(path).iter_batches(batch_size=size):
                pending.extend(batch.to_pylist())
                if len(pending) >= size:
                    yield pending
                    pending = []
        if pending:
            yield pending

    def _rel_parts(self) -> Iterator[tuple[RelKey, Path]]:
        for part in self.tables.parts():
            if part.kind == "rel" and part.endpoints is not None:
                yield (part.name, *part.endpoints), part.path

    def rel_batches(self, size: int) -> Iterator[tuple[RelKey, list[Row]]]:
        pending: dict[RelKey, list[Row]] = {}
        for key, path in sorted(self._rel_parts()):
            for batch in pq.ParquetFile(path).iter_batches(batch_size=size):
                rows = pending.setdefault(key, [])
                rows.extend(_rel_rows(batch))
                if len(rows) >= size:
                    yield key, pending.pop(key)
        for key, rows in sorted(pending.items()):
            if rows:
                yield key, rows

    def document_batches(self, size: int) -> Iterator[DocumentBatch]:
        parts = sorted(self._rel_parts())
        total = sum(pq.ParquetFile(path).metadata.num_rows for _, path in parts)
        buckets = max(1, -(-total // size))
        with tempfile.TemporaryDirectory(prefix="neo4j-buckets-", dir=self.tables.directory) as tmp:
            files = [Path(tmp) / f"{bucket}.pickle" for bucket in range(buckets)]
            for key, path in parts:
                for batch in pq.ParquetFile(path).iter_batches(batch_size=size):
                    _deal(key, batch, files)
            for bucket in files:
                if bucket.is_file():
                    yield from _split(_read_bucket(bucket), size)
                    bucket.unlink()


def _bucket_of(doc: str | None, buckets: int) -> int:
    return zlib.crc32((doc or NO_DOCUMENT).encode()) % buckets


def _deal(key: RelKey, batch: pa.RecordBatch, files: list[Path]) -> None:
    """The rows of ``batch`` appended to the bucket file of their document."""
    docs = batch.column("doc").to_pylist() if "doc" in batch.schema.names else [None] * batch.num_rows
    buckets = pa.array([_bucket_of(doc, len(files)) for doc in docs], type=pa.int32())
    for bucket in pc.unique(buckets).to_pylist():
        rows = batch.filter(pc.equal(buckets, bucket))
        with files[bucket].open("ab") as out:
            pickle.dump((key, _rel_rows(rows)), out, protocol=pickle.HIGHEST_PROTOCOL)


def _read_bucket(path: Path) -> dict[str, dict[RelKey, list[Row]]]:
    """document -> (type, source label, target label) -> rows."""
    out: dict[str, dict[RelKey, list[Row]]] = defaultdict(lambda: defaultdict(list))
    with path.open("rb") as data:
        while True:
            try:
                key, rows = pickle.load(data)
            except EOFError:
                break
            for row in rows:
                out[row["props"].get("doc") or NO_DOCUMENT][key].append(row)
    return out


def _split(by_document: dict[str, dict[RelKey, list[Row]]], size: int) -> Iterator[DocumentBatch]:
    """Documents in order, about ``size`` relationships a batch, never splitting a document."""
    batch = DocumentBatch()
    for doc in sorted(by_document):
        batch.docs.append(doc)
        for key, rows in by_document[doc].items():
            batch.groups[key].extend(rows)
        if batch.rows() >= size:
            yield batch
            batch = DocumentBatch()
    if batch.docs:
        yield batch


# --- from a graph in memory ---------------------------------------------------------------------


class GraphRows:
    """Rows from a ``Graph`` (tests, benchmarks, and a store's graph read back)."""

    def __init__(self, graph: Graph) -> None:
        self.graph = graph

    def node_batches(self, label: str, size: int) -> Iterator[list[Row]]:
        rows = [{**n.properties, "id": n.id} for n in self.graph.nodes.values() if n.label == label]
        for start in range(0, len(rows), size):
            yield rows[start : start + size]

    def _by_document(self) -> dict[str, dict[RelKey, list[Row]]]:
        out: dict[str, dict[RelKey, list[Row]]] = defaultdict(lambda: defaultdict(list))
        for rel in self.graph.rels.values():
            row = {"from": rel.source, "to": rel.target, "props": {**rel.properties, "id": rel.id}}
            out[str(rel.properties.get("doc") or NO_DOCUMENT)][(rel.type, rel.source_label, rel.target_label)].append(
                row
            )
        return out

    def rel_batches(self, size: int) -> Iterator[tuple[RelKey, list[Row]]]:
        groups: dict[RelKey, list[Row]] = defaultdict(list)
        for rel in self.graph.rels.values():
            row = {"from": rel.source, "to": rel.target, "props": {**rel.properties, "id": rel.id}}
            groups[(rel.type, rel.source_label, rel.target_label)].append(row)
        for key, rows in sorted(groups.items()):
            for start in range(0, len(rows), size):
                yield key, rows[start : start + size]

    def document_batches(self, size: int) -> Iterator[DocumentBatch]:
        yield from _split(self._by_document(), size)

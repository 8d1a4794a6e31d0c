"""The Neo4j store. A first load into an empty database creates every node and relationship with
batched ``UNWIND ... CREATE`` (their ids are known to be new, so nothing is looked up but the two
ends of each relationship); later loads are incremental: batched ``UNWIND ... MERGE`` under
uniqueness constraints, whole documents per transaction, and removal of whatever the new graph
no longer has."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

import neo4j
from neo4j import GraphDatabase, Query
from neo4j.exceptions import AuthError, ClientError, Neo4jError, ServiceUnavailable

from graphbuild.errors import StoreError, UserError, first_line
from graphbuild.models import Graph
from graphbuild.store.base import Progress
from graphbuild.store.credentials import Credentials
from graphbuild.store.values import GraphReads, plain
from graphbuild.vocab.schema import Schema, load_schema

BATCH_SIZE = 5_000
BULK_BATCH_SIZE = 10_000  # rows per transaction of a first load (each its own transaction)
NO_DOCUMENT = ""  # relationships without evidence are loaded together, like a document of their own


def batches(rows: Sequence[dict[str, Any]], size: int = BATCH_SIZE) -> Iterator[Sequence[dict[str, Any]]]:
    for start in range(0, len(rows), size):
        yield rows[start : start + size]


def _storable(properties: Mapping[str, Any]) -> dict[str, Any]:
    """Neo4j stores no nulls: an unknown property is simply absent."""
    return {key: value for key, value in properties.items() if value is not None}


def node_rows(graph: Graph, label: str) -> list[dict[str, Any]]:
    return [
        {"id": n.id, "props": {**_storable(n.properties), "id": n.id}} for n in graph.nodes.values() if n.label == label
    ]


def rel_rows_by_document(graph: Graph) -> dict[str, dict[tuple[str, str, str], list[dict[str, Any]]]]:
    """document -> (type, source label, target label) -> rows."""
    out: dict[str, dict[tuple[str, str, str], list[dict[str, Any]]]] = defaultdict(lambda: defaultdict(list))
    for rel in graph.rels.values():
        doc = str(rel.properties.get("doc") or NO_DOCUMENT)
        row = {
            "id": rel.id,
            "source": rel.source,
            "target": rel.target,
            "props": {**_storable(rel.properties), "id": rel.id},
        }
        out[doc][(rel.type, rel.source_label, rel.target_label)].append(row)
    return out


def document_chunks(
    by_document: Mapping[str, Mapping[tuple[str, str, str], Sequence[dict[str, Any]]]], size: int = BATCH_SIZE
) -> Iterator[list[str]]:
    """Documents in order, grouped so a transaction carries about ``size`` relationships (one
    round trip per group instead of per document), never splitting a document."""
    chunk: list[str] = []
    rows = 0
    for doc in sorted(by_document):
        chunk.append(doc)
        rows += sum(len(group) for group in by_document[doc].values())
        if rows >= size:
            yield chunk
            chunk, rows = [], 0
    if chunk:
        yield chunk


def merged_chunk(
    docs: Sequence[str],
    by_document: Mapping[str, Mapping[tuple[str, str, str], Sequence[dict[str, Any]]]],
    stale_by_document: Mapping[str, Mapping[str, Sequence[str]]],
) -> tuple[dict[tuple[str, str, str], list[dict[str, Any]]], dict[str, list[str]]]:
    groups: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
    stale: dict[str, list[str]] = defaultdict(list)
    for doc in docs:
        for key, rows in by_document[doc].items():
            groups[key].extend(rows)
        for rel_type, ids in stale_by_document.get(doc, {}).items():
            stale[rel_type].extend(ids)
    return groups, stale


def create_nodes_cypher(label: str) -> str:
    return f"UNWIND $rows AS r CREATE (n:`{label}`) SET n = r.props"


def create_rels_cypher(rel_type: str, source_label: str, target_label: str) -> str:
    return (
        f"UNWIND $rows AS r MATCH (a:`{source_label}` {{id: r.source}}) MATCH (b:`{target_label}` {{id: r.target}}) "
        f"CREATE (a)-[x:`{rel_type}`]->(b) SET x = r.props"
    )


def rel_rows_by_type(graph: Graph) -> dict[tuple[str, str, str], list[dict[str, Any]]]:
    """(type, source label, target label) -> rows, for a first load."""
    out: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
    for rel in graph.rels.values():
        row = {"source": rel.source, "target": rel.target, "props": {**_storable(rel.properties), "id": rel.id}}
        out[(rel.type, rel.source_label, rel.target_label)].append(row)
    return dict(sorted(out.items()))


def merge_nodes_cypher(label: str) -> str:
    return f"UNWIND $rows AS r MERGE (n:`{label}` {{id: r.id}}) SET n = r.props"


def merge_rels_cypher(rel_type: str, source_label: str, target_label: str) -> str:
    return (
        f"UNWIND $rows AS r MATCH (a:`{source_label}` {{id: r.source}}) MATCH (b:`{target_label}` {{id: r.target}}) "
        f"MERGE (a)-[x:`{rel_type}` {{id: r.id}}]->(b) SET x = r.props"
    )


class Neo4jStore(GraphReads):
    label_of = "labels({})[0]"  # how this dialect names a node's label
    engine = "neo4j"

    def __init__(self, uri: str, credentials: Credentials, *, database: str = "neo4j") -> None:
        self.uri = uri
        self.database = database
        self.schema: Schema = load_schema()
        try:
            self.driver = GraphDatabase.driver(uri, auth=(credentials.user, credentials.password))
            self.driver.verify_connectivity()
        except AuthError:
            raise UserError(f"Neo4j at {uri} refused the credentials in NEO4J_USER / NEO4J_PASSWORD") from None
        except (ServiceUnavailable, OSError, ValueError) as error:
            raise StoreError(f"cannot reach Neo4j at {uri}: {_one_line(error)}") from None

    # --- writing ----------------------------------------------------------------------------

    def ensure_schema(self) -> None:
        with self.driver.session(database=self.database) as session:
            for statement in self.schema.neo4j_constraints():
                session.run(statement).consume()
            session.run("CALL db.awaitIndexes(300)").consume()

    def replace_graph(self, graph: Graph, progress: Progress | None = None) -> None:
        try:
            self._replace_graph(graph, progress)
        except Neo4jError as error:
            raise StoreError(f"writing the graph to Neo4j at {self.uri} failed: {_one_line(error)}") from None
        except ServiceUnavailable as error:
            raise StoreError(f"lost Neo4j at {self.uri}: {_one_line(error)}") from None

    def _replace_graph(self, graph: Graph, progress: Progress | None) -> None:
        self.ensure_schema()
        with self.driver.session(database=self.database) as session:
            empty = session.execute_read(_is_empty)
        if empty:
            self._first_load(graph, progress)
        else:
            self._incremental_load(graph, progress)

    def _first_load(self, graph: Graph, progress: Progress | None) -> None:
        """Into an empty database: CREATE, in transactions of BULK_BATCH_SIZE rows. A load cut
        short leaves a database that is not empty, which the next load (incremental) completes."""
        rel_groups = rel_rows_by_type(graph)
        steps = len(self.schema.nodes) + len(rel_groups)
        done = 0
        with self.driver.session(database=self.database) as session:
            for label in self.schema.nodes:
                cypher = create_nodes_cypher(label)
                for batch in batches(node_rows(graph, label), BULK_BATCH_SIZE):
                    session.execute_write(_run_batch, cypher, batch)
                done += 1
                if progress:
                    progress("store", done, steps)
            for (rel_type, source_label, target_label), rows in rel_groups.items():
                cypher = create_rels_cypher(rel_type, source_label, target_label)
                for batch in batches(rows, BULK_BATCH_SIZE):
                    session.execute_write(_run_batch, cypher, batch)
                done += 1
                if progress:
                    progress("store", done, steps)

    def _incremental_load(self, graph: Graph, progress: Progress | None) -> None:
        """Into a database holding a graph: MERGE on ids, whole documents per transaction, and the
        facts and nodes the new graph no longer has removed."""
        by_document = rel_rows_by_document(graph)
        steps = len(self.schema.nodes) + len(by_document) + 1
        done = 0
        with self.driver.session(database=self.database) as session:
            for label in self.schema.nodes:
                rows = node_rows(graph, label)
                cypher = merge_nodes_cypher(label)
                for batch in batches(rows):
                    session.execute_write(_run_batch, cypher, batch)
                done += 1
                if progress:
                    progress("store", done, steps)
            stale_by_document = self._stale_rels_by_document(session, graph)
            for docs in document_chunks(by_document):
                groups, stale = merged_chunk(docs, by_document, stale_by_document)
                session.execute_write(self._load_document, groups, stale)
                for _ in docs:  # one step per document, as before documents shared a transaction
                    done += 1
                    if progress:
                        progress("store", done, steps)
            self._remove_stale(session, graph)
        if progress:
            progress("store", steps, steps)

    def _stale_rels_by_document(self, session: neo4j.Session, graph: Graph) -> dict[str, dict[str, list[str]]]:
        """document -> type -> ids of stored relationships the new graph no longer has."""
        out: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
        for rel_type in self.schema.relationships:
            cypher = f"MATCH ()-[x:`{rel_type}`]->() RETURN x.id AS id, x.doc AS doc"
            for rel_id, doc in session.execute_read(_read_id_doc_pairs, cypher):
                if rel_id not in graph.rels:
                    out[doc or NO_DOCUMENT][rel_type].append(rel_id)
        return out

    def _load_document(
        self,
        tx: neo4j.ManagedTransaction,
        groups: dict[tuple[str, str, str], list[dict[str, Any]]],
        stale: dict[str, list[str]],
    ) -> None:
        """Whole documents' relationships in one transaction: their stale ones go and their new ones
        land together, or none of it happens. A document is never split across transactions."""
        for rel_type, ids in stale.items():
            for batch in batches([{"id": i} for i in ids]):
                tx.run(f"UNWIND $rows AS r MATCH ()-[x:`{rel_type}` {{id: r.id}}]->() DELETE x", rows=batch).consume()
        for (rel_type, source_label, target_label), rows in groups.items():
            cypher = merge_rels_cypher(rel_type, source_label, target_label)
            for batch in batches(rows):
                tx.run(cypher, rows=batch).consume()

    def _remove_stale(self, session: neo4j.Session, graph: Graph) -> None:
        """Relationships and nodes the new graph does not have (deleted documents, changed facts)."""
        for rel_type in self.schema.relationships:
            stored = session.execute_read(_read_ids, f"MATCH ()-[x:`{rel_type}`]->() RETURN x.id AS id")
            stale = [{"id": i} for i in stored if i not in graph.rels or graph.rels[i].type != rel_type]
            delete = f"UNWIND $rows AS r MATCH ()-[x:`{rel_type}` {{id: r.id}}]->() DELETE x"
            for batch in batches(stale):
                session.execute_write(_run_batch, delete, batch)
        for label in self.schema.nodes:
            stored = session.execute_read(_read_ids, f"MATCH (n:`{label}`) RETURN n.id AS id")
            stale = [{"id": i} for i in stored if i not in graph.nodes or graph.nodes[i].label != label]
            delete = f"UNWIND $rows AS r MATCH (n:`{label}` {{id: r.id}}) DETACH DELETE n"
            for batch in batches(stale):
                session.execute_write(_run_batch, delete, batch)

    def clear(self) -> None:
        """Delete every node and relationship (benchmarks and tests start from nothing)."""
        with self.driver.session(database=self.database) as session:
            session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume()

    # --- reading ----------------------------------------------------------------------------

    def query(
        self, cypher: str, params: Mapping[str, Any] | None = None, *, timeout_s: float | None = None
    ) -> list[dict[str, Any]]:
        parameters = dict(params or {})

        def read(tx: neo4j.ManagedTransaction) -> list[dict[str, Any]]:
            return [
                {key: plain(_neo4j_value(value)) for key, value in zip(record.keys(), record.values(), strict=True)}
                for record in tx.run(cypher, parameters)
            ]

        work = neo4j.unit_of_work(timeout=timeout_s)(read) if timeout_s else read
        with self.driver.session(database=self.database, default_access_mode=neo4j.READ_ACCESS) as session:
            return session.execute_read(work)

    def graph_version(self) -> tuple[str, ...] | None:
        """The last transaction committed to the database, read from the bookmark a read transaction
        gets back (opaque text that changes with every commit, a load's included): while it stays,
        the graph has not changed. One round trip; None if the server gives no bookmark."""
        with self.driver.session(database=self.database, default_access_mode=neo4j.READ_ACCESS) as session:
            session.run("RETURN 1").consume()
            bookmarks = session.last_bookmarks()
        return tuple(sorted(bookmarks.raw_values)) or None

    def explain_is_read_only(self, cypher: str) -> bool:
        """EXPLAIN plans without running; Neo4j reports the query type ('r' is read-only)."""
        with self.driver.session(database=self.database, default_access_mode=neo4j.READ_ACCESS) as session:
            summary = session.run(Query(f"EXPLAIN {cypher}")).consume()
        return summary.query_type == "r"

    def close(self) -> None:
        self.driver.close()


def _run_batch(tx: neo4j.ManagedTransaction, cypher: str, rows: Sequence[dict[str, Any]]) -> None:
    tx.run(cypher, rows=list(rows)).consume()


def _is_empty(tx: neo4j.ManagedTransaction) -> bool:
    return tx.run("MATCH (n) RETURN n.id AS id LIMIT 1").single() is None


def _read_ids(tx: neo4j.ManagedTransaction, cypher: str) -> list[str]:
    return [str(record["id"]) for record in tx.run(cypher)]


def _read_id_doc_pairs(tx: neo4j.ManagedTransaction, cypher: str) -> list[tuple[str, str | None]]:
    return [(str(record["id"]), record["doc"]) for record in tx.run(cypher)]


def _neo4j_value(value: Any) -> Any:
    """Nodes and relationships as their property maps; temporal values as ISO text."""
    if isinstance(value, (neo4j.graph.Node, neo4j.graph.Relationship)):
        return dict(value)
    if isinstance(value, neo4j.graph.Path):
        return [dict(n) for n in value.nodes]
    if isinstance(value, list):
        return [_neo4j_value(v) for v in value]
    if isinstance(value, dict):
        return {k: _neo4j_value(v) for k, v in value.items()}
    if hasattr(value, "iso_format"):
        return value.iso_format()
    return value


def _one_line(error: BaseException) -> str:
    if isinstance(error, ClientError) and error.message:
        return error.message.splitlines()[0]
    return first_line(error)

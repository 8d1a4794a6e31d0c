"""The Neo4j store. A first load into an empty database creates every node and relationship with
batched ``UNWIND ... CREATE`` (their ids are known to be new, so nothing is looked up but the two
ends of each relationship, by the id constraint of their label); later loads are incremental:
nodes by batched ``UNWIND ... MERGE`` under uniqueness constraints, relationships updated where
their id is stored and created where it is not, whole documents per transaction, and removal of
whatever the new graph no longer has. Both read their rows in batches
(``neo4j_rows``): from a build's table files, never the whole graph in memory, or from a graph."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

import neo4j
from neo4j import GraphDatabase, Query
from neo4j.exceptions import AuthError, ClientError, Neo4jError, ServiceUnavailable

from graphbuild.errors import StoreError, UserError, first_line
from graphbuild.models import Graph
from graphbuild.store.base import Progress
from graphbuild.store.bulk import TableFiles
from graphbuild.store.credentials import Credentials
from graphbuild.store.neo4j_rows import NO_DOCUMENT, DocumentBatch, GraphRows, LoadRows, TableRows
from graphbuild.store.values import GraphReads, plain
from graphbuild.vocab.schema import Schema, load_schema

BATCH_SIZE = 5_000  # relationships per transaction of an incremental load (whole documents)
BULK_BATCH_SIZE = 10_000  # rows per transaction of a first load (each its own transaction)
READ_BATCH = 10_000  # stored ids deleted per round trip

# The documents the stored relationships name, null among them if one names none (``collect``
# leaves nulls out).
STORED_DOCUMENTS = (
    "MATCH ()-[x]->() "
    "RETURN collect(DISTINCT x.doc) + CASE WHEN count(x) > count(x.doc) THEN [null] ELSE [] END AS value"
)


def batches(rows: list[Any], size: int = BATCH_SIZE) -> Iterator[list[Any]]:
    for start in range(0, len(rows), size):
        yield rows[start : start + size]


def create_nodes_cypher(label: str) -> str:
    return f"UNWIND $rows AS r CREATE (n:`{label}`) SET n = r"


def merge_nodes_cypher(label: str) -> str:
    return f"UNWIND $rows AS r MERGE (n:`{label}` {{id: r.id}}) SET n = r"


def same_properties(var: str, new: str) -> str:
    """Whether entity ``var`` already holds exactly the property map ``new`` (whose nulls it does
    not store): then an incremental load leaves it unwritten. Never null (``=`` with a null side is
    null, which would read as "the same")."""
    return (
        f"(all(k IN keys({new}) WHERE coalesce({var}[k] = {new}[k], false) OR ({var}[k] IS NULL AND {new}[k] IS NULL)) "
        f"AND all(k IN keys({var}) WHERE {new}[k] IS NOT NULL))"
    )


def stored_ids_cypher(label: str) -> str:
    return f"MATCH (n:`{label}`) RETURN collect(n.id) AS value"


def upsert_nodes_cypher(label: str) -> str:
    """MERGE on the id; the properties written only where they changed (a rebuild of an unchanged
    graph writes nothing)."""
    return (
        f"UNWIND $rows AS r MERGE (n:`{label}` {{id: r.id}}) WITH n, r WHERE NOT {same_properties('n', 'r')} SET n = r"
    )


# Every lookup forces a seek of its index (``USING INDEX SEEK``). Planned while a type's index was
# empty or its statistics stale, a plain ``USING INDEX`` hint was met with a full index *scan* per
# row: a reload of the benchmark's 15,000 relationships took 60-110 s instead of 1-3 s in about one
# run of three (seen in PROFILE: 60 million index rows for 5,000 lookups).


def _node_by_id(var: str, label: str, key: str) -> str:
    return f"MATCH ({var}:`{label}` {{id: {key}}}) USING INDEX SEEK {var}:`{label}`(id) "


def _ends(source_label: str, target_label: str) -> str:
    """Both ends by the id constraint of their own label (an index seek each)."""
    return _node_by_id("a", source_label, "r.from") + _node_by_id("b", target_label, "r.to")


def create_rels_cypher(rel_type: str, source_label: str, target_label: str) -> str:
    ends = _ends(source_label, target_label)
    return f"UNWIND $rows AS r {ends}CREATE (a)-[x:`{rel_type}`]->(b) SET x = r.props"


def merge_rels_cypher(rel_type: str, source_label: str, target_label: str) -> str:
    """One MERGE per row (the naive baseline of the benchmarks)."""
    return (
        "UNWIND $rows AS r "
        + _ends(source_label, target_label)
        + f"MERGE (a)-[x:`{rel_type}` {{id: r.props.id}}]->(b) SET x = r.props"
    )


def upsert_rels_cypher(rel_type: str, source_label: str, target_label: str) -> str:
    """A stored relationship found by its id (the type's id index) gets the row's properties; a
    row whose id is not stored is created between its two ends; one stored with the same
    properties is left alone. The id hashes the type and the
    ends, so a stored one with that id already joins the same two nodes. Faster than MERGE, which
    walks the ends' relationships and locks both ends for every row."""
    return (
        f"UNWIND $rows AS r OPTIONAL MATCH ()-[old:`{rel_type}` {{id: r.props.id}}]->() "
        f"USING INDEX SEEK old:`{rel_type}`(id) "
        f"FOREACH (_ IN CASE WHEN old IS NULL OR {same_properties('old', 'r.props')} THEN [] ELSE [1] END "
        "| SET old = r.props) "
        "WITH r, old WHERE old IS NULL "
        + _ends(source_label, target_label)
        + f"CREATE (a)-[x:`{rel_type}`]->(b) SET x = r.props"
    )


def rels_of_document(var: str, rel_type: str, doc: str) -> str:
    return f"MATCH ()-[{var}:`{rel_type}` {{doc: {doc}}}]->() USING INDEX SEEK {var}:`{rel_type}`(doc) "


def delete_stale_of_documents_cypher(rel_types: list[str]) -> str:
    """One statement: every stored relationship of the given documents that the new graph does not
    have under that document, of every type, found through each type's ``doc`` index. ``$keep``
    maps each new id to its new document (a hash lookup, where ``IN`` a list would compare with
    every element): a stored copy whose fact now lives under another document goes too, so a
    document the database has never seen can have its relationships created without a lookup."""
    arms = " ".join(
        f"CALL (d) {{ {rels_of_document('x', t, 'd')}WITH x WHERE coalesce($keep[x.id] <> d, true) DELETE x }}"
        for t in rel_types
    )
    return f"UNWIND $docs AS d {arms}"


def delete_stale_without_document_cypher(rel_type: str) -> str:
    """Stored relationships without a document that the new graph does not have without one."""
    return f"MATCH ()-[x:`{rel_type}`]->() WHERE x.doc IS NULL AND coalesce($keep[x.id] <> '', true) DELETE x"


class Neo4jStore(GraphReads):
    label_of = "labels({})[0]"  # how this dialect names a node's label
    engine = "neo4j"

    def __init__(self, uri: str, credentials: Credentials, *, database: str = "neo4j") -> None:
        self.uri = uri
        self.database = database
        self.schema: Schema = load_schema()
        self._last_read: tuple[str, ...] | None = None  # the bookmark of this store's last read
        try:
            self.driver = GraphDatabase.driver(uri, auth=(credentials.user, credentials.password))
            self.driver.verify_connectivity()
        except AuthError:
            raise UserError(f"Neo4j at {uri} refused the credentials in NEO4J_USER / NEO4J_PASSWORD") from None
        except (ServiceUnavailable, OSError, ValueError) as error:
            raise StoreError(f"cannot reach Neo4j at {uri}: {_one_line(error)}") from None

    # --- writing ----------------------------------------------------------------------------

    def ensure_schema(self) -> None:
        """The schema's constraints and indexes, each created unless one of its name is online (one
        round trip when all are, instead of one per statement)."""
        with self.driver.session(database=self.database) as session:
            online = set(
                session.execute_read(
                    _read_column, "SHOW INDEXES YIELD name, state WHERE state = 'ONLINE' RETURN name AS value"
                )
            )
            missing = [s for s in self.schema.neo4j_constraints() if _schema_name(s) not in online]
            for statement in missing:
                session.run(statement).consume()
            if missing:  # created now, or still being populated
                session.run("CALL db.awaitIndexes(300)").consume()

    def replace_graph(self, graph: Graph, progress: Progress | None = None) -> None:
        self.load(GraphRows(graph), progress)

    def replace_tables(self, tables: TableFiles, progress: Progress | None = None) -> None:
        """The graph of a build's table files, read a part and a batch at a time."""
        self.load(TableRows(tables), progress)

    def load(self, rows: LoadRows, progress: Progress | None = None) -> None:
        try:
            self.ensure_schema()
            with self.driver.session(database=self.database) as session:
                empty = session.execute_read(_is_empty)
            if empty:
                self._first_load(rows, progress)
            else:
                self._incremental_load(rows, progress)
        except Neo4jError as error:
            raise StoreError(f"writing the graph to Neo4j at {self.uri} failed: {_one_line(error)}") from None
        except ServiceUnavailable as error:
            raise StoreError(f"lost Neo4j at {self.uri}: {_one_line(error)}") from None

    def _first_load(self, rows: LoadRows, progress: Progress | None) -> None:
        """Into an empty database: CREATE, in transactions of BULK_BATCH_SIZE rows. A load cut
        short leaves a database that is not empty, which the next load (incremental) completes."""
        steps = len(self.schema.nodes) + 1
        with self.driver.session(database=self.database) as session:
            for done, label in enumerate(self.schema.nodes, start=1):
                cypher = create_nodes_cypher(label)
                for batch in rows.node_batches(label, BULK_BATCH_SIZE):
                    session.execute_write(_run_batch, cypher, batch)
                if progress:
                    progress("store", done, steps)
            for (rel_type, source_label, target_label), batch in rows.rel_batches(BULK_BATCH_SIZE):
                session.execute_write(_run_batch, create_rels_cypher(rel_type, source_label, target_label), batch)
        if progress:
            progress("store", steps, steps)

    def _incremental_load(self, rows: LoadRows, progress: Progress | None) -> None:
        """Into a database holding a graph: nodes created where their id is not stored and MERGEd
        on it where it is; relationships updated or created by id, whole documents per transaction
        (their stale relationships removed in the same one); then the relationships of documents the
        new graph no longer has, and the nodes it no longer has, removed."""
        steps = len(self.schema.nodes) + 2
        done = 0
        stale_nodes: dict[str, list[str]] = {}
        with self.driver.session(database=self.database) as session:
            stored_ids, stored = session.execute_read(_read_stored, list(self.schema.nodes))
            for label in self.schema.nodes:
                stale_nodes[label] = self._load_nodes(session, rows, label, stored_ids[label])
                done += 1
                if progress:
                    progress("store", done, steps)
            documents: set[str] = set()
            for documents_batch in rows.document_batches(BATCH_SIZE):
                unseen = {doc for doc in documents_batch.docs if doc != NO_DOCUMENT and doc not in stored}
                session.execute_write(self._load_documents, documents_batch, unseen)
                documents.update(documents_batch.docs)
            if progress:
                progress("store", done + 1, steps)
            self._remove_stale(session, stale_nodes, documents, stored)
        if progress:
            progress("store", steps, steps)

    def _load_nodes(self, session: neo4j.Session, rows: LoadRows, label: str, stored: set[str]) -> list[str]:
        """One label's nodes, a transaction per batch: a row whose id is not in ``stored`` (the label's
        ids before the load) is created (no MERGE, no comparison of properties), one whose id is
        upserted. Returned are the stored ids the new graph does not have (its stale nodes)."""
        kept: set[str] = set()
        create, upsert = create_nodes_cypher(label), upsert_nodes_cypher(label)
        for batch in rows.node_batches(label, BULK_BATCH_SIZE):
            known = [row for row in batch if row["id"] in stored]
            new = [row for row in batch if row["id"] not in stored] if known else batch
            session.execute_write(_write_nodes, create, new, upsert, known)
            kept.update(row["id"] for row in known)
        return [node_id for node_id in stored if node_id not in kept]

    def _load_documents(self, tx: neo4j.ManagedTransaction, batch: DocumentBatch, unseen: set[str]) -> None:
        """Whole documents' relationships in one transaction: their stale ones go and their new ones
        land together, or none of it happens. A document is never split across transactions.

        The relationships of ``unseen`` documents (no stored relationship names them) are created
        without looking their ids up: a stored copy of one of them sits under another document (or
        none), and is deleted as stale there (its id's new document differs), in this transaction,
        an earlier or later one, or with the documents the new graph no longer has."""
        keep = {
            row["props"]["id"]: row["props"].get("doc") or NO_DOCUMENT for rows in batch.groups.values() for row in rows
        }
        rel_types = list(self.schema.relationships)
        named = [doc for doc in batch.docs if doc != NO_DOCUMENT and doc not in unseen]  # unseen: nothing stored
        if named:
            tx.run(delete_stale_of_documents_cypher(rel_types), docs=named, keep=keep).consume()
        if NO_DOCUMENT in batch.docs:
            for rel_type in rel_types:
                tx.run(delete_stale_without_document_cypher(rel_type), keep=keep).consume()
        for (rel_type, source_label, target_label), group in batch.groups.items():
            new = [row for row in group if row["props"].get("doc") in unseen]
            seen = [row for row in group if row["props"].get("doc") not in unseen]
            for part in batches(new):
                tx.run(create_rels_cypher(rel_type, source_label, target_label), rows=part).consume()
            for part in batches(seen):
                tx.run(upsert_rels_cypher(rel_type, source_label, target_label), rows=part).consume()

    def _remove_stale(
        self, session: neo4j.Session, stale_nodes: dict[str, list[str]], documents: set[str], stored: set[Any]
    ) -> None:
        """The relationships of documents the new graph does not have (``stored``: the documents the
        database held before the load, read back in one pass), then the nodes it does not have
        (``stale_nodes``, per label, found while its nodes were loaded)."""
        gone = [doc for doc in stored if (doc or NO_DOCUMENT) not in documents]
        if None in gone:
            session.execute_write(_run, "MATCH ()-[x]->() WHERE x.doc IS NULL DELETE x")
        arms = " ".join(f"CALL (d) {{ {rels_of_document('x', t, 'd')}DELETE x }}" for t in self.schema.relationships)
        for batch in batches([doc for doc in gone if doc is not None], READ_BATCH):
            session.execute_write(_run_batch, f"UNWIND $rows AS d {arms}", batch)
        for label, stale in stale_nodes.items():
            delete = f"UNWIND $rows AS i {_node_by_id('n', label, 'i')}DETACH DELETE n"
            for batch in batches(stale, READ_BATCH):
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
            result = tx.run(cypher, parameters)
            keys = result.keys()
            # a pack's cells are mostly text, numbers and null: only the rest is converted
            return [dict(zip(keys, [_cell(v) for v in values], strict=True)) for values in result.values()]

        work = neo4j.unit_of_work(timeout=timeout_s)(read) if timeout_s else read
        with self.driver.session(database=self.database, default_access_mode=neo4j.READ_ACCESS) as session:
            rows = session.execute_read(work)
            self._last_read = tuple(sorted(session.last_bookmarks().raw_values)) or None
        return rows

    def graph_version(self) -> tuple[str, ...] | None:
        """The last transaction committed to the database, read from the bookmark a read transaction
        gets back (opaque text that changes with every commit, a load's included): while it stays,
        the graph has not changed. One round trip; None if the server gives no bookmark."""
        with self.driver.session(database=self.database, default_access_mode=neo4j.READ_ACCESS) as session:
            session.run("RETURN 1").consume()
            bookmarks = session.last_bookmarks()
        self._last_read = tuple(sorted(bookmarks.raw_values)) or None
        return self._last_read

    def last_read_version(self) -> tuple[str, ...] | None:
        """The graph version this store's last read saw (its bookmark), without asking the server:
        a pack checks it after its own query instead of asking before (graphbuild.querypacks)."""
        return self._last_read

    def explain_is_read_only(self, cypher: str) -> bool:
        """EXPLAIN plans without running; Neo4j reports the query type ('r' is read-only)."""
        with self.driver.session(database=self.database, default_access_mode=neo4j.READ_ACCESS) as session:
            summary = session.run(Query(f"EXPLAIN {cypher}")).consume()
        return summary.query_type == "r"

    def close(self) -> None:
        self.driver.close()


def _run_batch(tx: neo4j.ManagedTransaction, cypher: str, rows: list[Any]) -> None:
    tx.run(cypher, rows=rows).consume()


def _write_nodes(tx: neo4j.ManagedTransaction, create: str, new: list[Any], upsert: str, known: list[Any]) -> None:
    if new:
        tx.run(create, rows=new).consume()
    if known:
        tx.run(upsert, rows=known).consume()


def _run(tx: neo4j.ManagedTransaction, cypher: str) -> None:
    tx.run(cypher).consume()


def _schema_name(statement: str) -> str:
    """The name a ``CREATE CONSTRAINT|INDEX name IF NOT EXISTS ...`` statement gives (a constraint's
    backing index has the same name)."""
    return statement.split()[2]


def _is_empty(tx: neo4j.ManagedTransaction) -> bool:
    return tx.run("MATCH (n) RETURN n.id AS id LIMIT 1").single() is None


def _read_column(tx: neo4j.ManagedTransaction, cypher: str) -> list[Any]:
    return [record["value"] for record in tx.run(cypher)]


def _read_stored(tx: neo4j.ManagedTransaction, labels: list[str]) -> tuple[dict[str, set[str]], set[Any]]:
    """What the database holds before an incremental load, in one read transaction (one round trip
    a statement, not a transaction each): every label's ids, and the documents its relationships
    name. Loading nodes leaves relationships as they are, so the documents read before the nodes
    load are those after."""
    ids = {label: set(_read_list(tx, stored_ids_cypher(label))) for label in labels}
    return ids, set(_read_list(tx, STORED_DOCUMENTS))


def _read_list(tx: neo4j.ManagedTransaction, cypher: str) -> list[Any]:
    """The list ``value`` of a query's one row: a column of thousands of values in one record,
    where a record each costs the driver a message each (reading a 5,200-node label's ids took
    0.1-0.4 s as records, 15 ms as one list)."""
    value: list[Any] = tx.run(cypher).single(strict=True)["value"]
    return value


_PLAIN = frozenset({str, int, float, bool, type(None)})


def _cell(value: Any) -> Any:
    """A returned value as plain Python: text, numbers and null as they come, lists cell by cell
    (a pack's rows collected into one list, graphbuild.querypacks), the rest by ``plain``."""
    kind = value.__class__
    if kind in _PLAIN:
        return value
    if kind is list:
        return [_cell(v) for v in value]
    return plain(_neo4j_value(value))


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

"""The full-text index: every document's redacted text and every entity's name in SQLite FTS5.

`kommunegraf build` writes it beside the graph, atomically with it: for the embedded store it is
``search.sqlite`` inside the new generation's directory, written before that generation is
published (so CURRENT names a graph and its index together, or neither); for Neo4j it sits in a
local side directory with the same CURRENT/generations swap (``neo4j_side_dir``). The web app
(`kommunegraf serve`) reads it: search, and the document view that shows a quote in its text.

Written as the build streams (``IndexWriter``, a document at a time) and never read whole: the
text of a document comes from the extraction step that read it (the same reading and redaction,
so evidence offsets index this text); for a document whose facts came from the extraction cache,
from the live index by SHA-256 (``PreviousIndex``), and only failing that from its file again.

Folding is the one of ids and the name matcher (``vocab.folding.fold``): lower case, æ/ø/å spelled
ae/oe/aa (so "Åbenrå" and "Aabenraa" meet), other accents dropped, punctuation and hyphens are word
breaks (FTS5 breaks at § too), and a hyphenated word is also indexed joined ("KD-Net" is found by
"kd net", "kd-net" and "kdnet"); the words as the index holds them, the terms a visitor asks
for and the hits they make in a text are ``search_terms``'. Only the standard library's sqlite3 is used.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from graphbuild.errors import KommunegrafError
from graphbuild.search_terms import Segment, indexed_form, match_expression, query_terms, snippet
from graphbuild.vocab.folding import fold as fold  # re-exported: the serve side folds as the index does

INDEX_FILE = "search.sqlite"
FORMAT_VERSION = "2"  # 2: text and names folded by vocab.folding (accents outside æøåäöü dropped)
DOC_HEX = re.compile(r"[0-9a-f]{16}")

# Nodes findable by name. Documents are found by their text; agenda items by their meeting's text.
NAMED_LABELS = ("Municipality", "Person", "Initiative", "Organization", "Case", "Law", "Meeting")


# --- writing ------------------------------------------------------------------------------------

_SCHEMA = (
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE documents (rowid INTEGER PRIMARY KEY, doc TEXT UNIQUE NOT NULL, sha256 TEXT NOT NULL, "
    "path TEXT NOT NULL, name TEXT NOT NULL, format TEXT NOT NULL, text TEXT)",
    "CREATE VIRTUAL TABLE document_words USING fts5(words, tokenize = 'unicode61')",
    "CREATE TABLE entities (rowid INTEGER PRIMARY KEY, id TEXT UNIQUE NOT NULL, label TEXT NOT NULL, "
    "name TEXT NOT NULL)",
    "CREATE VIRTUAL TABLE entity_words USING fts5(words, tokenize = 'unicode61')",
)


@dataclass(frozen=True)
class IndexReport:
    documents: int = 0
    read_again: int = 0  # texts read from their files only for the index (cached facts, no live text)
    reused: int = 0  # texts copied from the live index
    missing: int = 0  # gone or changed since their facts were cached
    entities: int = 0
    from_extraction: int = 0  # texts the extraction step read anyway


class PreviousIndex:
    """The live index, asked for one text at a time (never loaded whole): sha256 -> text."""

    def __init__(self, path: Path | None) -> None:
        self._connection: sqlite3.Connection | None = None
        if path is not None and path.is_file():
            try:
                self._connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
                self._connection.execute("SELECT 1 FROM documents LIMIT 1").fetchall()
            except sqlite3.Error:
                self._connection = None

    def text(self, sha256: str) -> str | None:
        if self._connection is None:
            return None
        try:
            row = self._connection.execute(
                "SELECT text FROM documents WHERE doc = ? AND sha256 = ? AND text IS NOT NULL", (sha256[:16], sha256)
            ).fetchone()
        except sqlite3.Error:
            return None
        return str(row[0]) if row else None


class IndexWriter:
    """A new index file written a document at a time as the build streams (``path`` must not exist)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._connection = sqlite3.connect(path)
        for statement in _SCHEMA:
            self._connection.execute(statement)
        self.documents = 0
        self.entities = 0

    def add_documents(self, rows: Iterable[tuple[str, str, str, str, str, str | None, str]]) -> None:
        """(doc, sha256, path, name, format, text, indexed words) per document, each doc once."""
        for doc, sha256, path, name, format_, text, words in rows:
            cursor = self._connection.execute(
                "INSERT INTO documents (doc, sha256, path, name, format, text) VALUES (?, ?, ?, ?, ?, ?)",
                (doc, sha256, path, name, format_, text),
            )
            if text:
                self._connection.execute(
                    "INSERT INTO document_words (rowid, words) VALUES (?, ?)", (cursor.lastrowid, words)
                )
            self.documents += 1

    def add_entities(self, rows: Iterable[tuple[str, str, str, str]]) -> None:
        """(id, label, name, indexed words) per named node."""
        for node_id, label, name, words in rows:
            cursor = self._connection.execute(
                "INSERT INTO entities (id, label, name) VALUES (?, ?, ?)", (node_id, label, name)
            )
            self._connection.execute("INSERT INTO entity_words (rowid, words) VALUES (?, ?)", (cursor.lastrowid, words))
            self.entities += 1

    def close(self) -> None:
        self._connection.executemany(
            "INSERT INTO meta (key, value) VALUES (?, ?)",
            [("format", FORMAT_VERSION), ("documents", str(self.documents)), ("entities", str(self.entities))],
        )
        self._connection.commit()
        self._connection.close()


def document_row(
    node: dict[str, Any], sha256: str, source: str, format_: str, text: str | None, words: str | None = None
) -> tuple[str, str, str, str, str, str | None, str]:
    """The index row of one document from its Document node's properties (path, name); ``words`` is
    ``indexed_form(text)`` when the caller has it already."""
    path = str(node.get("path") or "") or source
    name = str(node.get("name") or "") or Path(path).name
    if words is None:
        words = indexed_form(text) if text else ""
    return (sha256[:16], sha256, path, name, format_, text, words)


def entity_row(node_id: str, label: str, properties: dict[str, Any]) -> tuple[str, str, str, str] | None:
    """The index row of a node findable by name, or None for a label that is not."""
    if label not in NAMED_LABELS:
        return None
    name = str(properties.get("name") or node_id)
    aliases = [str(a) for a in properties.get("aliases") or [] if a]
    return (node_id, label, name, indexed_form(" ".join([name, *aliases])))


# --- reading ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class DocumentText:
    doc: str  # the 16 hex digits
    sha256: str
    path: str
    name: str
    format: str
    text: str | None


@dataclass(frozen=True)
class DocumentHit:
    doc: str
    name: str
    path: str
    snippet: list[Segment]
    at: int | None  # where the first hit starts in the text


@dataclass(frozen=True)
class EntityHit:
    id: str
    label: str
    name: str


class IndexMissing(KommunegrafError):
    """The graph has no search index (built by an older kommunegraf): build again."""


class SearchIndex:
    """Read-only access to one index file; a connection per call, so any thread may use it."""

    def __init__(self, path: Path) -> None:
        if not path.is_file():
            raise IndexMissing(f"no search index at {path}: run kommunegraf build again to write one")
        self.path = path
        written = self._format()
        if written != FORMAT_VERSION:
            raise IndexMissing(
                f"the search index at {path} was written by another kommunegraf (format {written or 'unknown'},"
                f" this one reads {FORMAT_VERSION}): run kommunegraf build again to write it anew"
            )

    def _format(self) -> str | None:
        try:
            with self._connect() as connection:
                row = connection.execute("SELECT value FROM meta WHERE key = 'format'").fetchone()
        except sqlite3.Error:
            return None
        return str(row[0]) if row else None

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        with closing(sqlite3.connect(f"file:{self.path}?mode=ro", uri=True)) as connection:
            yield connection

    def document(self, doc: str) -> DocumentText | None:
        """The document with these 16 hex digits, or None: only documents of the graph are here."""
        if not DOC_HEX.fullmatch(doc):
            return None
        with self._connect() as connection:
            row = connection.execute(
                "SELECT doc, sha256, path, name, format, text FROM documents WHERE doc = ?", (doc,)
            ).fetchone()
        return DocumentText(*row) if row else None

    def names(self, docs: Iterable[str]) -> dict[str, str]:
        """The file names of these documents (16 hex digits each), in one connection."""
        wanted = sorted({doc for doc in docs if DOC_HEX.fullmatch(doc)})
        found: dict[str, str] = {}
        with self._connect() as connection:
            for start in range(0, len(wanted), 500):
                chunk = wanted[start : start + 500]
                marks = ", ".join("?" * len(chunk))
                rows = connection.execute(f"SELECT doc, name FROM documents WHERE doc IN ({marks})", chunk)
                found.update({str(doc): str(name) for doc, name in rows})
        return found

    def documents_named(self, name: str) -> list[DocumentText]:
        with self._connect() as connection:
            rows = connection.execute(
                "SELECT doc, sha256, path, name, format, text FROM documents WHERE name = ? ORDER BY path", (name,)
            ).fetchall()
        return [DocumentText(*row) for row in rows]

    def count(self) -> tuple[int, int]:
        with self._connect() as connection:
            documents = connection.execute("SELECT count(*) FROM documents").fetchone()[0]
            entities = connection.execute("SELECT count(*) FROM entities").fetchone()[0]
        return int(documents), int(entities)

    def fingerprint(self) -> tuple[dict[str, str], dict[str, int]]:
        """What the index was written for: document (16 hex digits) -> SHA-256, and names per label."""
        with self._connect() as connection:
            documents = {str(doc): str(sha) for doc, sha in connection.execute("SELECT doc, sha256 FROM documents")}
            labels = {
                str(label): int(n)
                for label, n in connection.execute("SELECT label, count(*) FROM entities GROUP BY label")
            }
        return documents, labels

    def search_documents(self, text: str, limit: int = 20, offset: int = 0) -> tuple[int, list[DocumentHit]]:
        """Documents whose text has every word of ``text`` (the last also as a prefix), best first
        (bm25), with a snippet around the first hit; and how many there are in all."""
        terms = query_terms(text)
        if not terms:
            return 0, []
        expression = match_expression(terms)
        with self._connect() as connection:
            total = connection.execute(
                "SELECT count(*) FROM document_words WHERE document_words MATCH ?", (expression,)
            ).fetchone()[0]
            rows = connection.execute(
                "SELECT d.doc, d.name, d.path, d.text FROM document_words w JOIN documents d ON d.rowid = w.rowid "
                "WHERE document_words MATCH ? ORDER BY bm25(document_words), d.path LIMIT ? OFFSET ?",
                (expression, limit, offset),
            ).fetchall()
        hits = []
        for doc, name, path, body in rows:
            pieces, at = snippet(body or "", terms)
            hits.append(DocumentHit(doc, name, path, pieces, at))
        return int(total), hits

    def search_entities(self, text: str, limit: int = 20) -> list[EntityHit]:
        terms = query_terms(text)
        if not terms:
            return []
        with self._connect() as connection:
            rows = connection.execute(
                "SELECT e.id, e.label, e.name FROM entity_words w JOIN entities e ON e.rowid = w.rowid "
                "WHERE entity_words MATCH ? ORDER BY bm25(entity_words), length(e.name), e.name LIMIT ?",
                (match_expression(terms), limit),
            ).fetchall()
        return [EntityHit(*row) for row in rows]

    def entities_named(self, name: str) -> list[EntityHit]:
        """Entities whose name folds to the same words as ``name`` (for links from pack cells)."""
        wanted = fold(name)
        return [hit for hit in self.search_entities(name, limit=50) if fold(hit.name) == wanted]

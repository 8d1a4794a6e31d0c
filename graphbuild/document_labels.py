"""A pack's documents as an analyst reads them: in a table, by the meeting they record (body and
date) with the file's name; in JSON and CSV, with the file's full path beside its name.

Packs name a document by its file name (the ``document`` column); this reads, in one query, the
path and meeting of each name the rows hold. A name two files share keeps its bare name.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from graphbuild.pack_model import QueryStore
from graphbuild.querypacks import PackResult

DOCUMENT_COLUMN = "document"
PATH_COLUMN = "document_path"
DOCUMENTS_NAMED = (
    "MATCH (d:Document) WHERE d.name IN $names "
    "OPTIONAL MATCH (m:Meeting)-[:RECORDED_IN]->(d) "
    "RETURN d.name AS name, d.path AS path, m.body AS body, left(m.starts_at, 10) AS date"
)


@dataclass(frozen=True)
class DocumentInfo:
    path: str
    body: str | None
    date: str | None

    def label(self, name: str) -> str:
        """ "Direktionen 2021-02-22 · direktionen_2021-02-22.txt"; the bare name without a meeting."""
        meeting = " ".join(part for part in (self.body, self.date) if part)
        return f"{meeting} · {name}" if meeting else name


def documents_of(store: QueryStore, result: PackResult) -> dict[str, DocumentInfo]:
    """Each document name in the rows that names exactly one document in the graph, with its path
    and meeting."""
    if DOCUMENT_COLUMN not in result.columns:
        return {}
    column = result.columns.index(DOCUMENT_COLUMN)
    names = sorted({str(row[column]) for row in result.rows if row[column]})
    if not names:
        return {}
    found: dict[str, set[DocumentInfo]] = {}
    for row in store.query(DOCUMENTS_NAMED, {"names": names}):
        info = DocumentInfo(str(row["path"] or ""), row["body"], row["date"])
        found.setdefault(str(row["name"]), set()).add(info)
    return {name: next(iter(infos)) for name, infos in found.items() if len({i.path for i in infos}) == 1}


def with_document_labels(result: PackResult, documents: dict[str, DocumentInfo]) -> PackResult:
    """The rows for a table: each document shown by its meeting's body and date and its name."""
    if DOCUMENT_COLUMN not in result.columns or not documents:
        return result
    column = result.columns.index(DOCUMENT_COLUMN)
    rows = [_replaced(row, column, _label(row[column], documents)) for row in result.rows]
    return PackResult(result.columns, rows, result.resolved)


def with_document_paths(result: PackResult, documents: dict[str, DocumentInfo]) -> PackResult:
    """The rows for scripts: the document's full path in a column after its name (empty when the
    name is not one document's)."""
    if DOCUMENT_COLUMN not in result.columns:
        return result
    column = result.columns.index(DOCUMENT_COLUMN)
    columns = [*result.columns[: column + 1], PATH_COLUMN, *result.columns[column + 1 :]]
    rows = [[*row[: column + 1], _path(row[column], documents), *row[column + 1 :]] for row in result.rows]
    return PackResult(columns, rows, result.resolved)


def _label(name: Any, documents: dict[str, DocumentInfo]) -> Any:
    info = documents.get(str(name)) if name else None
    return info.label(str(name)) if info else name


def _path(name: Any, documents: dict[str, DocumentInfo]) -> str | None:
    info = documents.get(str(name)) if name else None
    return info.path if info else None


def _replaced(row: list[Any], column: int, value: Any) -> list[Any]:
    out = list(row)
    out[column] = value
    return out

"""A body a document never names (an Organization of kind "unnamed body", named "unnamed body (<file>)"
by extraction) shown as what it is: "the body of <the document's meeting and file>", one per document.

Packs and pictures read it here: its label for an answer, and whether a name is one (network-level
answers and pictures leave such bodies out unless asked)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

UNNAMED_KIND = "unnamed body"  # the kind extraction gives such a body (graphbuild/extract/role_unnamed.py)
_PREFIX = f"{UNNAMED_KIND} ("
BODY_COLUMNS = ("organization", "network", "member")  # the pack columns that may name a body
MEETING_OF_DOCUMENTS = (
    "MATCH (d:Document) WHERE d.name IN $names "
    "OPTIONAL MATCH (m:Meeting)-[:RECORDED_IN]->(d) "
    "RETURN d.name AS name, d.path AS path, m.body AS body, left(m.starts_at, 10) AS date"
)

Query = Callable[[str, Mapping[str, Any]], list[dict[str, Any]]]


def is_unnamed(name: object) -> bool:
    """Whether a body's name is the one extraction gives a document's unnamed body."""
    return isinstance(name, str) and name.startswith(_PREFIX) and name.endswith(")")


def document_of(name: str) -> str:
    """The file name an unnamed body's name holds: "unnamed body (referat.pdf)" -> "referat.pdf"."""
    return name[len(_PREFIX) : -1]


def body_label(name: str, meeting: str | None) -> str:
    """ "the body of Direktionen 2021-02-22 · direktionen.txt"; "the body of referat.pdf" without a meeting."""
    document = document_of(name)
    return f"the body of {meeting} · {document}" if meeting else f"the body of {document}"


def meetings_of(query: Query, documents: Sequence[str]) -> dict[str, str]:
    """Each file name that is one document's, with its meeting's body and date ("Direktionen 2021-02-22")."""
    if not documents:
        return {}
    found: dict[str, set[tuple[str, str]]] = {}
    for row in query(MEETING_OF_DOCUMENTS, {"names": sorted(set(documents))}):
        meeting = " ".join(str(part) for part in (row["body"], row["date"]) if part)
        found.setdefault(str(row["name"]), set()).add((str(row["path"] or ""), meeting))
    return {name: next(iter(seen))[1] for name, seen in found.items() if len({p for p, _ in seen}) == 1}


def with_body_labels(query: Query, columns: Sequence[str], rows: list[list[Any]]) -> list[list[Any]]:
    """The rows with each unnamed body shown as the body of its document."""
    positions = [i for i, column in enumerate(columns) if column in BODY_COLUMNS]
    names = {row[i] for row in rows for i in positions if is_unnamed(row[i])}
    if not names:
        return rows
    meetings = meetings_of(query, [document_of(str(name)) for name in names])
    labels = {name: body_label(name, meetings.get(document_of(name))) for name in names}
    return [[labels.get(v, v) if i in positions else v for i, v in enumerate(row)] for row in rows]

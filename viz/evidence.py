"""Where a relationship's evidence came from, in words a reader recognises.

Evidence carries a document id; the graph knows which file that is (Document.sha256 starts with
it) and which body met (the Meeting RECORDED_IN that document, and the Organization it is OF).
"""

from __future__ import annotations

from dataclasses import dataclass

from graphbuild.models import Graph, RelRecord


@dataclass(frozen=True)
class DocInfo:
    file: str | None
    body: str | None
    date: str | None


class DocIndex:
    def __init__(self, graph: Graph) -> None:
        by_sha: dict[str, str] = {}
        for node in graph.nodes.values():
            if node.label == "Document":
                sha = str(node.properties.get("sha256") or "")
                name = node.properties.get("name") or node.properties.get("path")
                if sha and name:
                    by_sha[sha[:16]] = str(name)
        self._docs: dict[str, DocInfo] = {}
        for rel in graph.rels.values():
            if rel.type != "RECORDED_IN":
                continue
            meeting = graph.nodes.get(rel.source)
            document = graph.nodes.get(rel.target)
            if meeting is None:
                continue
            doc = str(rel.properties.get("doc") or "")
            sha = str(document.properties.get("sha256") or "")[:16] if document else ""
            body = meeting.properties.get("body")
            starts = meeting.properties.get("starts_at")
            file = by_sha.get(sha) or (str(document.properties.get("name")) if document else None)
            info = DocInfo(file, str(body) if body else None, str(starts)[:10] if starts else None)
            for key in {doc, sha} - {""}:
                self._docs[key] = info
        for sha, name in by_sha.items():
            self._docs.setdefault(sha, DocInfo(name, None, None))

    def info(self, doc: str | None) -> DocInfo:
        return self._docs.get(doc or "", DocInfo(None, None, None))


def evidence_entry(rel: RelRecord, docs: DocIndex, headline: str) -> dict[str, str]:
    """One quote with its document and agenda item, as plain strings (escaped by the page)."""
    props = rel.properties
    doc = props.get("doc")
    info = docs.info(str(doc) if doc else None)
    entry = {"rel": headline, "quote": str(props.get("quote") or "")}
    entry["doc"] = info.file or str(doc or "?")
    if props.get("item"):
        entry["item"] = str(props["item"])
    if info.body:
        entry["body"] = info.body
    if info.date:
        entry["date"] = info.date
    return entry

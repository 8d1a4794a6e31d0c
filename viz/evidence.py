"""Where a relationship's evidence came from, in words a reader recognises.

Evidence carries the Document node's id; the graph knows which file that is and which body met
(the Meeting RECORDED_IN that document).
"""

from __future__ import annotations

from dataclasses import dataclass

from graphbuild.models import Graph, NodeRecord, RelRecord
from graphbuild.sources.manifest import web_address


@dataclass(frozen=True)
class DocInfo:
    file: str | None
    body: str | None
    date: str | None
    url: str | None = None  # where the public can read it (http or https only)


class DocIndex:
    """Document node id (a relationship's `doc`) -> the file, and the body and date of its meeting."""

    def __init__(self, graph: Graph) -> None:
        meetings: dict[str, NodeRecord] = {}
        for rel in graph.rels.values():
            meeting = graph.nodes.get(rel.source)
            if rel.type == "RECORDED_IN" and meeting is not None:
                meetings[rel.target] = meeting
        self._docs: dict[str, DocInfo] = {}
        for node in graph.nodes.values():
            if node.label != "Document":
                continue
            name = node.properties.get("name") or node.properties.get("path")
            meeting_of = meetings.get(node.id)
            body = meeting_of.properties.get("body") if meeting_of else None
            starts = meeting_of.properties.get("starts_at") if meeting_of else None
            url = node.properties.get("url")
            self._docs[node.id] = DocInfo(
                str(name) if name else None,
                str(body) if body else None,
                str(starts)[:10] if starts else None,
                web_address(url) if isinstance(url, str) else None,
            )

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
    if info.url:
        entry["url"] = info.url
    return entry

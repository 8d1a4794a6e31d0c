"""What a picture reads from a store: the nodes it draws and the relationships among them, plus
the documents and meetings their evidence names (for the tooltips), never the whole graph."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from graphbuild.models import Graph
from graphbuild.pack_model import QueryStore

MEETINGS_OF_DOCUMENTS = "MATCH (m:Meeting)-[:RECORDED_IN]->(d:Document) WHERE d.id IN $docs RETURN m.id AS id"


class PictureStore(QueryStore, Protocol):
    """A store the packs run on and a picture's part of the graph is read from."""

    def read_among(self, ids: Iterable[str]) -> Graph: ...

    def read_rel_types(self, rel_types: Iterable[str]) -> Graph: ...

    def ids_named(self, names: Iterable[str]) -> set[str]: ...


def evidence_documents(graph: Graph) -> set[str]:
    """The Document ids the relationships' evidence names."""
    docs: set[str] = set()
    for rel in graph.rels.values():
        if rel.properties.get("doc"):
            docs.add(str(rel.properties["doc"]))
        docs.update(str(d) for d in rel.properties.get("docs") or [])
    return docs


def with_evidence(store: PictureStore, graph: Graph) -> Graph:
    """``graph`` plus the documents its evidence names and the meetings recorded in them, so the
    tooltips can say which body met when; the relationships read are ``graph``'s own and those
    among the added nodes."""
    docs = evidence_documents(graph)
    if not docs:
        return graph
    meetings = {str(row["id"]) for row in store.query(MEETINGS_OF_DOCUMENTS, {"docs": sorted(docs)})}
    extra = store.read_among(docs | meetings)
    return Graph(nodes={**extra.nodes, **graph.nodes}, rels={**extra.rels, **graph.rels})

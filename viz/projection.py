"""The overview's entity picture: what meetings and their agenda items say, drawn as edges
between entities, so documents, meetings and items can be left out of the picture.

An entity an agenda item mentions (or concerns, or cites) is linked to the body whose meeting had
the item; a person who attended a meeting is linked to the meeting's body. Each link counts the
items or meetings behind it. The graph is only read, never changed.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from graphbuild.models import Graph

from .lookup import ENTITY_TYPES
from .payload import DerivedEdge

ITEM_LINKS = frozenset({"MENTIONS", "CONCERNS", "CITES"})
ON_AGENDA = "on the agenda of"
ATTENDED_MEETINGS = "attended meetings of"


def is_entity(graph: Graph, node_id: str) -> bool:
    node = graph.nodes.get(node_id)
    return node is not None and node.label in ENTITY_TYPES


def agenda_links(graph: Graph) -> list[DerivedEdge]:
    """One edge per (entity, body): on the agenda of the body's meetings, or attended them."""
    body_of: dict[str, str] = {}  # meeting -> the body that met
    meeting_of: dict[str, str] = {}  # agenda item -> its meeting
    for rel in graph.rels.values():
        if rel.type == "OF" and is_entity(graph, rel.target):
            body_of[rel.source] = rel.target
        elif rel.type == "HAS_ITEM":
            meeting_of[rel.target] = rel.source
    counts: dict[tuple[str, str, str], Counter[str]] = defaultdict(Counter)
    for rel in graph.rels.values():
        if rel.type in ITEM_LINKS and is_entity(graph, rel.target):
            body = body_of.get(meeting_of.get(rel.source, ""))
            if body and body != rel.target:
                counts[(ON_AGENDA, rel.target, body)][rel.source] += 1
        elif rel.type == "ATTENDED" and is_entity(graph, rel.source):
            body = body_of.get(rel.target)
            if body:
                counts[(ATTENDED_MEETINGS, rel.source, body)][rel.target] += 1
    edges = []
    for (kind, source, target), behind in sorted(counts.items()):
        what = "agenda items" if kind == ON_AGENDA else "meetings"
        facts = [(what, str(len(behind))), ("drawn for", "the meetings and agenda items left out of the picture")]
        edges.append(DerivedEdge(f"derived:{kind}:{source}:{target}", source, target, kind, facts))
    return edges

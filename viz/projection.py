"""The overview's entity picture: what meetings and their agenda items say, drawn as edges
between entities, so documents, meetings and items can be left out of the picture.

An entity an agenda item mentions (or concerns, or cites) is linked to the body whose meeting had
the item; a person who attended a meeting is linked to the meeting's body. A case an item's
Sagsforløb says another body handled (HANDLED_BY, with the day) is linked to that body: from the
case the item concerns, or, when the item names no case, from the body whose meeting had the item.
Each link counts the items or meetings behind it, and a handling link lists its days. The graph is
only read, never changed.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from graphbuild.models import Graph

from .lookup import ENTITY_TYPES
from .payload import DerivedEdge

ITEM_LINKS = frozenset({"MENTIONS", "CONCERNS", "CITES"})
ON_AGENDA = "on the agenda of"
ATTENDED_MEETINGS = "attended meetings of"
CASE_HANDLED_BY = "handled by"  # a case -> a body that handled it
ALSO_HANDLED_BY = "case also handled by"  # a body -> another body that handled a case on its agenda
MAX_DAYS_SHOWN = 12


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
    return edges + handling_links(graph, body_of, meeting_of)


def handling_links(graph: Graph, body_of: dict[str, str], meeting_of: dict[str, str]) -> list[DerivedEdge]:
    """One edge per (case, body that handled it), from the item's HANDLED_BY; for an item that
    concerns no case, per (the item's meeting's body, the body that handled it). The days in the
    tooltip, earliest first."""
    cases: dict[str, set[str]] = defaultdict(set)  # agenda item -> the cases it concerns
    for rel in graph.rels.values():
        node = graph.nodes.get(rel.target)
        if rel.type == "CONCERNS" and node is not None and node.label == "Case":
            cases[rel.source].add(rel.target)
    days: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    items: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    for rel in graph.rels.values():
        if rel.type != "HANDLED_BY" or not is_entity(graph, rel.target):
            continue
        meeting_body = body_of.get(meeting_of.get(rel.source, ""))
        sources = [(CASE_HANDLED_BY, case) for case in sorted(cases.get(rel.source, ()))]
        if not sources and meeting_body and meeting_body != rel.target:
            sources = [(ALSO_HANDLED_BY, meeting_body)]
        for kind, source in sources:
            key = (kind, source, rel.target)
            items[key].add(rel.source)
            days[key].add(str(rel.properties.get("date") or "undated"))
    edges = []
    for (kind, source, target), behind in sorted(items.items()):
        shown = sorted(days[(kind, source, target)])
        listed = ", ".join(shown[:MAX_DAYS_SHOWN]) + (
            f" and {len(shown) - MAX_DAYS_SHOWN} more" if len(shown) > MAX_DAYS_SHOWN else ""
        )
        facts = [
            ("days", listed),
            ("agenda items", str(len(behind))),
            ("drawn for", "the agenda items whose Sagsforløb names the body, left out of the picture"),
        ]
        edges.append(DerivedEdge(f"derived:{kind}:{source}:{target}", source, target, kind, facts))
    return edges

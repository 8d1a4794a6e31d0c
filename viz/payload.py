"""The data a page draws: vis nodes and edges with positions, plus tooltip records.

Every string here is raw text from the graph. It is never turned into HTML: the page puts it on
the canvas (labels) or into elements through textContent (tooltips, legend, note).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from graphbuild.models import Graph, NodeRecord, RelRecord
from graphbuild.unnamed_bodies import body_label, is_unnamed

from .evidence import DocIndex, evidence_entry
from .layout import Position
from .style import size_for_degree, style_for, type_styles

LABEL_CHARS = 40
FACT_CHARS = 300
QUOTES_PER_NODE = 4
HIDDEN_FACTS = frozenset({"id", "name", "aliases", "sha256", "span_start", "span_end", "quote", "doc", "item"})


@dataclass
class PageSpec:
    title: str
    note: str
    node_ids: list[str]
    rel_ids: list[str]
    positions: dict[str, Position]
    labels: dict[str, str] = field(default_factory=dict)  # overrides the node's name on the canvas
    extra_facts: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    highlight: set[str] = field(default_factory=set)
    axis: list[dict[str, Any]] = field(default_factory=list)  # time axis ticks: {x, text}
    kind: str = "graph"
    # how the page keeps labels apart: "xy" moves nodes either way, "y" only down (a time axis
    # keeps x), "" not at all (the overview names only its most central nodes instead)
    declutter: str = "xy"
    pinned: list[str] = field(default_factory=list)  # nodes the page never moves
    edge_labels: bool = False  # relationship types written on the edges (ego pictures)
    headlines: list[str] = field(default_factory=list)  # nodes named on screen, most central first
    unlabelled: bool = False  # no canvas label on any node (the headlines name the central ones)
    hollow: set[str] = field(default_factory=set)  # drawn hollow with a dashed border
    marks: list[dict[str, Any]] = field(default_factory=list)  # what solid and hollow mean
    derived: list[DerivedEdge] = field(default_factory=list)  # edges the graph only implies


@dataclass(frozen=True)
class DerivedEdge:
    """An edge a picture draws for what the graph says through other nodes (e.g. an entity on the
    agenda of a body's meetings); dashed, and its tooltip says what it stands for."""

    id: str
    source: str
    target: str
    kind: str
    facts: list[tuple[str, str]]


def node_name(node: NodeRecord) -> str:
    """A node's name; a document's unnamed body as "the body of <file>", never as if it had a name of its own."""
    name = str(node.properties.get("name") or node.id)
    return body_label(name, None) if is_unnamed(name) else name


def degrees(graph: Graph) -> dict[str, int]:
    out: dict[str, int] = dict.fromkeys(graph.nodes, 0)
    for rel in graph.rels.values():
        if rel.source in out:
            out[rel.source] += 1
        if rel.target in out:
            out[rel.target] += 1
    return out


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _facts(properties: dict[str, Any]) -> list[list[str]]:
    facts = []
    for key, value in properties.items():
        if key in HIDDEN_FACTS or value is None or value == "" or value == []:
            continue
        shown = ", ".join(map(str, value)) if isinstance(value, list) else str(value)
        facts.append([key, _short(shown, FACT_CHARS)])
    return facts


def rel_words(rel: RelRecord) -> str:
    """The relationship's type, with the role it names (HOLDS_ROLE (formand))."""
    role = rel.properties.get("role")
    return f"{rel.type} ({role})" if role else rel.type


def _headline(graph: Graph, rel: RelRecord) -> str:
    source = graph.nodes.get(rel.source)
    target = graph.nodes.get(rel.target)
    a = node_name(source) if source else rel.source
    b = node_name(target) if target else rel.target
    return f"{a} —{rel_words(rel)}→ {b}"


def _incident_rels(graph: Graph, node_ids: set[str], drawn: list[str]) -> dict[str, list[RelRecord]]:
    """Up to QUOTES_PER_NODE rels per node, the drawn ones first, for the node's tooltip."""
    found: dict[str, list[RelRecord]] = defaultdict(list)
    drawn_set = set(drawn)
    ordered: Iterable[RelRecord] = [graph.rels[r] for r in drawn] + [
        r for r in graph.rels.values() if r.id not in drawn_set
    ]
    for rel in ordered:
        if not rel.properties.get("quote"):
            continue
        for end in (rel.source, rel.target):
            if end in node_ids and len(found[end]) < QUOTES_PER_NODE:
                found[end].append(rel)
    return found


def build_payload(graph: Graph, spec: PageSpec) -> dict[str, Any]:
    docs = DocIndex(graph)
    degree = degrees(graph)
    node_set = set(spec.node_ids)
    incident = _incident_rels(graph, node_set, spec.rel_ids)
    nodes: list[dict[str, Any]] = []
    node_tips: dict[str, Any] = {}
    counts: dict[str, int] = defaultdict(int)
    for node_id in spec.node_ids:
        node = graph.nodes[node_id]
        style = style_for(node.label)
        counts[node.label] += 1
        x, y = spec.positions.get(node_id, (0.0, 0.0))
        name = node_name(node)
        entry: dict[str, Any] = {
            "id": node_id,
            "t": node.label,
            "x": x,
            "y": y,
            "shape": style.shape,
            "color": style.colour,
            "size": size_for_degree(degree.get(node_id, 0)),
        }
        if not spec.unlabelled:
            entry["label"] = _short(spec.labels.get(node_id, name), LABEL_CHARS + 12)
        if node_id in spec.highlight:
            entry["borderWidth"] = 4
            entry["size"] = max(entry["size"], 30)
        if node_id in spec.hollow:
            entry["color"] = {"background": "#ffffff", "border": style.colour}
            entry["borderWidth"] = 2
            entry["shapeProperties"] = {"borderDashes": [5, 4]}
        nodes.append(entry)
        aliases = [str(a) for a in node.properties.get("aliases") or []]
        node_tips[node_id] = {
            "kind": node.label,
            "name": name,
            "aliases": aliases,
            "facts": [list(f) for f in spec.extra_facts.get(node_id, [])] + _facts(node.properties),
            "degree": degree.get(node_id, 0),
            "evidence": [evidence_entry(r, docs, _headline(graph, r)) for r in incident.get(node_id, [])],
        }
    edges: list[dict[str, Any]] = []
    edge_tips: dict[str, Any] = {}
    for rel_id in spec.rel_ids:
        rel = graph.rels[rel_id]
        edges.append({"id": rel_id, "from": rel.source, "to": rel.target, "r": rel.type, "lbl": rel_words(rel)})
        edge_tips[rel_id] = {
            "kind": rel_words(rel),
            "name": _headline(graph, rel),
            "aliases": [],
            "facts": _facts(rel.properties),
            "evidence": [evidence_entry(rel, docs, rel.type)] if rel.properties.get("quote") else [],
        }
    for derived in spec.derived:
        edges.append(
            {"id": derived.id, "from": derived.source, "to": derived.target, "r": derived.kind, "dashes": True}
        )
        source, target = graph.nodes[derived.source], graph.nodes[derived.target]
        edge_tips[derived.id] = {
            "kind": derived.kind,
            "name": f"{node_name(source)} —{derived.kind}→ {node_name(target)}",
            "aliases": [],
            "facts": [list(f) for f in derived.facts],
            "evidence": [],
        }
    styles = type_styles()
    legend = [
        {"type": label, "colour": s.colour, "shape": s.shape, "count": counts.get(label, 0)}
        for label, s in styles.items()
        if counts.get(label)
    ]
    legend += [
        {"type": label, "colour": style_for(label).colour, "shape": style_for(label).shape, "count": n}
        for label, n in counts.items()
        if label not in styles
    ]
    return {
        "title": spec.title,
        "note": spec.note,
        "kind": spec.kind,
        "legend": legend,
        "axis": spec.axis,
        "declutter": spec.declutter,
        "pinned": [n for n in spec.pinned if n in node_set],
        "edgeLabels": spec.edge_labels,
        "headlines": [n for n in spec.headlines if n in node_set],
        "marks": spec.marks,
        "nodes": nodes,
        "edges": edges,
        "tips": {"nodes": node_tips, "edges": edge_tips},
    }

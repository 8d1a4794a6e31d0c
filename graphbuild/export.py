"""Export a graph as GraphML or GEXF (Gephi), JSON (nodes + relationships) or CSV in the neo4j-admin
import layout (one file per node label and relationship type, typed headers).

GraphML and GEXF carry `start` (and `end` where known) on nodes and edges, so Gephi's timeline
plays the graph's history: an adoption starts on its date, a role on its valid_from (ends on its
valid_to), any other fact on the date of the meeting that states it, and a node when its first
fact does. GEXF is written in dynamic mode with those dates; in GraphML they are attributes to turn
into a time interval in Gephi's data laboratory."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any, Literal

import networkx as nx

from graphbuild.errors import UserError, cannot_write
from graphbuild.models import Graph
from graphbuild.vocab.schema import load_schema

ExportFormat = Literal["graphml", "gexf", "json", "csv"]
ARRAY_DELIMITER = ";"
ADMIN_TYPES = {"STRING": "string", "INT64": "long", "DOUBLE": "double", "BOOLEAN": "boolean", "STRING[]": "string[]"}


def export_graph(graph: Graph, fmt: ExportFormat, out: Path) -> list[Path]:
    """Write ``graph`` to ``out`` (a file for graphml/json, a directory for csv); returns the files."""
    try:
        if fmt == "graphml":
            return [write_graphml(graph, out)]
        if fmt == "gexf":
            return [write_gexf(graph, out)]
        if fmt == "json":
            return [write_json(graph, out)]
        if fmt == "csv":
            return write_admin_csv(graph, out)
    except OSError as error:
        raise cannot_write(out, error) from None
    raise UserError(f"unknown export format {fmt!r}: use graphml, gexf, json or csv")


def _graphml_value(value: Any) -> Any:
    """GraphML has no lists or nulls: lists become '; '-joined text, nulls are left out."""
    if isinstance(value, list):
        return ARRAY_DELIMITER.join(str(v) for v in value)
    return value


def _meeting_dates(graph: Graph) -> dict[str, str]:
    """Document id -> the date of the meeting it records."""
    dates: dict[str, str] = {}
    for rel in graph.rels.values():
        if rel.type == "RECORDED_IN":
            starts_at = graph.nodes[rel.source].properties.get("starts_at")
            if starts_at:
                dates[rel.target] = str(starts_at)[:10]
    return dates


def timeline(graph: Graph) -> tuple[dict[str, str], dict[str, tuple[str | None, str | None]]]:
    """(node id -> start, relationship id -> (start, end)); see the module's docstring."""
    stated_on = _meeting_dates(graph)
    edges: dict[str, tuple[str | None, str | None]] = {}
    for rel in graph.rels.values():
        props = rel.properties
        start = props.get("date") or props.get("valid_from") or stated_on.get(str(props.get("doc")))
        end = props.get("valid_to")
        edges[rel.id] = (str(start)[:10] if start else None, str(end)[:10] if end else None)
    nodes: dict[str, str] = {}
    for node in graph.nodes.values():
        if node.properties.get("starts_at"):
            nodes[node.id] = str(node.properties["starts_at"])[:10]
    for rel in graph.rels.values():
        start = edges[rel.id][0]
        for node_id in (rel.source, rel.target):
            if start and graph.nodes[node_id].label != "Meeting" and start < nodes.get(node_id, "9999"):
                nodes[node_id] = start
    return nodes, edges


def _dated_digraph(graph: Graph, edge_kind_key: str) -> nx.MultiDiGraph:
    node_start, edge_dates = timeline(graph)
    digraph: nx.MultiDiGraph = nx.MultiDiGraph()
    for node in graph.nodes.values():
        attributes = {k: _graphml_value(v) for k, v in node.properties.items() if v is not None and k != "id"}
        if node.id in node_start:
            attributes["start"] = node_start[node.id]
        digraph.add_node(node.id, label=node.properties.get("name") or node.id, type=node.label, **attributes)
    for rel in graph.rels.values():
        attributes = {k: _graphml_value(v) for k, v in rel.properties.items() if v is not None}
        attributes["rel_id"] = attributes.pop("id", rel.id)
        start, end = edge_dates[rel.id]
        attributes.update({k: v for k, v in (("start", start), ("end", end)) if v})
        attributes[edge_kind_key] = rel.type
        digraph.add_edge(rel.source, rel.target, key=rel.id, label=rel.type, **attributes)
    return digraph


def write_graphml(graph: Graph, out: Path) -> Path:
    digraph = _dated_digraph(graph, "type")
    out.parent.mkdir(parents=True, exist_ok=True)
    nx.write_graphml(digraph, out, encoding="utf-8")
    return out


def write_gexf(graph: Graph, out: Path) -> Path:
    # GEXF's own `type` attribute on an edge means directed/undirected: the relationship type goes in `relationship`
    digraph = _dated_digraph(graph, "relationship")
    for _, attributes in digraph.nodes(data=True):
        attributes["node_type"] = attributes.pop("type")
    digraph.graph["mode"] = "dynamic"
    out.parent.mkdir(parents=True, exist_ok=True)
    nx.write_gexf(digraph, out, encoding="utf-8")
    return out


def write_json(graph: Graph, out: Path) -> Path:
    document = {
        "nodes": [
            {"id": n.id, "label": n.label, "properties": n.properties}
            for n in sorted(graph.nodes.values(), key=lambda n: n.id)
        ],
        "relationships": [
            {
                "id": r.id,
                "type": r.type,
                "source": r.source,
                "target": r.target,
                "source_label": r.source_label,
                "target_label": r.target_label,
                "properties": r.properties,
            }
            for r in sorted(graph.rels.values(), key=lambda r: r.id)
        ],
    }
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(document, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return out


def _admin_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return ARRAY_DELIMITER.join(str(v) for v in value)
    return str(value)


def write_admin_csv(graph: Graph, out: Path) -> list[Path]:
    """neo4j-admin database import layout: `neo4j-admin database import full --nodes=nodes_X.csv
    --relationships=rels_Y.csv --array-delimiter=';' --multiline-fields=true`."""
    schema = load_schema()
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for label, node_type in schema.nodes.items():
        nodes = sorted((n for n in graph.nodes.values() if n.label == label), key=lambda n: n.id)
        if not nodes:
            continue
        names = [name for name in node_type.properties if name != "id"]
        header = ["id:ID(Node-ID)"] + [f"{name}:{ADMIN_TYPES[node_type.properties[name]]}" for name in names]
        path = out / f"nodes_{label}.csv"
        with path.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow([*header, ":LABEL"])
            for node in nodes:
                writer.writerow([node.id, *(_admin_cell(node.properties.get(n)) for n in names), label])
        written.append(path)
    for rel_type, rel_spec in schema.relationships.items():
        rels = sorted((r for r in graph.rels.values() if r.type == rel_type), key=lambda r: r.id)
        if not rels:
            continue
        names = list(rel_spec.properties)
        header = [":START_ID(Node-ID)", ":END_ID(Node-ID)"] + [
            f"{name}:{ADMIN_TYPES[rel_spec.properties[name]]}" for name in names
        ]
        path = out / f"rels_{rel_type}.csv"
        with path.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow([*header, ":TYPE"])
            for rel in rels:
                cells = [rel.id if n == "id" else _admin_cell(rel.properties.get(n)) for n in names]
                writer.writerow([rel.source, rel.target, *cells, rel_type])
        written.append(path)
    return written

"""The picture of a query pack's answer: the entities its rows name, the relationships among them,
and for an entity the graph does not link to the rest, a dashed edge from its row's first entity
named after the column it came from (Albertslund —body→ Chefforum). What is still unlinked is
left out and named in the note. Documents are evidence: they appear in the tooltips, not as nodes.
Only the named nodes and their evidence are read from the store."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from graphbuild.models import Graph
from graphbuild.querypacks import PackResult, run_pack

from .layout import COMPACT_SPACING, compute_layout
from .page import write_page
from .payload import DerivedEdge, PageSpec, build_payload, node_name
from .reading import PictureStore, with_evidence
from .report import VizReport
from .titles import query_title

EVIDENCE_ONLY = frozenset({"Document"})
UNLINKED_NAMED = 8  # names listed in the note before "and N more"


@dataclass(frozen=True)
class QueryPicture:
    report: VizReport
    result: PackResult  # the pack's answer, for the notes the CLI prints beside it


def _strings(cell: object) -> list[str]:
    if isinstance(cell, str):
        return [cell]
    if isinstance(cell, list | tuple):
        return [c for c in cell if isinstance(c, str)]
    return []


def _row_nodes(graph: Graph, columns: list[str], row: list[object]) -> list[tuple[str, str]]:
    """(node id, column) for every drawn node a row names, by id or by name, in column order."""
    by_name: dict[str, list[str]] = {}
    for node_id, node in graph.nodes.items():
        by_name.setdefault(node_name(node), []).append(node_id)
    found: list[tuple[str, str]] = []
    for column, cell in zip(columns, row, strict=True):
        for text in _strings(cell):
            for node_id in [text] if text in graph.nodes else by_name.get(text, []):
                if graph.nodes[node_id].label not in EVIDENCE_ONLY and all(node_id != n for n, _ in found):
                    found.append((node_id, column))
    return found


def _row_links(rows: Iterable[list[tuple[str, str]]], linked: set[str]) -> list[DerivedEdge]:
    counts: dict[tuple[str, str, str], int] = {}
    for nodes in rows:
        if len(nodes) < 2:
            continue
        anchor = nodes[0][0]
        for node_id, column in nodes[1:]:
            if node_id not in linked:
                key = (anchor, node_id, column)
                counts[key] = counts.get(key, 0) + 1
    return [
        DerivedEdge(f"row:{a}:{b}:{column}", a, b, column, [("from the answer's column", column), ("rows", str(n))])
        for (a, b, column), n in sorted(counts.items())
    ]


def _unlinked_note(graph: Graph, left_out: list[str]) -> str:
    if not left_out:
        return ""
    names = sorted(node_name(graph.nodes[n]) for n in left_out)
    shown = ", ".join(names[:UNLINKED_NAMED]) + (
        f" and {len(names) - UNLINKED_NAMED} more" if len(names) > UNLINKED_NAMED else ""
    )
    return f"Not drawn, as nothing links them to the rest of the answer: {shown}."


def render_query(store: PictureStore, pack: str, params: Mapping[str, str], out: Path) -> QueryPicture:
    """Run ``pack`` with ``params`` and draw the part of the graph its rows name."""
    result = run_pack(store, pack, params)
    cells = {text for row in result.rows for cell in row for text in _strings(cell)}
    named = {hit.candidate.id for hits in result.resolved.values() for hit in hits}
    graph = store.read_among(cells | store.ids_named(cells) | named)
    rows = [_row_nodes(graph, result.columns, row) for row in result.rows]
    shown = {node_id for nodes in rows for node_id, _ in nodes}
    rel_ids = sorted(
        r.id for r in graph.rels.values() if r.source in shown and r.target in shown and r.source != r.target
    )
    linked = {end for r in rel_ids for end in (graph.rels[r].source, graph.rels[r].target)}
    derived = _row_links(rows, linked)
    linked |= {end for d in derived for end in (d.source, d.target)}
    node_ids = sorted(linked)
    full = with_evidence(store, graph)
    edges = [(full.rels[r].source, full.rels[r].target) for r in rel_ids] + [(d.source, d.target) for d in derived]
    note = _unlinked_note(full, sorted(shown - linked))
    if not result.rows:
        note = "The query returned no rows."
    elif not node_ids:
        note = note or "The answer names no node of the graph."
    spec = PageSpec(
        query_title(pack, params, result),
        note,
        node_ids,
        rel_ids,
        compute_layout(node_ids, edges, spacing=COMPACT_SPACING),
        derived=derived,
        edge_labels=True,
    )
    path = write_page(build_payload(full, spec), out)
    return QueryPicture(VizReport(path, len(node_ids), len(rel_ids) + len(derived), False, note), result)

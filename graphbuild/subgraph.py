"""Cut the part of a graph that a query's answer talks about, for `kommunegraf viz query`."""

from __future__ import annotations

from collections.abc import Iterable

from graphbuild.models import Graph


def _cell_strings(rows: Iterable[Iterable[object]]) -> set[str]:
    found: set[str] = set()
    for row in rows:
        for cell in row:
            if isinstance(cell, str):
                found.add(cell)
            elif isinstance(cell, list | tuple):
                found.update(c for c in cell if isinstance(c, str))
    return found


def subgraph_of_rows(graph: Graph, rows: Iterable[Iterable[object]]) -> Graph:
    """The nodes whose id or name appears in a cell of ``rows``, and the relationships among them."""
    wanted = _cell_strings(rows)
    keep = {
        node_id for node_id, node in graph.nodes.items() if node_id in wanted or node.properties.get("name") in wanted
    }
    return Graph(
        nodes={node_id: graph.nodes[node_id] for node_id in sorted(keep)},
        rels={rel_id: rel for rel_id, rel in graph.rels.items() if rel.source in keep and rel.target in keep},
    )

"""Find the node a user named in a graph in memory, with the shared name matcher
(graphbuild.vocab.matching), so a picture and a query pack take a name to the same node."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from graphbuild.models import Graph, NodeRecord
from graphbuild.vocab.matching import (
    CONTEXT_RELS,
    Candidate,
    UnmatchedName,
    context_of,
    match_name,
    with_context,
)

# The types a typed name is matched against when the caller names none (ego pictures); any node
# can still be given by its id.
ENTITY_TYPES = ("Municipality", "Organization", "Person", "Initiative", "Law", "Case")


def graph_candidates(graph: Graph, types: Sequence[str]) -> list[Candidate]:
    wanted = set(types)
    return [
        Candidate(
            node.id, node.label, str(node.properties.get("name") or ""), tuple(node.properties.get("aliases") or ())
        )
        for node in graph.nodes.values()
        if node.label in wanted
    ]


def graph_context(graph: Graph, candidates: Iterable[Candidate]) -> dict[str, tuple[str, ...]]:
    """What tells these candidates apart, read from the graph as the packs read it from a store."""
    ids = {c.id for c in candidates}
    far: dict[str, list[str]] = {node_id: [] for node_id in ids}
    for rel in graph.rels.values():
        node = graph.nodes.get(rel.source)
        if rel.source in ids and node is not None and rel.type in CONTEXT_RELS.get(node.label, ()):
            target = graph.nodes.get(rel.target)
            far[rel.source].append(str(target.properties.get("name") or "") if target else "")
    return {
        node_id: context_of(graph.nodes[node_id].properties, graph.nodes[node_id].label, names)
        for node_id, names in far.items()
    }


def find_node(graph: Graph, wanted: str, *, labels: Iterable[str] | None = None) -> NodeRecord:
    """The one node of ``labels`` (default: any node by id, the entity types by name) that
    ``wanted`` names; UnmatchedName listing the candidates or the closest names otherwise."""
    if labels is None and wanted.strip() in graph.nodes:
        return graph.nodes[wanted.strip()]
    types = tuple(labels) if labels is not None else ENTITY_TYPES
    match = match_name(wanted, graph_candidates(graph, types), types)
    if match.one is not None:
        return graph.nodes[match.one.id]
    listed = [hit.candidate for hit in match.hits + match.closest]
    raise UnmatchedName(with_context(match, graph_context(graph, listed)))

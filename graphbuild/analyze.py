"""Graph analytics over a stored graph, with networkx: who bridges networks, which municipalities
cluster together, and how an initiative spread. Each answer is a table (columns and rows) like a
query pack's, so the CLI prints it the same way.

- bridges: betweenness centrality on the municipality–network–person graph (MEMBER_OF and
  HOLDS_ROLE). A municipality or person with high betweenness links networks that share few members.
- communities: municipalities grouped by the networks they belong to and the initiatives they
  adopted (the bipartite graph projected onto municipalities, weighted by what they share; Louvain
  with a fixed seed, so a run is reproducible).
- adoption curve: adopters of one initiative over time, cumulative, overall and per region.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

import networkx as nx
from networkx.algorithms import bipartite

from graphbuild.errors import UserError
from graphbuild.models import Graph

# Betweenness is exact up to this many nodes and sampled (fixed seed) above it, so a large graph
# answers in seconds rather than hours.
EXACT_BETWEENNESS_LIMIT = 2000
SAMPLE_SEED = 7


@dataclass
class Table:
    columns: list[str]
    rows: list[list[Any]] = field(default_factory=list)

    def records(self) -> list[dict[str, Any]]:
        return [dict(zip(self.columns, row, strict=True)) for row in self.rows]


def _name(graph: Graph, node_id: str) -> str:
    return str(graph.nodes[node_id].properties.get("name") or node_id)


def network_graph(graph: Graph) -> nx.Graph:
    """Municipalities, organisations and people, joined where one is a member of or holds a role in another."""
    undirected: nx.Graph = nx.Graph()
    for rel in graph.rels.values():
        if rel.type in ("MEMBER_OF", "HOLDS_ROLE"):
            for node_id in (rel.source, rel.target):
                undirected.add_node(node_id, label=graph.nodes[node_id].label)
            undirected.add_edge(rel.source, rel.target)
    return undirected


def bridges(graph: Graph, top: int = 20) -> Table:
    """The municipalities and people on most shortest paths between the networks' members."""
    undirected = network_graph(graph)
    table = Table(["name", "type", "betweenness", "links", "organizations"])
    if undirected.number_of_nodes() == 0:
        return table
    sample = None if undirected.number_of_nodes() <= EXACT_BETWEENNESS_LIMIT else EXACT_BETWEENNESS_LIMIT
    scores = nx.betweenness_centrality(undirected, k=sample, seed=SAMPLE_SEED, normalized=True)
    ranked = sorted(scores.items(), key=lambda kv: (-kv[1], _name(graph, kv[0]), kv[0]))
    for node_id, score in ranked:
        if score <= 0 or graph.nodes[node_id].label not in ("Municipality", "Person"):
            continue
        neighbours = sorted(
            _name(graph, n) for n in undirected.neighbors(node_id) if graph.nodes[n].label == "Organization"
        )
        table.rows.append(
            [_name(graph, node_id), graph.nodes[node_id].label, round(score, 4), undirected.degree(node_id), neighbours]
        )
        if len(table.rows) >= top:
            break
    return table


def communities(graph: Graph, min_shared: int = 1) -> Table:
    """Municipalities that share networks and initiatives, in communities (largest first)."""
    two_mode: nx.Graph = nx.Graph()
    for rel in graph.rels.values():
        joins = (rel.type == "MEMBER_OF" and rel.source_label == "Municipality") or rel.type == "ADOPTED"
        if joins:
            two_mode.add_node(rel.source, bipartite=0)
            two_mode.add_node(rel.target, bipartite=1)
            two_mode.add_edge(rel.source, rel.target)
    municipalities = {n for n, side in two_mode.nodes(data="bipartite") if side == 0}
    table = Table(["community", "municipality", "shares_with", "networks_and_initiatives"])
    if not municipalities:
        return table
    projected = bipartite.weighted_projected_graph(two_mode, sorted(municipalities))
    projected.remove_edges_from([(a, b) for a, b, w in projected.edges(data="weight") if w < min_shared])
    groups = nx.community.louvain_communities(projected, weight="weight", seed=SAMPLE_SEED)
    ordered = sorted(groups, key=lambda g: (-len(g), sorted(_name(graph, m) for m in g)))
    for number, group in enumerate(ordered, start=1):
        for municipality in sorted(group, key=lambda m: _name(graph, m)):
            partners = sorted(_name(graph, n) for n in projected.neighbors(municipality) if n in group)
            shared = sorted(_name(graph, n) for n in two_mode.neighbors(municipality))
            table.rows.append([number, _name(graph, municipality), partners, shared])
    return table


def adoption_curve(graph: Graph, initiative_ids: list[str]) -> Table:
    """One row per adoption date: adopters that day, the running total, and the total per region."""
    if not initiative_ids:
        raise UserError("adoption curve: no initiative given")
    first: dict[str, str] = {}
    for rel in graph.rels.values():
        date = str(rel.properties.get("date") or "")[:10]
        if rel.type == "ADOPTED" and rel.target in initiative_ids and date and date < first.get(rel.source, "9999"):
            first[rel.source] = date
    by_date: dict[str, list[str]] = defaultdict(list)
    for municipality, date in first.items():
        by_date[date].append(municipality)
    table = Table(["date", "adopters", "new", "cumulative", "cumulative_by_region"])
    total = 0
    per_region: Counter[str] = Counter()
    for date in sorted(by_date):
        names = sorted(_name(graph, m) for m in by_date[date])
        total += len(names)
        for municipality in by_date[date]:
            per_region[str(graph.nodes[municipality].properties.get("region") or "unknown")] += 1
        regions = {region: per_region[region] for region in sorted(per_region)}
        table.rows.append([date, names, len(names), total, regions])
    return table

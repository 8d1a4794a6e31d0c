"""Find the node a user named: by id, name or alias, ignoring case; suggest near misses."""

from __future__ import annotations

from collections.abc import Iterable

from rapidfuzz import fuzz, process

from graphbuild.errors import UserError
from graphbuild.models import Graph, NodeRecord

SUGGESTIONS = 5


def _names(node: NodeRecord) -> list[str]:
    names = [node.id, str(node.properties.get("name") or "")]
    names += [str(a) for a in node.properties.get("aliases") or []]
    return [n for n in names if n]


def find_node(graph: Graph, wanted: str, *, labels: Iterable[str] | None = None, what: str = "entity") -> NodeRecord:
    allowed = set(labels) if labels is not None else None
    candidates = [n for n in graph.nodes.values() if allowed is None or n.label in allowed]
    key = wanted.strip().casefold()
    if wanted in graph.nodes and graph.nodes[wanted] in candidates:
        return graph.nodes[wanted]
    exact = [n for n in candidates if any(name.casefold() == key for name in _names(n))]
    if exact:
        # a name shared by several nodes: the best-known one (by id order for a stable answer)
        return sorted(exact, key=lambda n: (str(n.properties.get("name") or "").casefold() != key, n.id))[0]
    choices = {f"{name}\x00{n.id}": name for n in candidates for name in _names(n)[1:]}
    close = process.extract(wanted, choices, scorer=fuzz.WRatio, limit=SUGGESTIONS * 3, score_cutoff=60)
    seen: list[str] = []
    for _, _, choice_key in close:
        name = choices[choice_key]
        if name not in seen:
            seen.append(name)
    hint = f"; did you mean: {', '.join(seen[:SUGGESTIONS])}?" if seen else ""
    raise UserError(f"no {what} named {wanted!r} in the graph{hint}")

"""The interactive picture an entity page embeds: kommunegraf_viz's self-contained page of the
node's neighbourhood (ego), of an initiative's adopters along time (diffusion) or of a network's
members (membership), drawn from what the page already asks the store, never the whole graph.

A small script of this package is added to the picture: a click on a node opens that node's page
in the app (the frame's sandbox lets a click, and only a click, navigate the page around it).
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Sequence
from functools import cache
from importlib import resources
from pathlib import Path

from graphbuild.models import Graph, NodeRecord, RelRecord
from graphbuild.serve.graphdata import Fact, GraphData, Node
from graphbuild.store.base import GraphStore

EGO_FACTS = 200  # the ego picture: this many of the page's facts
WHOLE = 2000  # diffusion and membership: every adoption or membership up to this many
DIFFUSION_TYPES = frozenset({"ADOPTED"})
MEMBERSHIP_TYPES = frozenset({"MEMBER_OF", "PART_OF"})
DECIDING = frozenset({"ADOPTED", "MEMBER_OF"})  # the facts views_for looks at


def views_for(node: Node, facts: Sequence[Fact]) -> list[str]:
    """The pictures that say something about this node, the one its page shows first."""
    if node.label == "Initiative" and any(f.type in DIFFUSION_TYPES for f in facts):
        return ["diffusion", "ego"]
    if node.label == "Organization" and any(f.type == "MEMBER_OF" and not f.outgoing for f in facts):
        return ["membership", "ego"]
    return ["ego"]


def graph_of(node: Node, facts: Sequence[Fact]) -> Graph:
    """``node`` and the nodes its facts reach, with the facts as relationships (evidence included)."""
    graph = Graph()
    graph.nodes[node.id] = NodeRecord(id=node.id, label=node.label, properties=dict(node.properties))
    for fact in facts:
        other = fact.other
        if other.id not in graph.nodes:
            graph.nodes[other.id] = NodeRecord(id=other.id, label=other.label, properties=dict(other.properties))
        source, target = (node, other) if fact.outgoing else (other, node)
        rel_id = f"{fact.type}:{source.id}:{target.id}:{len(graph.rels)}"
        graph.rels[rel_id] = RelRecord(
            id=rel_id,
            type=fact.type,
            source=source.id,
            target=target.id,
            source_label=source.label,
            target_label=target.label,
            properties={**fact.properties, **fact.evidence},
        )
    return graph


@cache
def link_script() -> str:
    script = resources.files("graphbuild.serve").joinpath("static/picture-links.js").read_text(encoding="utf-8")
    if "</" in script:
        raise RuntimeError("picture-links.js cannot be inlined: it contains '</'")
    return script


def with_links(page: str) -> str:
    """The picture page with the script that turns a click on a node into its entity page."""
    head, body_end, tail = page.rpartition("</body>")
    if not body_end:
        raise RuntimeError("the picture page has no </body>")
    return f"{head}<script>{link_script()}</script>\n{body_end}{tail}"


def picture_html(store: GraphStore, data: GraphData, node: Node, view: str) -> str:
    """The picture ``view`` of ``node`` as one self-contained HTML page."""
    from kommunegraf_viz import render_diffusion, render_ego, render_membership

    draw: Callable[[Path], object]
    if view == "diffusion":
        # the diffusion picture reads only the initiative, its adopters and their evidence
        draw = lambda out: render_diffusion(store, node.id, out)  # noqa: E731
    elif view == "membership":
        members = graph_of(node, data.facts(node, types=MEMBERSHIP_TYPES, limit=WHOLE))
        draw = lambda out: render_membership(members, out)  # noqa: E731
    else:
        ego = graph_of(node, data.facts(node)[:EGO_FACTS])
        draw = lambda out: render_ego(ego, node.id, out, depth=1)  # noqa: E731
    with tempfile.TemporaryDirectory(prefix="kommunegraf-picture-") as scratch:
        out = Path(scratch) / "picture.html"
        draw(out)
        return with_links(out.read_text(encoding="utf-8"))

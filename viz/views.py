"""The pages drawn from a graph: overview, ego, diffusion and membership (a query's answer: answer.py)."""

from __future__ import annotations

from collections import Counter, deque
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from graphbuild.errors import UserError
from graphbuild.models import Graph
from graphbuild.querypacks import run_pack
from graphbuild.unnamed_bodies import UNNAMED_KIND

from .layout import COMPACT_SPACING, Position, adjacency, compute_layout, first_ring_for, radial_layout
from .lookup import find_node
from .page import write_page
from .payload import LABEL_CHARS, DerivedEdge, PageSpec, build_payload, degrees, node_name, rel_words
from .projection import agenda_links, is_entity
from .reading import PictureStore, with_evidence
from .report import VizReport
from .style import style_for

DEFAULT_MAX_NODES = 5000
MEMBERSHIP_TYPES = frozenset({"MEMBER_OF", "PART_OF"})


def _rels_among(graph: Graph, keep: set[str], types: frozenset[str] | None = None) -> list[str]:
    return [
        rel.id
        for rel in graph.rels.values()
        if rel.source in keep and rel.target in keep and (types is None or rel.type in types)
    ]


def _write(graph: Graph, spec: PageSpec, out: Path, *, reduced: bool) -> VizReport:
    path = write_page(build_payload(graph, spec), out)
    return VizReport(path, len(spec.node_ids), len(spec.rel_ids) + len(spec.derived), reduced, spec.note)


def _top_by_degree(graph: Graph, candidates: list[str], limit: int) -> list[str]:
    degree = degrees(graph)
    return sorted(candidates, key=lambda n: (-degree.get(n, 0), n))[:limit]


def _reduction_note(shown: int, total: int, shown_edges: int, total_edges: int, *, nearest: bool) -> str:
    which = "nearest" if nearest else "best-connected"
    how = "by steps from the centre" if nearest else "top by degree"
    return (
        f"Reduced: showing the {shown:,} {which} of {total:,} nodes ({how}) "
        f"and the {shown_edges:,} of {total_edges:,} edges among them."
    )


def _draw_nodes(
    graph: Graph,
    node_ids: list[str],
    out: Path,
    *,
    title: str,
    max_nodes: int,
    rel_types: frozenset[str] | None = None,
    highlight: set[str] | None = None,
    keep_first: list[str] | None = None,
    edge_labels: bool = False,
    place: Callable[[list[str]], dict[str, Position]] | None = None,
    spacing: float = 55.0,
) -> VizReport:
    """Draw the given nodes and the rels among them, keeping the best-connected when too many."""
    if max_nodes < 1:
        raise UserError("max_nodes must be at least 1")
    all_rels = _rels_among(graph, set(node_ids), rel_types)
    total_nodes = len(node_ids)
    reduced = total_nodes > max_nodes
    if reduced:
        chosen = (keep_first or [])[:max_nodes]
        taken = set(chosen)
        rest = _top_by_degree(graph, [n for n in node_ids if n not in taken], max_nodes - len(chosen))
        node_ids = [*chosen, *rest]
    keep = set(node_ids)
    rel_ids = [r for r in all_rels if graph.rels[r].source in keep and graph.rels[r].target in keep]
    note = ""
    if reduced:
        shown = (len(node_ids), total_nodes, len(rel_ids), len(all_rels))
        note = _reduction_note(*shown, nearest=keep_first is not None)
    edges = [(graph.rels[r].source, graph.rels[r].target) for r in rel_ids]
    positions = place(node_ids) if place else compute_layout(node_ids, edges, spacing=spacing)
    spec = PageSpec(
        title,
        note,
        node_ids,
        rel_ids,
        positions,
        highlight=highlight or set(),
        pinned=sorted(highlight or set()),
        edge_labels=edge_labels,
    )
    return _write(graph, spec, out, reduced=reduced)


HEADLINE_CANDIDATES = 400  # the most central nodes the overview may name on screen


def render_overview(
    graph: Graph,
    out: Path,
    *,
    max_nodes: int = DEFAULT_MAX_NODES,
    documents: bool = False,
    unnamed: bool = False,
) -> VizReport:
    """The graph's entities, linked directly and through the meetings that discussed them (or,
    with ``documents``, every node); above ``max_nodes`` only the best-connected, with a note
    saying so. The most central nodes are named on screen; every node on hover and by search.
    A document's unnamed body (one hub per file, not a body of the network) is left out unless ``unnamed``."""
    if max_nodes < 1:
        raise UserError("max_nodes must be at least 1")
    if documents:
        node_ids = sorted(graph.nodes)
        derived: list[DerivedEdge] = []
    else:
        node_ids = sorted(n for n in graph.nodes if is_entity(graph, n))
        derived = agenda_links(graph)
    if not unnamed:
        hidden = {n for n in node_ids if graph.nodes[n].properties.get("kind") == UNNAMED_KIND}
        node_ids = [n for n in node_ids if n not in hidden]
        derived = [d for d in derived if d.source not in hidden and d.target not in hidden]
    all_rels = _rels_among(graph, set(node_ids))
    degree: Counter[str] = Counter()
    for source, target in [(graph.rels[r].source, graph.rels[r].target) for r in all_rels] + [
        (d.source, d.target) for d in derived
    ]:
        degree[source] += 1
        degree[target] += 1
    total_nodes, total_edges = len(node_ids), len(all_rels) + len(derived)
    reduced = total_nodes > max_nodes
    if reduced:
        node_ids = sorted(node_ids, key=lambda n: (-degree[n], n))[:max_nodes]
    keep = set(node_ids)
    rel_ids = [r for r in all_rels if graph.rels[r].source in keep and graph.rels[r].target in keep]
    derived = [d for d in derived if d.source in keep and d.target in keep]
    edges = [(graph.rels[r].source, graph.rels[r].target) for r in rel_ids] + [(d.source, d.target) for d in derived]
    note = ""
    if reduced:
        note = _reduction_note(len(node_ids), total_nodes, len(edges), total_edges, nearest=False)
    what = "nodes" if documents else "entities"
    title = f"kommunegraf overview: {total_nodes:,} {what}, {total_edges:,} relationships"
    if not documents:
        title += " (documents, meetings and agenda items left out)"
    spec = PageSpec(
        title,
        note,
        node_ids,
        rel_ids,
        compute_layout(node_ids, edges),
        declutter="",
        unlabelled=True,
        headlines=sorted(node_ids, key=lambda n: (-degree[n], n))[:HEADLINE_CANDIDATES],
        derived=derived,
    )
    return _write(graph, spec, out, reduced=reduced)


def _neighbourhood(graph: Graph, start: str, depth: int) -> tuple[dict[str, int], dict[str, str]]:
    """Nodes within ``depth`` steps of ``start`` (either direction), nearest first, with their
    distance from ``start`` and the node that reached each."""
    adj = adjacency(graph.nodes, ((r.source, r.target) for r in graph.rels.values()))
    level = {start: 0}
    parent: dict[str, str] = {}
    queue = deque([start])
    while queue:
        node = queue.popleft()
        if level[node] >= depth:
            continue
        for nxt in sorted(adj[node], key=lambda n: (graph.nodes[n].label, node_name(graph.nodes[n]), n)):
            if nxt not in level:
                level[nxt] = level[node] + 1
                parent[nxt] = node
                queue.append(nxt)
    return level, parent


def render_ego(
    graph: Graph, entity: str, out: Path, *, depth: int = 1, max_nodes: int = DEFAULT_MAX_NODES
) -> VizReport:
    """An entity (id, name or alias) and everything within ``depth`` steps of it."""
    if depth < 0:
        raise UserError("depth must be 0 or more")
    centre = find_node(graph, entity)
    levels, parent = _neighbourhood(graph, centre.id, depth)
    around = list(levels)
    said = [len(rel_words(r)) for r in graph.rels.values() if centre.id in (r.source, r.target)]
    first_ring = first_ring_for(max(said, default=0))
    label_chars = {n: min(len(node_name(graph.nodes[n])), LABEL_CHARS + 12) for n in around}
    title = f"{node_name(centre)} ({centre.label}) and its neighbourhood, depth {depth}"
    return _draw_nodes(
        graph,
        around,
        out,
        title=title,
        max_nodes=max_nodes,
        highlight={centre.id},
        keep_first=around,
        edge_labels=True,
        place=lambda shown: radial_layout({n: levels[n] for n in shown}, parent, label_chars, first_ring),
    )


def render_membership(graph: Graph, out: Path, *, max_nodes: int = DEFAULT_MAX_NODES) -> VizReport:
    """Municipalities and organisations with the networks (MEMBER_OF) and bodies (PART_OF) they form."""
    ends: set[str] = set()
    for rel in graph.rels.values():
        if rel.type in MEMBERSHIP_TYPES:
            ends.update((rel.source, rel.target))
    title = "Membership: networks (MEMBER_OF) and bodies (PART_OF)"
    report = _draw_nodes(
        graph, sorted(ends), out, title=title, max_nodes=max_nodes, rel_types=MEMBERSHIP_TYPES, spacing=COMPACT_SPACING
    )
    if not ends:
        return _empty(graph, out, title, "The graph has no MEMBER_OF or PART_OF relationships.")
    return report


def read_membership(store: PictureStore) -> Graph:
    """What the membership picture draws, read from the store: MEMBER_OF and PART_OF, their ends,
    and the documents and meetings of their evidence."""
    return with_evidence(store, store.read_rel_types(MEMBERSHIP_TYPES))


def _empty(graph: Graph, out: Path, title: str, note: str) -> VizReport:
    spec = PageSpec(title, note, [], [], {})
    return _write(graph, spec, out, reduced=False)


# --- diffusion ---------------------------------------------------------------------------------

DIFFUSION_WIDTH_PER_STEP = 140.0
LANE_HEIGHT = 70.0
LABEL_WIDTH = 130.0
DIFFUSION_ROWS = 100_000  # the adopters pack's limit for a picture: every adoption


def _parse_day(value: object) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def _lanes(xs: list[float]) -> list[int]:
    """Greedy lanes so that labels close in time do not sit on each other."""
    lane_end: list[float] = []
    lanes = []
    for x in xs:
        for lane, end in enumerate(lane_end):
            if x - end >= LABEL_WIDTH:
                lane_end[lane] = x
                lanes.append(lane)
                break
        else:
            lane_end.append(x)
            lanes.append(len(lane_end) - 1)
    return lanes


def _ticks(days: list[date], x_of: dict[date, float], axis_y: float) -> list[dict[str, object]]:
    distinct = sorted(set(days))
    if len(distinct) > 10:
        first, last = distinct[0], distinct[-1]
        step = (last - first) / 8
        distinct = sorted({first + step * i for i in range(9)})
        span = (last - first).days or 1
        x0, x1 = x_of[first], x_of[last]
        return [
            {"x": round(x0 + (x1 - x0) * (d - first).days / span, 1), "y": axis_y, "text": d.isoformat()}
            for d in distinct
        ]
    return [{"x": x_of[d], "y": axis_y, "text": d.isoformat()} for d in distinct]


ON_OR_BEFORE = "on or before"  # the adoption is known only to have happened by the date


def _diffusion_marks(hollow: set[str], adopters: int) -> list[dict[str, Any]]:
    colour = style_for("Municipality").colour
    marks = []
    if adopters > len(hollow):
        marks.append({"text": "adopted on the date shown", "colour": colour, "hollow": False})
    if hollow:
        marks.append({"text": "adopted on or before the date shown (by …)", "colour": colour, "hollow": True})
    return marks


def _adoption_key(municipality_id: object, date_: object, item: object, quote: object) -> tuple[str, str, str, str]:
    return (str(municipality_id or ""), str(date_ or ""), str(item or ""), str(quote or ""))


def render_diffusion(store: PictureStore, initiative: str, out: Path) -> VizReport:
    """Municipalities along a time axis in the order they adopted ``initiative``: the rows of the
    adopters pack (so a name the pack answers, typo or alias, draws the same adopters), each placed
    by the adopting municipality's id the pack returns. Only the initiative, its adopters and the
    evidence's documents and meetings are read from the store. The pack's ``body`` is the body of
    the meeting that recorded the adoption (a KKR may record a municipality's decision), shown as
    such, never as the adopter."""
    result = run_pack(store, "adopters", {"initiative": initiative, "limit": str(DIFFUSION_ROWS)})
    target_id = result.resolved["initiative"][0].candidate.id
    adopters = {str(row["municipality_id"]) for row in result.records() if row["municipality_id"]}
    graph = with_evidence(store, store.read_among({target_id} | adopters))
    target = graph.nodes[target_id]
    adopted = {
        _adoption_key(r.source, r.properties.get("date"), r.properties.get("item"), r.properties.get("quote")): r
        for r in sorted(graph.rels.values(), key=lambda r: r.id)
        if r.type == "ADOPTED" and r.target == target.id and r.source in graph.nodes
    }
    first: dict[str, dict[str, Any]] = {}  # municipality id -> its earliest row (the pack orders by date)
    rel_ids: list[str] = []
    for row in result.records():
        rel = adopted.get(_adoption_key(row["municipality_id"], row["date"], row["item"], row["quote"]))
        if rel is None:
            continue
        if rel.id not in rel_ids:
            rel_ids.append(rel.id)
        first.setdefault(rel.source, row)
    dated = sorted(
        ((m, _parse_day(row["date"])) for m, row in first.items()),
        key=lambda md: (md[1] or date.max, node_name(graph.nodes[md[0]]).casefold()),
    )
    known = [d for _, d in dated if d is not None]
    x_of: dict[date, float] = {}
    if known:
        lo, hi = min(known), max(known)
        width = max(600.0, DIFFUSION_WIDTH_PER_STEP * len(set(known)))
        span = (hi - lo).days
        x_of = {d: round(width * (d - lo).days / span, 1) if span else 0.0 for d in known}
    undated_x = (max(x_of.values()) if x_of else 0.0) + 2 * LABEL_WIDTH
    xs = [x_of[d] if d is not None else undated_x for _, d in dated]
    axis_y = 40.0
    positions: dict[str, Position] = {}
    labels: dict[str, str] = {}
    facts: dict[str, list[tuple[str, str]]] = {}
    hollow: set[str] = set()
    for (muni, day), x, lane in zip(dated, xs, _lanes(xs), strict=True):
        positions[muni] = (x, axis_y + 70.0 + lane * LANE_HEIGHT)
        row = first[muni]
        when = day.isoformat() if day else "date unknown"
        qualifier = row["date_is"]
        by_then = qualifier == ON_OR_BEFORE
        if by_then:
            hollow.add(muni)
        labels[muni] = f"{node_name(graph.nodes[muni])}\n{'by ' if by_then and day else ''}{when}"
        facts[muni] = [("adopted", f"{when} ({qualifier})" if qualifier else when)]
        if row["body"]:
            facts[muni].append(("recorded by", str(row["body"])))
    centre_x = (min(xs) + max(xs)) / 2 if xs else 0.0
    positions[target.id] = (centre_x, axis_y - 160.0)
    order = [m for m, _ in dated]
    for rank, muni in enumerate(order, start=1):
        facts[muni].insert(0, ("order", f"{rank} of {len(order)}"))
    axis = _ticks(known, x_of, axis_y) if known else []
    if len(known) < len(dated):
        axis.append({"x": undated_x, "y": axis_y, "text": "date unknown"})
    note = "" if dated else f"No municipality is recorded as adopting {node_name(target)}."
    spec = PageSpec(
        title=f"Diffusion of {node_name(target)}: {len(order)} adopting municipalities",
        note=note,
        node_ids=[target.id, *order],
        rel_ids=rel_ids,
        positions=positions,
        labels=labels,
        extra_facts=facts,
        highlight={target.id},
        axis=axis,
        kind="diffusion",
        declutter="y",
        pinned=[target.id],
        hollow=hollow,
        marks=_diffusion_marks(hollow, len(order)),
    )
    return _write(graph, spec, out, reduced=False)

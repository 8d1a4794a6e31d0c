"""Node positions computed in Python, so the browser draws at once with physics off.

A force layout over every node is quadratic and far too slow for thousands of nodes. Instead each
connected component gets a force layout (networkx) of its best-connected core only, every other
node is placed on rings around the neighbour that reached it first (breadth first from the core),
and the components are packed in rows. That is linear in nodes and edges beyond the core.
"""

from __future__ import annotations

import math
from collections import deque
from collections.abc import Iterable, Sequence

import networkx as nx

Position = tuple[float, float]
CORE_SIZE = 120
SHARED_NEIGHBOUR_LIMIT = 8  # core neighbours of one outside node linked pairwise
COMPACT_SPACING = 30.0  # for pictures whose page pushes nodes apart by their labels anyway


def adjacency(nodes: Iterable[str], edges: Iterable[tuple[str, str]]) -> dict[str, set[str]]:
    adj: dict[str, set[str]] = {node: set() for node in nodes}
    for a, b in edges:
        if a in adj and b in adj and a != b:
            adj[a].add(b)
            adj[b].add(a)
    return adj


def components(adj: dict[str, set[str]]) -> list[list[str]]:
    seen: set[str] = set()
    found: list[list[str]] = []
    for start in sorted(adj, key=lambda n: (-len(adj[n]), n)):
        if start in seen:
            continue
        seen.add(start)
        comp = [start]
        queue = deque([start])
        while queue:
            for nxt in sorted(adj[queue.popleft()]):
                if nxt not in seen:
                    seen.add(nxt)
                    comp.append(nxt)
                    queue.append(nxt)
        found.append(comp)
    found.sort(key=lambda c: (-len(c), c[0]))
    return found


def _core_graph(core: list[str], adj: dict[str, set[str]]) -> nx.Graph:
    """The core with its direct links, plus a weaker link wherever two core nodes share a neighbour
    outside the core (hubs joined through agenda items belong near each other)."""
    members = set(core)
    sub = nx.Graph()
    sub.add_nodes_from(core)
    sub.add_edges_from(((a, b) for a in core for b in adj[a] if b in members and a < b), weight=1.0)
    outside = {n for a in core for n in adj[a] if n not in members}
    for node in sorted(outside):
        linked = sorted(adj[node] & members)[:SHARED_NEIGHBOUR_LIMIT]
        for i, a in enumerate(linked):
            for b in linked[i + 1 :]:
                if not sub.has_edge(a, b):
                    sub.add_edge(a, b, weight=0.0)
                sub[a][b]["weight"] += 0.2
    return sub


def _core_positions(core: list[str], adj: dict[str, set[str]], scale: float, seed: int) -> dict[str, Position]:
    if len(core) == 1:
        return {core[0]: (0.0, 0.0)}
    # a longer ideal edge than networkx's default spreads the hubs apart for their satellites
    spread = 2.0 / len(core) ** 0.5
    raw = nx.spring_layout(_core_graph(core, adj), k=spread, seed=seed, iterations=60, weight="weight")
    reach = max(math.hypot(float(xy[0]), float(xy[1])) for xy in raw.values()) or 1.0
    return {str(node): (float(xy[0]) * scale / reach, float(xy[1]) * scale / reach) for node, xy in raw.items()}


def _ring_slots(count: int, spacing: float, start_angle: float, arc: float) -> list[Position]:
    """Offsets for ``count`` satellites on rings of growing radius within an arc."""
    slots: list[Position] = []
    ring = 1
    while len(slots) < count:
        radius = spacing * (0.9 + 0.7 * ring)
        capacity = max(1, int(arc * radius / (spacing * 0.55)))
        take = min(capacity, count - len(slots))
        for i in range(take):
            if arc < 2 * math.pi:
                angle = start_angle - arc / 2 + arc * (i + 0.5) / take
            else:
                angle = start_angle + arc * i / take + (0.0 if ring % 2 else math.pi / take)
            slots.append((radius * math.cos(angle), radius * math.sin(angle)))
        ring += 1
    return slots


def _satellite_tree(core: list[str], adj: dict[str, set[str]]) -> tuple[list[str], dict[str, str]]:
    """Breadth-first order from the core and, for every other node, the node that reached it."""
    parent: dict[str, str] = {}
    seen = set(core)
    order = list(core)
    queue = deque(core)
    while queue:
        node = queue.popleft()
        for nxt in sorted(adj[node]):
            if nxt not in seen:
                seen.add(nxt)
                parent[nxt] = node
                order.append(nxt)
                queue.append(nxt)
    return order, parent


def _component_positions(comp: list[str], adj: dict[str, set[str]], spacing: float, seed: int) -> dict[str, Position]:
    ranked = sorted(comp, key=lambda n: (-len(adj[n]), n))
    core = ranked[:CORE_SIZE]
    order, parent = _satellite_tree(core, adj)
    subtree = dict.fromkeys(order, 1)
    for node in reversed(order):
        if node in parent:
            subtree[parent[node]] += subtree[node]
    # room for each hub's rings of satellites: the core is spread over their summed area
    area = sum((spacing * (1.0 + 0.8 * math.sqrt(subtree[n]))) ** 2 for n in core)
    scale = max(spacing, 0.9 * math.sqrt(area))
    pos = _core_positions(core, adj, scale, seed)
    cx = sum(p[0] for p in pos.values()) / len(pos)
    cy = sum(p[1] for p in pos.values()) / len(pos)
    in_core = set(core)
    children: dict[str, list[str]] = {}
    for node in order:
        if node in parent:
            children.setdefault(parent[node], []).append(node)
    # core nodes send satellites away from the centre, others away from the node that reached them
    heading = {n: math.atan2(pos[n][1] - cy, pos[n][0] - cx) for n in core}
    for node in order:
        kids = children.get(node)
        if not kids:
            continue
        px, py = pos[node]
        arc = 2 * math.pi if node in in_core else math.pi
        for child, (dx, dy) in zip(kids, _ring_slots(len(kids), spacing, heading[node], arc), strict=True):
            pos[child] = (px + dx, py + dy)
            heading[child] = math.atan2(dy, dx)
    return pos


def _pack(blocks: Sequence[dict[str, Position]], spacing: float) -> dict[str, Position]:
    """Shelf packing: components in rows, largest first, each shifted into its own box."""
    boxes = []
    for block in blocks:
        xs = [p[0] for p in block.values()]
        ys = [p[1] for p in block.values()]
        boxes.append((min(xs), min(ys), max(xs) - min(xs) + 2 * spacing, max(ys) - min(ys) + 2 * spacing))
    total_area = sum(w * h for _, _, w, h in boxes)
    row_limit = max(max((w for _, _, w, _ in boxes), default=0.0), 1.3 * math.sqrt(total_area))
    placed: dict[str, Position] = {}
    x = y = row_height = 0.0
    for block, (min_x, min_y, w, h) in zip(blocks, boxes, strict=True):
        if x > 0 and x + w > row_limit:
            x, y, row_height = 0.0, y + row_height, 0.0
        for node, (px, py) in block.items():
            placed[node] = (round(x + px - min_x + spacing, 1), round(y + py - min_y + spacing, 1))
        x += w
        row_height = max(row_height, h)
    return placed


def compute_layout(
    nodes: Iterable[str], edges: Iterable[tuple[str, str]], *, spacing: float = 55.0, seed: int = 7
) -> dict[str, Position]:
    """Positions (pixels) for every node; deterministic for the same input."""
    adj = adjacency(nodes, edges)
    blocks = [_component_positions(comp, adj, spacing, seed) for comp in components(adj)]
    packed = _pack(blocks, spacing)
    if not packed:
        return {}
    # centre on the origin so vis's initial fit looks at the middle of the drawing
    mid_x = (min(p[0] for p in packed.values()) + max(p[0] for p in packed.values())) / 2
    mid_y = (min(p[1] for p in packed.values()) + max(p[1] for p in packed.values())) / 2
    return {n: (round(x - mid_x, 1), round(y - mid_y, 1)) for n, (x, y) in packed.items()}


RING_STEP = 220.0  # distance between the rings of a radial layout
ARC_PER_NODE = 40.0  # room along a ring for one node, besides half its label's width
CHAR_WIDTH = 6.5  # about how wide a character of a 12 px label is
EDGE_CHAR_WIDTH = 5.5  # and of a 10 px edge label
LABEL_SHARE = 0.3  # of a label's width a ring makes room for (labels stack where the ring runs up and down)
RING_STRETCH = 1.8  # rings are ellipses wider than tall: labels are wider than tall


def _long_between_short(
    ring: list[str], parent: dict[str, str], angle: dict[str, float], label_chars: dict[str, int]
) -> list[str]:
    """The ring's order: by the angle of the node that reached them, and among the children of one
    node the longest label, the shortest, the next longest, ..., so long labels are not neighbours."""
    groups: dict[float, list[str]] = {}
    for node in ring:
        groups.setdefault(angle.get(parent.get(node, ""), 0.0), []).append(node)
    order: list[str] = []
    for key in sorted(groups):
        by_length = sorted(groups[key], key=lambda n: (-label_chars.get(n, 0), n))
        while by_length:
            order.append(by_length.pop(0))
            if by_length:
                order.append(by_length.pop())
    return order


def radial_layout(
    levels: dict[str, int], parent: dict[str, str], label_chars: dict[str, int], first_ring: float = RING_STEP
) -> dict[str, Position]:
    """The centre (level 0) at the origin and each further level on its own ring, a node near the
    node that reached it; rings grow with the nodes they carry and the length of their labels, so
    neighbours and the names on their edges keep apart. ``first_ring``: the least radius of the
    first ring (room for the longest name on the centre's edges)."""
    by_level: dict[int, list[str]] = {}
    for node, level in levels.items():
        by_level.setdefault(level, []).append(node)
    angle: dict[str, float] = {}
    pos: dict[str, Position] = {}
    radius = 0.0
    for level in sorted(by_level):
        ring = by_level[level]
        if level == 0:
            for node in ring:
                pos[node], angle[node] = (0.0, 0.0), 0.0
            continue
        ring = _long_between_short(ring, parent, angle, label_chars)
        room = sum(ARC_PER_NODE + LABEL_SHARE * CHAR_WIDTH * label_chars.get(n, 0) for n in ring)
        # the ellipse (radii RING_STRETCH * r and r) is about pi * (1 + RING_STRETCH) * r round
        radius = max(radius + (first_ring if level == 1 else RING_STEP), room / (math.pi * (1 + RING_STRETCH)))
        for i, node in enumerate(ring):
            turn = -math.pi / 2 + 2 * math.pi * (i + 0.5) / len(ring)
            angle[node] = turn
            pos[node] = (round(RING_STRETCH * radius * math.cos(turn), 1), round(radius * math.sin(turn), 1))
    return pos


def first_ring_for(edge_label_chars: int) -> float:
    """The first ring's least radius so that an edge label this long fits between the centre and a
    neighbour beside it (the ring's widest reach is RING_STRETCH times its radius)."""
    return max(RING_STEP, (EDGE_CHAR_WIDTH * edge_label_chars + 120.0) / RING_STRETCH)

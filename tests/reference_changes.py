"""A reference for the streaming change log: the whole-graph way of gathering the followed facts of
a build and recording them, kept so tests can compare the streaming build (which gathers the same
facts as it writes its tables, and records them with ``changes.record_followed_sorted``) with it."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from graphbuild.changes import FOLLOWED, BuildChanges, meeting_fact, read_log, record_followed_sorted, rel_fact
from graphbuild.models import Graph


def followed_facts(graph: Graph) -> dict[str, dict[str, Any]]:
    """Fact id -> what a reader needs to see it (the build gathers the same as it streams)."""
    names = {node_id: str(node.properties.get("name") or node_id) for node_id, node in graph.nodes.items()}
    facts: dict[str, dict[str, Any]] = {}
    for rel in graph.rels.values():
        if rel.type in FOLLOWED:
            facts[rel.id] = rel_fact(rel.type, rel.source, rel.target, rel.properties, names)
    for node in graph.nodes.values():
        if node.label == "Meeting":
            facts[node.id] = meeting_fact(node.id, node.properties)
    return facts


def record_changes(directory: Path, previous: Path | None, graph: Graph, now: datetime | None = None) -> BuildChanges:
    """Write this graph's facts and the log with this build's line appended into ``directory``."""
    return record_followed(directory, previous, followed_facts(graph), now)


def record_followed(
    directory: Path, previous: Path | None, facts: dict[str, dict[str, Any]], now: datetime | None = None
) -> BuildChanges:
    """Write this build's followed ``facts`` and the log with this build's line appended into ``directory``."""
    record_followed_sorted(directory, previous, sorted(facts.items()), now)
    return read_log(directory)[-1]

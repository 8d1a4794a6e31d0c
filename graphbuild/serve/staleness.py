"""Does the search index belong to the graph it is served with?

On the embedded store the two are published together in one generation. On Neo4j the index lives
in a local side folder, written after the graph: a build whose index write failed, or a build run
from another folder or machine, leaves the database newer than the index. The web app compares
them when it opens a generation (and on Neo4j again from time to time): the documents (id and
SHA-256) and the number of names of each label; when they differ, every page says the index is
stale and which build wrote it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from graphbuild.changes import read_log
from graphbuild.pack_model import QueryStore
from graphbuild.textindex import NAMED_LABELS, SearchIndex


@dataclass(frozen=True)
class Staleness:
    missing: int  # documents of the graph the index does not have
    extra: int  # documents of the index the graph no longer has
    changed: int  # same document id, other content
    names: tuple[tuple[str, int, int], ...]  # (label, names in the index, nodes in the graph) that differ
    build: int | None  # the build that wrote the index, from its change log
    at: str | None

    def message(self) -> str:
        written = (
            f"build {self.build} ({self.at[:16].replace('T', ' ')})" if self.build and self.at else "an earlier build"
        )
        differences = []
        if self.missing:
            differences.append(f"{self.missing} documents of the graph are not in it")
        if self.extra:
            differences.append(f"{self.extra} documents in it are no longer in the graph")
        if self.changed:
            differences.append(f"{self.changed} documents changed")
        differences += [f"{label}: {ours} names in it, {theirs} in the graph" for label, ours, theirs in self.names]
        return (
            f"The search index is stale: it was written by {written} and does not match the graph "
            f"({'; '.join(differences)}). Search and the document view show that build's texts; "
            "run kommunegraf build again to write the index for this graph."
        )


def compare(store: QueryStore, index: SearchIndex, generation: Path | None) -> Staleness | None:
    """None when the index has exactly the graph's documents and as many names of each label."""
    indexed, names = index.fingerprint()
    graph: dict[str, str] = {}
    for row in store.query("MATCH (d:Document) RETURN d.id AS id, d.sha256 AS sha256", {}, timeout_s=60.0):
        graph[str(row["id"]).removeprefix("document:")] = str(row["sha256"] or "")
    missing = graph.keys() - indexed.keys()
    extra = indexed.keys() - graph.keys()
    changed = sum(1 for doc in graph.keys() & indexed.keys() if graph[doc] and graph[doc] != indexed[doc])
    differing: list[tuple[str, int, int]] = []
    for label in NAMED_LABELS:
        rows = store.query(f"MATCH (n:`{label}`) RETURN count(n) AS n", {}, timeout_s=60.0)
        nodes = int(rows[0]["n"]) if rows else 0
        if nodes != names.get(label, 0):
            differing.append((label, names.get(label, 0), nodes))
    if not (missing or extra or changed or differing):
        return None
    log = read_log(generation)
    return Staleness(
        len(missing),
        len(extra),
        changed,
        tuple(differing),
        log[-1].build if log else None,
        log[-1].at if log else None,
    )

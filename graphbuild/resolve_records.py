"""What step 2 of resolve gathers and sends: a node's fragments merged, a relationship's statements, a
statement waiting for its node; the Sink they go to, and ``GraphSink``, the one that collects a Graph."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Protocol

from graphbuild.models import Graph, NodeRecord, RelRecord
from graphbuild.vocab.gazetteer import known_by_id

StatementKey = tuple[str, str, int]  # (meeting start, document, position): the first statement wins


class Sink(Protocol):
    """Where resolved nodes and relationships go: a Graph in memory, or table files on disk."""

    def node(self, node_id: str, label: str, properties: dict[str, Any]) -> None: ...

    def rel(
        self, rel_id: str, rel_type: str, source: str, target: str, labels: tuple[str, str], properties: dict[str, Any]
    ) -> None: ...


class MergedNode:
    """One node's fragments merged: how often each name was stated (a plain dict, cheaper to make
    than a Counter for each of the many nodes stated once), the aliases and the first value of each
    property."""

    __slots__ = ("aliases", "label", "names", "props")

    def __init__(self, label: str) -> None:
        self.label = label
        self.names: dict[str, int] = {}
        self.aliases: set[str] = set()
        self.props: dict[str, Any] = {}

    def add(self, entity: Mapping[str, Any]) -> None:
        name = entity["name"]
        self.names[name] = self.names.get(name, 0) + 1
        self.aliases.update(entity["aliases"])
        self.aliases.add(entity["name"])
        for key, value in entity["properties"].items():
            if value is not None and self.props.get(key) is None:
                self.props[key] = value


class MergedFact:
    """One relationship: its first statement so far, and every document that states it."""

    __slots__ = ("docs", "key", "labels", "record")

    def __init__(self, key: StatementKey, record: dict[str, Any], labels: tuple[str, str]) -> None:
        self.key = key
        self.record = record
        self.labels = labels
        self.docs: set[str] = set()

    def add(self, key: StatementKey, record: dict[str, Any]) -> None:
        self.docs.add(record["doc"])
        if key < self.key:
            self.key, self.record = key, record

    def properties(self) -> dict[str, Any]:
        first = self.record["doc"]
        return {**self.record, "docs": [first, *sorted(self.docs - {first})]}


@dataclass
class PendingStatement:
    """A statement naming a shared node its document does not declare: whether that node exists is
    known only at the end."""

    rel_type: str
    source: str
    target: str
    labels: tuple[str | None, str | None]
    key: StatementKey
    record: dict[str, Any]


def add_counts(counts: dict[str, int], more: Mapping[str, int]) -> None:
    """``Counter.update``: the counts of ``more`` added, new names after the known ones."""
    for name, count in more.items():
        counts[name] = counts.get(name, 0) + count


def canonical_name(node_id: str, names: Mapping[str, int]) -> str:
    known = known_by_id().get(node_id)
    if known is not None:
        return known.name
    return sorted(names.items(), key=lambda kv: (-kv[1], -len(kv[0]), kv[0]))[0][0]


def add_known(node_id: str, node: MergedNode) -> None:
    """A gazetteer entity's aliases, kind and region, added to its node at the end."""
    entity = known_by_id().get(node_id)
    if entity is not None:
        node.aliases.update(entity.aliases)
        node.props.setdefault("kind", entity.kind)
        if entity.region:
            node.props.setdefault("region", entity.region)


def merged_nodes(records: Iterable[list[Any]]) -> dict[str, MergedNode]:
    """Spilled node fragments (id, label, names, aliases, properties), merged in the order they were
    spilled, as ``Resolver.absorb`` merges them in memory."""
    nodes: dict[str, MergedNode] = {}
    for node_id, label, names, aliases, props in records:
        node = nodes.get(node_id)
        if node is None:
            node = nodes[node_id] = MergedNode(label)
        add_counts(node.names, names)
        node.aliases.update(aliases)
        for key, value in props.items():
            if value is not None and node.props.get(key) is None:
                node.props[key] = value
    return nodes


class GraphSink:
    """A Sink that collects a ``Graph``."""

    def __init__(self) -> None:
        self.nodes: dict[str, NodeRecord] = {}
        self.rels: dict[str, RelRecord] = {}

    def node(self, node_id: str, label: str, properties: dict[str, Any]) -> None:
        self.nodes[node_id] = NodeRecord(id=node_id, label=label, properties=properties)

    def rel(
        self, rel_id: str, rel_type: str, source: str, target: str, labels: tuple[str, str], properties: dict[str, Any]
    ) -> None:
        self.rels[rel_id] = RelRecord(
            id=rel_id,
            type=rel_type,
            source=source,
            target=target,
            source_label=labels[0],
            target_label=labels[1],
            properties=properties,
        )

    def graph(self) -> Graph:
        return Graph(nodes=dict(sorted(self.nodes.items())), rels=dict(sorted(self.rels.items())))

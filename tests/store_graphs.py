"""Graphs for store tests, built from the schema so every property of every type is exercised, and
the one way the tests put a graph into a store (``write_store``, ``load_store``, ``loaded``)."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from graphbuild.models import Graph, NodeRecord, RelRecord
from graphbuild.store.base import GraphStore, StoreTarget
from graphbuild.store.opening import open_store
from graphbuild.vocab.schema import load_schema

SAMPLE_VALUES: dict[str, Any] = {
    "STRING": 'tekst med "citat", komma; semikolon\nog ny linje æøå',
    "INT64": 42,
    "DOUBLE": 2.5,
    "BOOLEAN": True,
    "STRING[]": ["alias 1", "semi;kolon", "komma, og [klamme]"],
}


def write_store(target: StoreTarget, graph: Graph) -> None:
    """``graph`` written to ``target``, replacing what was there; the writer is closed again."""
    writer = open_store(target, read_only=False)
    try:
        writer.replace_graph(graph)
    finally:
        writer.close()


def load_store(target: StoreTarget, graph: Graph) -> GraphStore:
    """``graph`` written to ``target``, then the store opened read-only, as the CLI's readers open it."""
    write_store(target, graph)
    return open_store(target, read_only=True)


@contextmanager
def loaded(target: StoreTarget, graph: Graph) -> Iterator[GraphStore]:
    """``load_store`` for a ``with`` block (a test's or a fixture's around its ``yield``): the store closed when
    the block ends."""
    store = load_store(target, graph)
    try:
        yield store
    finally:
        store.close()


def _value(typ: str, index: int) -> Any:
    if typ == "STRING":
        return f"{SAMPLE_VALUES['STRING']} {index}" if index % 3 else None
    if typ == "INT64":
        return index * 7
    if typ == "STRING[]":
        return list(SAMPLE_VALUES["STRING[]"][: index % 4])
    return SAMPLE_VALUES[typ]


def _rel_id(*parts: str) -> str:
    return "rel:" + hashlib.sha256("|".join(parts).encode()).hexdigest()[:16]


def every_type_graph(per_label: int = 3, doc: str = "doc0000000000001") -> Graph:
    """``per_label`` nodes of every label and one relationship per endpoint pair and node index."""
    schema = load_schema()
    graph = Graph()
    for label, node_type in schema.nodes.items():
        for i in range(per_label):
            node_id = f"{label.lower()}:{doc}:{i}"
            props = {name: _value(typ, i) for name, typ in node_type.properties.items()}
            props.update(id=node_id, name=f"{label} {i}")
            graph.nodes[node_id] = NodeRecord(id=node_id, label=label, properties=props)
    for rel_type, rel_spec in schema.relationships.items():
        for source_label, target_label in rel_spec.endpoints:
            for i in range(per_label):
                source = f"{source_label.lower()}:{doc}:{i}"
                target = f"{target_label.lower()}:{doc}:{(i + 1) % per_label}"
                rel_id = _rel_id(rel_type, source, target, doc)
                props = {name: _value(typ, i) for name, typ in rel_spec.properties.items()}
                props.update(id=rel_id, doc=doc, item=str(i), span_start=i, span_end=i + 10)
                graph.rels[rel_id] = RelRecord(
                    id=rel_id,
                    type=rel_type,
                    source=source,
                    target=target,
                    source_label=source_label,
                    target_label=target_label,
                    properties=props,
                )
    return graph


def chain_graph(people: int, doc: str = "chain") -> Graph:
    """A larger graph quickly: ``people`` Person nodes, each attending one of few meetings."""
    schema = load_schema()
    graph = Graph()
    meetings = max(1, people // 100)
    for m in range(meetings):
        node_id = f"meeting:{doc}:{m}"
        props: dict[str, Any] = dict.fromkeys(schema.nodes["Meeting"].properties)
        props.update(id=node_id, name=f"Møde {m}", aliases=[])
        graph.nodes[node_id] = NodeRecord(id=node_id, label="Meeting", properties=props)
    for p in range(people):
        person = f"person:{doc}:{p}"
        props = dict.fromkeys(schema.nodes["Person"].properties)
        props.update(id=person, name=f"Person {p}", aliases=[f"P{p}"])
        graph.nodes[person] = NodeRecord(id=person, label="Person", properties=props)
        meeting = f"meeting:{doc}:{p % meetings}"
        rel_id = _rel_id("ATTENDED", person, meeting, doc)
        rprops: dict[str, Any] = dict.fromkeys(schema.relationships["ATTENDED"].properties)
        rprops.update(id=rel_id, doc=doc, status="present", span_start=p, span_end=p + 1, quote=f"Person {p}")
        graph.rels[rel_id] = RelRecord(
            id=rel_id,
            type="ATTENDED",
            source=person,
            target=meeting,
            source_label="Person",
            target_label="Meeting",
            properties=rprops,
        )
    return graph

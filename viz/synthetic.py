"""A synthetic graph shaped like a kommunegraf build, for benchmarks and scale tests.

Municipalities with their bodies, networks they join, initiatives they adopt over time, and
meetings recorded in documents with agenda items that mention people, cases and laws. Every
relationship carries evidence, as a real build's do. Deterministic for a given size and seed.
"""

from __future__ import annotations

import hashlib
import random
from datetime import date, timedelta
from typing import Any

from graphbuild.models import Graph, NodeRecord, RelRecord
from graphbuild.vocab.ids import document_id
from graphbuild.vocab.schema import load_schema


class _Builder:
    def __init__(self) -> None:
        self.graph = Graph()
        self.schema = load_schema()

    def node(self, label: str, node_id: str, name: str, **props: Any) -> str:
        properties: dict[str, Any] = dict.fromkeys(self.schema.nodes[label].properties)
        properties.update(id=node_id, name=name, aliases=props.pop("aliases", []), **props)
        self.graph.nodes[node_id] = NodeRecord.model_construct(id=node_id, label=label, properties=properties)
        return node_id

    def rel(self, rel_type: str, source: str, target: str, doc: str, item: str | None, **props: Any) -> None:
        quote = props.pop("quote", f"{self.graph.nodes[target].properties['name']}")
        key = f"{rel_type}|{source}|{target}|{doc}|{item}"
        rel_id = "rel:" + hashlib.sha256(key.encode()).hexdigest()[:16]
        properties: dict[str, Any] = dict.fromkeys(self.schema.relationships[rel_type].properties)
        properties.update(
            id=rel_id, doc=document_id(doc), item=item, span_start=0, span_end=len(quote), quote=quote, **props
        )
        self.graph.rels[rel_id] = RelRecord.model_construct(
            id=rel_id,
            type=rel_type,
            source=source,
            target=target,
            source_label=self.graph.nodes[source].label,
            target_label=self.graph.nodes[target].label,
            properties=properties,
        )


def synthetic_graph(n_nodes: int, *, seed: int = 1) -> Graph:
    """About ``n_nodes`` nodes (exactly, once above a few hundred) with realistic relationships."""
    rng = random.Random(seed)
    b = _Builder()
    n_munis = max(3, min(98, n_nodes // 20))
    munis = [
        b.node("Municipality", f"municipality:{i:04d}", f"Kommune {i}", aliases=[f"Kommune {i} Kommune"])
        for i in range(n_munis)
    ]
    networks = [b.node("Organization", f"org:net{i}", f"Netværk {i}", kind="network") for i in range(6)]
    initiatives = [
        b.node("Initiative", f"initiative:{i}", f"Initiativ {i}", aliases=[f"I{i}"])
        for i in range(max(2, n_nodes // 800))
    ]
    laws = [b.node("Law", f"law:{i}", f"Lov {i} §{i + 1}") for i in range(12)]
    bodies: list[str] = []
    seed_doc = "synthetic0000000"
    for muni in munis:
        body = b.node("Organization", f"org:body:{muni}", f"Udvalg i {muni}", kind="municipality body")
        bodies.append(body)
        b.rel("PART_OF", body, muni, seed_doc, None)
        for net in rng.sample(networks, 2):
            b.rel("MEMBER_OF", muni, net, seed_doc, None)
    start = date(2019, 1, 1)
    for initiative in initiatives:
        for muni in rng.sample(munis, max(1, len(munis) // 3)):
            day = start + timedelta(days=rng.randrange(900))
            b.rel(
                "ADOPTED",
                muni,
                initiative,
                seed_doc,
                "1",
                date=day.isoformat(),
                date_is="on",
                quote="besluttede at tilmelde sig",
            )
    people: list[str] = []
    meeting_no = 0
    while len(b.graph.nodes) < n_nodes:
        meeting_no += 1
        doc = f"{meeting_no:016x}"
        body_index = rng.randrange(len(bodies))
        document = b.node("Document", f"document:{doc}", f"{meeting_no:05d}.txt", sha256=doc * 4, format="txt")
        day = start + timedelta(days=rng.randrange(1500))
        meeting = b.node(
            "Meeting",
            f"meeting:{doc}",
            f"Møde {meeting_no}",
            body=f"Udvalg {body_index}",
            starts_at=f"{day.isoformat()}T10:00",
            kind="referat",
        )
        b.rel("RECORDED_IN", meeting, document, doc, None)
        b.rel("OF", meeting, bodies[body_index], doc, None)
        if rng.random() < 0.5 or not people:
            people.append(b.node("Person", f"person:{meeting_no}", f"Person {meeting_no}"))
        for person in rng.sample(people, min(3, len(people))):
            b.rel("ATTENDED", person, meeting, doc, None, status="present")
        for number in range(1, rng.randrange(3, 8)):
            if len(b.graph.nodes) >= n_nodes:
                break
            item = b.node(
                "AgendaItem",
                f"item:{doc}:{number}",
                f"Punkt {number}",
                number=str(number),
                outcome="noted",
                doc=document_id(doc),
            )
            b.rel("HAS_ITEM", meeting, item, doc, str(number))
            roll = rng.random()
            if roll < 0.3 and len(b.graph.nodes) < n_nodes:
                case = b.node("Case", f"case:{doc}:{number}", f"00.01.{number:02d}-A00-{meeting_no}-21")
                b.rel("CONCERNS", item, case, doc, str(number))
            elif roll < 0.5:
                b.rel("MENTIONS", item, rng.choice(initiatives), doc, str(number))
            elif roll < 0.6:
                b.rel("CITES", item, rng.choice(laws), doc, str(number))
            b.rel("MENTIONS", item, rng.choice(munis), doc, str(number))
    return b.graph

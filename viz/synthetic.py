"""A synthetic graph shaped like a kommunegraf build, for benchmarks and scale tests.

Municipalities with their bodies, networks they join, initiatives they adopt over time, and
meetings recorded in documents with agenda items that mention people, cases and laws. Every
relationship carries evidence, as a real build's do. Deterministic for a given size and seed.
Built with ``graphbuild.graph_builder`` (ids from the id makers, facts checked against the schema).
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from graphbuild.graph_builder import GraphBuilder
from graphbuild.models import Graph


def synthetic_graph(n_nodes: int, *, seed: int = 1) -> Graph:
    """About ``n_nodes`` nodes (exactly, once above a few hundred) with realistic relationships."""
    rng = random.Random(seed)
    b = GraphBuilder()
    n_munis = max(3, min(98, n_nodes // 20))
    munis = [b.municipality(f"{i:04d}", f"Kommune {i}", [f"Kommune {i} Kommune"]) for i in range(n_munis)]
    networks = [b.organization(f"Netværk {i}", kind="network") for i in range(6)]
    initiatives = [b.initiative(f"Initiativ {i}", [f"I{i}"]) for i in range(max(2, n_nodes // 800))]
    laws = [b.law(f"Lov {i} §{i + 1}") for i in range(12)]
    bodies: list[str] = []
    seed_doc = "5e000000000000d0"  # the evidence of facts no meeting states
    for i, muni in enumerate(munis):
        body = b.organization(f"Udvalg {i}", f"{i:04d}", kind="municipality body")
        bodies.append(body)
        b.rel("PART_OF", body, muni, seed_doc)
        for net in rng.sample(networks, 2):
            b.rel("MEMBER_OF", muni, net, seed_doc)
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
                "besluttede at tilmelde sig",
                date=day.isoformat(),
                date_is="on",
            )
    people: list[str] = []
    meeting_no = 0
    while len(b.graph.nodes) < n_nodes:
        meeting_no += 1
        doc = f"{meeting_no:016x}"
        day = start + timedelta(days=rng.randrange(1500))
        meeting = b.meeting(
            doc,
            rng.choice(bodies),
            f"{day.isoformat()}T10:00",
            file=f"{meeting_no:05d}.txt",
            name=f"Møde {meeting_no}",
        )
        if rng.random() < 0.5 or not people:
            people.append(b.person(f"Person {meeting_no}"))
        for person in rng.sample(people, min(3, len(people))):
            b.rel("ATTENDED", person, meeting, doc, status="present")
        for number in range(1, rng.randrange(3, 8)):
            if len(b.graph.nodes) >= n_nodes:
                break
            item = b.item(doc, str(number), f"Punkt {number}", outcome="noted")
            roll = rng.random()
            if roll < 0.3 and len(b.graph.nodes) < n_nodes:
                case = b.case(f"00.01.{number:02d}-A00-{meeting_no}-21")
                b.rel("CONCERNS", item, case, doc, str(number))
            elif roll < 0.5:
                b.rel("MENTIONS", item, rng.choice(initiatives), doc, str(number))
            elif roll < 0.6:
                b.rel("CITES", item, rng.choice(laws), doc, str(number))
            b.rel("MENTIONS", item, rng.choice(munis), doc, str(number))
    return b.graph

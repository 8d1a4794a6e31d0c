"""An agenda item carries its meeting's date, body, municipality and document name: written by
resolve (a built graph) and by GraphBuilder (a hand-built one) by the same rule, so packs read
them in one hop. The timeline properties (an item's MENTIONS and CONCERNS ``timeline_key``, none
on a MENTIONS its CONCERNS stands for; an ADOPTED's evidence body, document and key) likewise, and
into a streaming build's table files."""

from __future__ import annotations

from pathlib import Path

import pyarrow.parquet as pq

from graphbuild.extract import extract_facts
from graphbuild.graph_builder import GraphBuilder
from graphbuild.item_context import ADOPTION_TIMELINE, ITEM_CONTEXT, TIMELINE_KEY, add_item_context
from graphbuild.models import Graph
from graphbuild.parse import parse_meeting
from graphbuild.resolve import resolve
from graphbuild.sources import read_source
from graphbuild.store.bulk import TableFiles, TableWriter
from graphbuild.store.item_tables import add_item_context_to_tables
from graphbuild.vocab import ids

DOC = "abcdef0123456789"
OTHER = "0123456789abcdef"


def _context(graph: Graph) -> dict[str, dict[str, object]]:
    return {
        n.id: {key: n.properties[key] for key in ITEM_CONTEXT} for n in graph.nodes.values() if n.label == "AgendaItem"
    }


def _timelines(graph: Graph) -> dict[str, dict[str, object]]:
    return {
        r.id: {key: r.properties[key] for key in (ADOPTION_TIMELINE if r.type == "ADOPTED" else (TIMELINE_KEY,))}
        for r in graph.rels.values()
        if r.type in ("MENTIONS", "CONCERNS", "ADOPTED")
    }


def _initiative_on_agendas(b: GraphBuilder) -> dict[str, str]:
    """Two items on an initiative, one of which both concerns and mentions it, and its adoption."""
    body = _kalundborg_direktionen(b)
    b.meeting(DOC, body, "2021-02-22T12:30", file="kal.txt")
    first, second = b.item(DOC, "1", "Nyt initiativ"), b.item(DOC, "2", "Budget")
    play = b.initiative("KL Play")
    return {
        "concerns": b.rel("CONCERNS", first, play, DOC, "1"),
        "shadowed": b.rel("MENTIONS", first, play, DOC, "1"),
        "mentions": b.rel("MENTIONS", second, play, DOC, "2"),
        "adopted": b.rel("ADOPTED", ids.municipality_id("0326"), play, DOC, "1", date="2021-02-22", date_is="on"),
    }


def test_the_builder_writes_the_timeline_properties() -> None:
    b = GraphBuilder()
    rels = _initiative_on_agendas(b)
    written = _timelines(b.graph)
    assert written[rels["concerns"]][TIMELINE_KEY] == f"2021-02-22|Kalundborg|Direktionen|kal.txt|1|{rels['concerns']}"
    assert written[rels["mentions"]][TIMELINE_KEY] == f"2021-02-22|Kalundborg|Direktionen|kal.txt|2|{rels['mentions']}"
    assert written[rels["shadowed"]][TIMELINE_KEY] is None  # the CONCERNS stands for the pair
    assert written[rels["adopted"]] == {
        "body": "Direktionen",
        "document": "kal.txt",
        TIMELINE_KEY: f"2021-02-22|Kalundborg|{rels['adopted']}",
    }


def test_an_items_timeline_key_follows_its_context_when_links_come_later() -> None:
    b = GraphBuilder()
    body = b.organization("Direktionen", "0326", kind="municipality body")
    b.meeting(DOC, body, "2021-02-22T12:30", file="kal.txt")
    item = b.item(DOC, "1", "Nyt initiativ")
    mention = b.rel("MENTIONS", item, b.initiative("KL Play"), DOC, "1")
    assert b.graph.rels[mention].properties[TIMELINE_KEY] == f"2021-02-22||Direktionen|kal.txt|1|{mention}"
    b.rel("PART_OF", body, b.municipality("0326", "Kalundborg"), DOC, None, "Direktionen")
    assert b.graph.rels[mention].properties[TIMELINE_KEY] == f"2021-02-22|Kalundborg|Direktionen|kal.txt|1|{mention}"


def _kalundborg_direktionen(b: GraphBuilder) -> str:
    """Kalundborg's Direktionen, part of Kalundborg: the body most tests here meet in."""
    kalundborg = b.municipality("0326", "Kalundborg")
    body = b.organization("Direktionen", "0326", kind="municipality body")
    b.rel("PART_OF", body, kalundborg, DOC, None, "Direktionen")
    return body


def test_the_builder_writes_the_context_whatever_order_links_come_in() -> None:
    b = GraphBuilder()
    kalundborg = b.municipality("0326", "Kalundborg")
    body = b.organization("Direktionen", "0326", kind="municipality body")
    b.meeting(DOC, body, "2021-02-22T12:30", file="kal.txt")
    item = b.item(DOC, "1", "Nyt initiativ", outcome="adopted")
    assert _context(b.graph)[item] == {
        "date": "2021-02-22",
        "body": "Direktionen",
        "municipality": None,  # the body is not yet part of a municipality
        "document": "kal.txt",
    }
    b.rel("PART_OF", body, kalundborg, DOC, None, "Direktionen")  # linked after the item: still written
    assert _context(b.graph)[item]["municipality"] == "Kalundborg"


def test_a_network_meeting_has_no_municipality() -> None:
    b = GraphBuilder()
    network = b.organization("KD-Net", kind="network")
    b.meeting(DOC, network, "2020-01-24T09:00", file="kdnet.txt")
    item = b.item(DOC, "13", "Status")
    assert _context(b.graph)[item] == {
        "date": "2020-01-24",
        "body": "KD-Net",
        "municipality": None,
        "document": "kdnet.txt",
    }


def test_resolve_and_the_builder_agree() -> None:
    b = GraphBuilder()
    body = _kalundborg_direktionen(b)
    b.meeting(DOC, body, "2021-02-22T12:30", file="kal.txt")
    b.item(DOC, "1", "Nyt initiativ")
    b.meeting(OTHER, b.organization("KD-Net", kind="network"), "2020-01-24T09:00", file="kdnet.txt")
    b.item(OTHER, "2", "Status")
    written = _context(b.graph)
    for node in b.graph.nodes.values():  # blank it, then write it the way resolve does
        if node.label == "AgendaItem":
            node.properties.update(dict.fromkeys(ITEM_CONTEXT))
    add_item_context(b.graph.nodes, b.graph.rels.values())
    assert _context(b.graph) == written
    assert all(value is not None for key, value in written[next(iter(written))].items())


def test_resolve_and_the_builder_write_the_same_timeline_properties() -> None:
    b = GraphBuilder()
    _initiative_on_agendas(b)
    written = _timelines(b.graph)
    for rel in b.graph.rels.values():  # blank them, then write them the way resolve does
        rel.properties.update({key: None for key in ADOPTION_TIMELINE if key in rel.properties})
    add_item_context(b.graph.nodes, b.graph.rels.values())
    assert _timelines(b.graph) == written
    assert sum(v[TIMELINE_KEY] is not None for v in written.values()) == 3


def test_every_item_of_a_built_seed_carries_its_meetings_context(seeds_dir: Path) -> None:
    paths = sorted(p for p in seeds_dir.iterdir() if p.suffix in {".txt", ".md", ".html"})
    graph = resolve(extract_facts(parse_meeting(read_source(p))) for p in paths)
    meetings = {r.target: r.source for r in graph.rels.values() if r.type == "HAS_ITEM"}
    documents = {r.source: r.target for r in graph.rels.values() if r.type == "RECORDED_IN"}
    items = _context(graph)
    assert items, "the seeds have agenda items"
    for item_id, context in items.items():
        meeting = graph.nodes[meetings[item_id]].properties
        assert context["date"] == str(meeting["starts_at"])[:10]
        assert context["document"] == graph.nodes[documents[meetings[item_id]]].properties["name"]
        assert context["body"] is not None


def test_table_files_written_by_several_writers_get_the_same_context(tmp_path: Path) -> None:
    """As a streaming build writes them: each document's meeting, items and links in its batch's own
    parts, the shared nodes in another, and one meeting's OF link settled at the end (in the shared
    writer's parts, as a statement naming a body its document does not declare is)."""
    b = GraphBuilder()
    body = _kalundborg_direktionen(b)
    b.meeting(DOC, body, "2021-02-22T12:30", file="kal.txt")
    first = b.item(DOC, "1", "Nyt initiativ")
    b.item(DOC, "2", "Budget")
    late = b.meeting(OTHER, body, "2020-01-24T09:00", file="kal2.txt")
    status = b.item(OTHER, "3", "Status")
    play = b.initiative("KL Play")
    b.rel("CONCERNS", first, play, DOC, "1")
    b.rel("MENTIONS", first, play, DOC, "1")
    b.rel("MENTIONS", status, play, OTHER, "3")
    b.rel("ADOPTED", ids.municipality_id("0326"), play, OTHER, "3", date="2020-01-24", date_is="on")
    expected = _context(b.graph)
    expected_timelines = _timelines(b.graph)
    writers = {doc: TableWriter(tmp_path) for doc in (DOC, OTHER, "shared")}
    for node in b.graph.nodes.values():
        doc = next((d for d in (DOC, OTHER) if d in node.id), "shared")
        properties = (
            {**node.properties, **dict.fromkeys(ITEM_CONTEXT)} if node.label == "AgendaItem" else node.properties
        )  # written without the context and the timeline properties: the tables get them
        writers[doc].node(node.id, node.label, properties)
    for rel in b.graph.rels.values():
        local = next((d for d in (DOC, OTHER) if d in rel.source or d in rel.target), "shared")
        doc = "shared" if (rel.type == "OF" and rel.source == late) or rel.type == "ADOPTED" else local
        blank = {key: None for key in ADOPTION_TIMELINE if key in rel.properties}
        writers[doc].rel(
            rel.id, rel.type, rel.source, rel.target, (rel.source_label, rel.target_label), rel.properties | blank
        )
    for writer in writers.values():
        writer.close()
    tables = TableFiles(tmp_path)
    assert len({part.writer for part in tables.parts()}) == 3
    add_item_context_to_tables(tables)
    items = {n.id: {key: n.properties[key] for key in ITEM_CONTEXT} for n in tables.nodes() if n.label == "AgendaItem"}
    assert items == expected
    assert items[next(i for i in items if OTHER in i)]["municipality"] == "Kalundborg"  # through the late OF link
    timelines = {
        str(row["id"]): {key: row[key] for key in expected_timelines[str(row["id"])]}
        for part in tables.parts()
        if part.name in ("MENTIONS", "CONCERNS", "ADOPTED")
        for row in pq.read_table(part.path).to_pylist()
    }
    assert timelines == expected_timelines
    assert sum(v[TIMELINE_KEY] is None for v in timelines.values()) == 1  # the MENTIONS its CONCERNS stands for

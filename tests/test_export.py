"""Export: GraphML that networkx (and Gephi) reads, JSON that round-trips, neo4j-admin CSV."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import networkx as nx
from store_graphs import every_type_graph, loaded

from graphbuild.export import export_graph
from graphbuild.models import Graph, NodeRecord, RelRecord
from graphbuild.store.base import StoreTarget


def test_graphml_reads_back_with_every_node_and_edge(tmp_path: Path) -> None:
    graph = every_type_graph()
    [path] = export_graph(graph, "graphml", tmp_path / "g.graphml")
    back = nx.read_graphml(path)
    assert back.number_of_nodes() == len(graph.nodes)
    assert back.number_of_edges() == len(graph.rels)
    node = graph.nodes["municipality:doc0000000000001:2"]
    attributes = back.nodes[node.id]
    assert attributes["type"] == "Municipality"
    assert attributes["label"] == node.properties["name"]
    assert attributes["aliases"] == ";".join(node.properties["aliases"])


def test_json_round_trips_to_the_same_graph(tmp_path: Path) -> None:
    graph = every_type_graph()
    [path] = export_graph(graph, "json", tmp_path / "g.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    back = Graph(
        nodes={n["id"]: NodeRecord(**n) for n in data["nodes"]},
        rels={r["id"]: RelRecord(**r) for r in data["relationships"]},
    )
    assert back == graph


def test_csv_has_the_neo4j_admin_import_layout(tmp_path: Path) -> None:
    graph = every_type_graph()
    written = export_graph(graph, "csv", tmp_path / "csv")
    names = {p.name for p in written}
    assert "nodes_Municipality.csv" in names and "rels_HOLDS_ROLE.csv" in names
    with (tmp_path / "csv" / "nodes_AgendaItem.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    header = rows[0]
    assert header[0] == "id:ID(Node-ID)" and header[-1] == ":LABEL"
    assert "aliases:string[]" in header and "public:boolean" in header and "case_numbers:string[]" in header
    assert len(rows) - 1 == sum(1 for n in graph.nodes.values() if n.label == "AgendaItem")
    by_id = {row[0]: dict(zip(header, row, strict=True)) for row in rows[1:]}
    original = graph.nodes["agendaitem:doc0000000000001:1"].properties
    assert by_id["agendaitem:doc0000000000001:1"]["title:string"] == original["title"]  # quotes and newline kept
    assert by_id["agendaitem:doc0000000000001:1"]["aliases:string[]"] == ";".join(original["aliases"])
    with (tmp_path / "csv" / "rels_HOLDS_ROLE.csv").open(encoding="utf-8", newline="") as handle:
        rel_rows = list(csv.reader(handle))
    assert rel_rows[0][:2] == [":START_ID(Node-ID)", ":END_ID(Node-ID)"] and rel_rows[0][-1] == ":TYPE"
    assert "span_start:long" in rel_rows[0]
    assert len(rel_rows) - 1 == sum(1 for r in graph.rels.values() if r.type == "HOLDS_ROLE")
    total_rows = 0
    for path in written:
        with path.open(encoding="utf-8", newline="") as handle:
            total_rows += sum(1 for _ in csv.reader(handle)) - 1
    assert total_rows == len(graph.nodes) + len(graph.rels)


def test_export_from_the_embedded_store_equals_export_of_the_graph(tmp_path: Path) -> None:
    graph = every_type_graph()
    with loaded(StoreTarget(store_dir=tmp_path / "store"), graph) as store:
        stored = store.read_graph()
    a = export_graph(graph, "json", tmp_path / "a.json")[0].read_text(encoding="utf-8")
    b = export_graph(stored, "json", tmp_path / "b.json")[0].read_text(encoding="utf-8")
    assert a == b


def _dated_graph() -> Graph:
    from graphbuild.graph_builder import GraphBuilder

    b = GraphBuilder()
    play, kl = b.initiative("KL Play"), b.organization("KL")
    direktionen = b.organization("Direktionen", "0326")
    b.meeting("aaaaaaaaaaaaaaaa", direktionen, "2021-03-08T09:00:00", file="a.txt")
    b.meeting("bbbbbbbbbbbbbbbb", direktionen, "2021-06-14T09:00:00", file="b.txt")
    kalundborg = b.municipality("0326", "Kalundborg")
    b.rel("ADOPTED", kalundborg, play, "bbbbbbbbbbbbbbbb", date="2021-06-01", date_is="on or before")
    b.rel("OWNED_BY", play, kl, "aaaaaaaaaaaaaaaa")
    holm = b.person("Anne Holm")
    b.rel("HOLDS_ROLE", holm, kl, "bbbbbbbbbbbbbbbb", role="formand", valid_from="2020-01-01", valid_to="2022-12-31")
    return b.graph


def test_gexf_plays_the_history_on_gephis_timeline(tmp_path: Path) -> None:
    graph = _dated_graph()
    [path] = export_graph(graph, "gexf", tmp_path / "g.gexf")
    back = nx.read_gexf(path)
    assert back.graph["mode"] == "dynamic"
    assert back.number_of_nodes() == len(graph.nodes) and back.number_of_edges() == len(graph.rels)
    edges = {data["relationship"]: data for _, _, data in back.edges(data=True)}
    assert edges["ADOPTED"]["start"] == "2021-06-01"  # its own date, not the stating meeting's
    assert (edges["HOLDS_ROLE"]["start"], edges["HOLDS_ROLE"]["end"]) == ("2020-01-01", "2022-12-31")
    assert edges["OWNED_BY"]["start"] == "2021-03-08"  # the meeting that states it
    names = {data["label"]: data for _, data in back.nodes(data=True)}
    assert names["KL Play"]["start"] == "2021-03-08"  # its first fact
    assert names["Kalundborg"]["start"] == "2021-06-01"


def test_graphml_carries_the_same_dates(tmp_path: Path) -> None:
    [path] = export_graph(_dated_graph(), "graphml", tmp_path / "g.graphml")
    back = nx.read_graphml(path)
    starts = {data["type"]: data.get("start") for _, _, data in back.edges(data=True)}
    assert starts["ADOPTED"] == "2021-06-01" and starts["HOLDS_ROLE"] == "2020-01-01"

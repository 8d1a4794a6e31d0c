"""Every pack answers one row per fact over the real-document corpus too, with calls drawn from the
graph it builds (every initiative, network, body and municipality; a sample of people and cases).
The dev split only: a failure prints rows, and the test split is never read while writing rules."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from store_graphs import loaded
from test_packs_seeds import answers, facts_told_twice

from benchmarks.realworld_sources import CORPUS, split_of
from graphbuild.build_extract import extract_corpus
from graphbuild.models import Graph
from graphbuild.resolve import resolve
from graphbuild.store.base import GraphStore, StoreTarget

pytestmark = [pytest.mark.slow]

PEOPLE = 40
CASES = 40


@pytest.fixture(scope="module")
def realworld_graph() -> Graph:
    dev = [path for path in sorted((CORPUS / "docs").iterdir()) if split_of(path.stem) == "dev"]
    facts = extract_corpus(dev, None, workers=1)
    assert len(facts) >= 60
    return resolve(facts)


@pytest.fixture(scope="module")
def realworld_store(tmp_path_factory: pytest.TempPathFactory, realworld_graph: Graph) -> Iterator[GraphStore]:
    with loaded(StoreTarget(store_dir=tmp_path_factory.mktemp("realworld-packs") / "store"), realworld_graph) as store:
        yield store


def calls_from(graph: Graph) -> list[tuple[str, dict[str, str]]]:
    """Each pack asked about the graph's own entities, by id so that no name is ambiguous."""
    by_label: dict[str, list[str]] = {}
    for node in sorted(graph.nodes.values(), key=lambda n: n.id):
        by_label.setdefault(node.label, []).append(node.id)
    calls: list[tuple[str, dict[str, str]]] = [("moves", {})]
    for initiative in by_label.get("Initiative", []):
        calls += [("adopters", {"initiative": initiative}), ("initiative-timeline", {"initiative": initiative})]
    for organization in by_label.get("Organization", []):
        calls += [("network-members", {"network": organization}), ("decisions", {"body": organization})]
    for municipality in by_label.get("Municipality", []):
        calls += [("network-members", {"municipality": municipality}), ("decisions", {"municipality": municipality})]
    for person in by_label.get("Person", [])[:PEOPLE]:
        calls += [("person", {"name": person}), ("search", {"text": graph.nodes[person].properties["name"]})]
    for case in by_label.get("Case", [])[:CASES]:
        calls.append(("case", {"number": str(graph.nodes[case].properties["number"])}))
    return calls


def test_every_pack_answers_one_row_per_fact_on_real_minutes(
    realworld_store: GraphStore, realworld_graph: Graph
) -> None:
    calls = calls_from(realworld_graph)
    assert {name for name, _ in calls} >= {"adopters", "network-members", "decisions", "person", "case"}
    assert not facts_told_twice(realworld_store, calls)


def test_an_item_whose_heading_the_page_lost_is_named_in_the_answer(
    realworld_store: GraphStore, realworld_graph: Graph
) -> None:
    # items read with neither number nor title (their fold-out headings lost) answer "(no title, case N)", not ""
    untitled = [
        row
        for name, params in calls_from(realworld_graph)
        if name == "decisions"
        for result in answers(realworld_store, name, params)
        for row in result.rows
        if row[result.columns.index("item")] == ""
    ]
    titles = {row[3] for row in untitled}  # decisions: date, body, municipality, title, …
    assert untitled and all(str(title).startswith("(no title") for title in titles)

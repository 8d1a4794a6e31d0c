"""The packs over the real seeds plus the project's examples: the gold facts come out, and both
engines return identical rows for every pack."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from store_graphs import loaded

from graphbuild.build_extract import extract_corpus
from graphbuild.models import Graph
from graphbuild.querypacks import PackResult, run_pack
from graphbuild.resolve import resolve
from graphbuild.store.base import GraphStore, StoreTarget
from graphbuild.vocab.matching import UnmatchedName

pytestmark = [pytest.mark.seeds, pytest.mark.slow]


@pytest.fixture(scope="module")
def corpus_graph(seeds_dir: Path, examples_dir: Path) -> Graph:
    inputs = [seeds_dir] + ([examples_dir] if examples_dir.is_dir() and any(examples_dir.iterdir()) else [])
    facts = extract_corpus(inputs, None, workers=1)
    assert facts, "no documents extracted"
    return resolve(facts)


@pytest.fixture(scope="module")
def seeds_ladybug(tmp_path_factory: pytest.TempPathFactory, corpus_graph: Graph) -> Iterator[GraphStore]:
    with loaded(StoreTarget(store_dir=tmp_path_factory.mktemp("seed-packs") / "store"), corpus_graph) as store:
        yield store


@pytest.fixture(scope="module")
def seeds_neo4j(neo4j_target: StoreTarget, corpus_graph: Graph) -> Iterator[GraphStore]:
    with loaded(neo4j_target, corpus_graph) as store:
        yield store


def gold_calls(gold: dict[str, Any]) -> list[tuple[str, dict[str, str]]]:
    """Calls for every pack, with names taken from the gold file rather than written here."""
    calls: list[tuple[str, dict[str, str]]] = [("moves", {}), ("moves", {"since": "2020"})]
    for doc in gold["documents"]:
        for adoption in doc.get("adoptions", []):
            calls.append(("adopters", {"initiative": adoption["initiative"]}))
            calls.append(("initiative-timeline", {"initiative": adoption["initiative"]}))
            calls.append(("network-members", {"municipality": adoption["adopter"]}))
            calls.append(("decisions", {"municipality": adoption["adopter"]}))
            calls.append(("connection", {"a": adoption["adopter"], "b": adoption["initiative"]}))
        for network in doc.get("networks", []):
            calls.append(("network-members", {"network": network["name"]}))
        for person in doc.get("persons", [])[:6]:
            calls.append(("person", {"name": person["name"]}))
            if person.get("role") and person.get("organization"):
                calls.append(("role-holders", {"role": person["role"], "organization": person["organization"]}))
        if doc.get("attendance"):
            calls.append(("attendance", {"body": doc["body"], "date": doc["start"][:10]}))
        calls.append(("decisions", {"body": doc["body"]}))
        for item in doc.get("items", [])[:3]:
            for number in item.get("case_numbers", [])[:1]:
                calls.append(("case", {"number": number}))
            if item.get("kle"):
                calls.append(("case", {"number": item["kle"]}))
        for name in doc.get("organizations", [])[:3]:
            calls.append(("search", {"text": name}))
            calls.append(("co-occurrence", {"name": name}))
    return calls


def answers(store: GraphStore, name: str, params: dict[str, str]) -> list[PackResult]:
    """The pack's answer; for a name that could be several nodes (the gold names a body such as
    "Direktionen", which several municipalities have), the answer for each candidate, by its id."""
    try:
        return [run_pack(store, name, params)]
    except UnmatchedName as error:
        assert error.match.status == "ambiguous", f"a gold name the graph lacks: {error}"
        param = next(key for key, value in params.items() if value == error.match.text)
        return [run_pack(store, name, {**params, param: hit.candidate.id}) for hit in error.match.hits]


def test_adopters_of_kl_play_over_the_seeds(seeds_ladybug: GraphStore, gold: dict[str, Any]) -> None:
    expected = [a for doc in gold["documents"] for a in doc.get("adoptions", [])]
    assert expected
    for adoption in expected:
        rows = run_pack(seeds_ladybug, "adopters", {"initiative": adoption["initiative"]}).records()
        found = {(r["municipality"], r["date"]) for r in rows}
        assert (adoption["adopter"], adoption["date"]) in found, rows
    dates = [r["date"] for r in run_pack(seeds_ladybug, "adopters", {"initiative": "KL Play"}).records()]
    assert dates == sorted(dates)


def test_stand_ins_at_kd_net(seeds_ladybug: GraphStore, gold: dict[str, Any]) -> None:
    doc = next(d for d in gold["documents"] if d.get("attendance"))
    rows = run_pack(seeds_ladybug, "attendance", {"body": doc["body"], "date": doc["start"][:10]}).records()
    stand_ins = {(r["person"], r["stands_in_for"]) for r in rows if r["status"] == "substitute"}
    for pair in doc["attendance"]["absent_with_substitute"]:
        assert (pair["substitute"], pair["absent"]) in stand_ins, rows
    absent = {r["person"] for r in rows if r["status"] == "absent"}
    assert set(doc["attendance"]["absent"]) <= absent


def test_formand_of_dassos(seeds_ladybug: GraphStore, gold: dict[str, Any]) -> None:
    holders = [
        p
        for d in gold["documents"]
        for p in d.get("persons", [])
        if p.get("role") == "formand" and p.get("organization")
    ]
    assert holders
    for holder in holders:
        rows = run_pack(seeds_ladybug, "role-holders", {"role": "formand", "organization": holder["organization"]})
        assert holder["name"] in {r["person"] for r in rows.records()}


@pytest.mark.neo4j
def test_every_pack_gives_identical_rows_on_both_engines(
    seeds_ladybug: GraphStore, seeds_neo4j: GraphStore, gold: dict[str, Any]
) -> None:
    calls = gold_calls(gold)
    assert {name for name, _ in calls} >= {
        "adopters", "initiative-timeline", "person", "role-holders", "moves", "network-members",
        "attendance", "decisions", "case", "connection", "search", "co-occurrence",
    }  # fmt: skip
    differences = []
    for name, params in calls:
        embedded = [(r.columns, r.rows) for r in answers(seeds_ladybug, name, params)]
        server = [(r.columns, r.rows) for r in answers(seeds_neo4j, name, params)]
        if embedded != server:
            differences.append((name, params, embedded[0][1][:3], server[0][1][:3]))
    assert not differences


EVIDENCE_COLUMNS = frozenset({"document", "item", "quote", "documents"})


def facts_told_twice(store: GraphStore, calls: list[tuple[str, dict[str, str]]]) -> list[Any]:
    """The rows of each call that equal an earlier row on every column but the evidence: one fact
    told twice. Two undated meetings are told apart only by their documents. A row of `decisions` is
    an agenda item, so its number is part of the fact; two items with no printed number and one title
    (a contents list naming "Lukket - Køb af ejendom" twice, or two items whose headings the page lost)
    are two decisions that nothing printed tells apart, so an unnumbered item's row is not compared."""
    repeated = []
    for name, params in calls:
        for result in answers(store, name, params):
            keys = [i for i, column in enumerate(result.columns) if column not in EVIDENCE_COLUMNS]
            date = result.columns.index("date") if "date" in result.columns else None
            document = result.columns.index("document") if "document" in result.columns else None
            item = result.columns.index("item") if name == "decisions" else None
            seen: set[tuple[str, ...]] = set()
            for row in result.rows:
                key = tuple(repr(row[i]) for i in keys)
                if item is not None:
                    if not row[item]:  # no printed number: None, or "" for an item whose heading was lost
                        continue
                    key += (repr(row[item]),)
                if date is not None and document is not None and row[date] is None:
                    key += (repr(row[document]),)
                if key in seen:
                    repeated.append((name, params, key))
                seen.add(key)
    return repeated


def test_every_pack_answers_one_row_per_fact(seeds_ladybug: GraphStore, gold: dict[str, Any]) -> None:
    assert not facts_told_twice(seeds_ladybug, gold_calls(gold))


def test_every_adoption_row_names_its_adopting_body(seeds_ladybug: GraphStore, corpus_graph: Graph) -> None:
    """Every seed and example names the body that met, so every adoption has one."""
    adopted = {r.target for r in corpus_graph.rels.values() if r.type == "ADOPTED"}
    assert adopted
    for initiative in sorted(adopted):
        rows = run_pack(seeds_ladybug, "adopters", {"initiative": initiative}).records()
        assert rows and all(row["body"] for row in rows), rows


def test_search_counts_the_meetings_a_person_attended(seeds_ladybug: GraphStore, gold: dict[str, Any]) -> None:
    doc = next(d for d in gold["documents"] if d.get("attendance"))
    absent = doc["attendance"]["absent"][0]
    rows = run_pack(seeds_ladybug, "search", {"text": absent}).records()
    assert any(r["name"] == absent and r["meetings"] >= 1 for r in rows), rows

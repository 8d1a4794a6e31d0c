"""The seeds against ../shared/gold/seeds.json: every adoption, role, attendance and outcome of the
gold file is found; people are people; the leaked password never reaches extract output."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from graphbuild.extract import extract_facts
from graphbuild.models import DocumentFacts
from graphbuild.parse import parse_meeting
from graphbuild.resolve import resolve
from graphbuild.sources import read_source
from graphbuild.vocab.ids import normalise

pytestmark = pytest.mark.seeds


@pytest.fixture(scope="module")
def seed_facts(seeds_dir: Path) -> dict[str, DocumentFacts]:
    return {p.name: extract_facts(parse_meeting(read_source(p))) for p in sorted(seeds_dir.glob("*.txt"))}


def _docs(gold: dict[str, Any]) -> list[dict[str, Any]]:
    docs: list[dict[str, Any]] = gold["documents"]
    return docs


def _names(facts: DocumentFacts) -> dict[str, str]:
    return {e.id: e.name for e in facts.entities}


def _key(name: str) -> str:
    return normalise(name).removeprefix("den ").removesuffix(" kommune")


def test_every_gold_adoption_is_found(seed_facts: dict[str, DocumentFacts], gold: dict[str, Any]) -> None:
    for doc in _docs(gold):
        facts = seed_facts[doc["file"]]
        names = _names(facts)
        found = {
            (names[r.source], names[r.target], r.properties["date"], r.properties["date_is"], r.evidence.item)
            for r in facts.relations
            if r.type == "ADOPTED"
        }
        for adoption in doc.get("adoptions", []):
            expected = (
                adoption["adopter"],
                adoption["initiative"],
                adoption["date"],
                adoption.get("date_is", "on"),
                adoption["item"],
            )
            assert expected in found, (doc["file"], expected, found)


def test_every_gold_outcome_is_found(seed_facts: dict[str, DocumentFacts], gold: dict[str, Any]) -> None:
    for doc in _docs(gold):
        items = {i.number: i for i in seed_facts[doc["file"]].items}
        for expected in doc.get("items", []) + doc.get("items_sample", []):
            item = items[expected["number"]]
            assert item.outcome == expected["outcome"], (doc["file"], expected["number"], item.outcome)
            if "decision_contains" in expected:
                assert expected["decision_contains"] in (item.decision or "")


def test_every_gold_attendance_is_found(seed_facts: dict[str, DocumentFacts], gold: dict[str, Any]) -> None:
    for doc in _docs(gold):
        if "attendance" not in doc:
            continue
        found = {(a.name, a.status, a.for_) for a in seed_facts[doc["file"]].attendance}
        for pair in doc["attendance"]["absent_with_substitute"]:
            assert (pair["absent"], "absent", None) in found
            assert (pair["substitute"], "substitute", pair["absent"]) in found
        for name in doc["attendance"]["absent"]:
            assert (name, "absent", None) in found


def test_every_gold_role_is_found(seed_facts: dict[str, DocumentFacts], gold: dict[str, Any]) -> None:
    for doc in _docs(gold):
        facts = seed_facts[doc["file"]]
        names = _names(facts)
        holds = [r for r in facts.relations if r.type == "HOLDS_ROLE"]
        mentioned = {names[r.target] for r in facts.relations if r.type == "MENTIONS"}
        for person in doc.get("persons", []):
            mine = [r for r in holds if names[r.source] == person["name"]]
            role, org = person.get("role"), person.get("organization")
            if role == "presenter":  # presenting an item is no office: the item names them
                assert person["name"] in mentioned
                continue
            if role is None and org is None:
                assert person["name"] in names.values()
                continue
            matches = [
                r
                for r in mine
                if (role is None or r.properties["role"] == role)
                and (org is None or _key(names[r.target]).startswith(_key(org.split(" (")[0])))
            ]
            assert matches, (doc["file"], person, [(names[r.target], r.properties) for r in mine])
            if "until" in person:
                assert any(r.properties["valid_to"] == person["until"] for r in matches)
            if "from" in person:
                assert any(r.properties["valid_from"] == person["from"] for r in matches)


def test_no_person_is_something_else(seed_facts: dict[str, DocumentFacts], gold: dict[str, Any]) -> None:
    for doc in _docs(gold):
        expected = {p["name"] for p in doc.get("persons", [])}
        attendance = doc.get("attendance", {})
        expected |= {n for pair in attendance.get("absent_with_substitute", []) for n in pair.values()}
        expected |= set(attendance.get("absent", []))
        people = {e.name for e in seed_facts[doc["file"]].entities if e.type == "Person"}
        assert people <= expected, (doc["file"], people - expected)
        assert expected <= people, (doc["file"], expected - people)


def test_meeting_municipality_is_inferred(seed_facts: dict[str, DocumentFacts], gold: dict[str, Any]) -> None:
    for doc in _docs(gold):
        found = seed_facts[doc["file"]].municipality
        if "municipality" in doc:
            assert found is not None and found.code == doc["municipality"]["code"]
        else:
            assert found is None  # a cross-municipal body's minutes speak for no single municipality


def test_gold_organisations_are_recalled(seed_facts: dict[str, DocumentFacts], gold: dict[str, Any]) -> None:
    missing = []
    total = 0
    for doc in _docs(gold):
        entities = seed_facts[doc["file"]].entities
        keys = {_key(n) for e in entities for n in [e.name, *e.aliases]}
        expected = [*doc.get("organizations", []), *(n["name"] for n in doc.get("networks", []))]
        total += len(expected)
        missing += [(doc["file"], o) for o in expected if _key(o) not in keys]
    assert len(missing) <= total // 10, missing


def test_the_seed_password_is_nowhere_in_extract_output(
    seed_facts: dict[str, DocumentFacts], gold: dict[str, Any]
) -> None:
    secrets = [secret for doc in _docs(gold) for secret in doc.get("must_not_store", [])]
    assert secrets, "the gold names the secrets a build must not store"
    for facts in seed_facts.values():
        out = json.dumps(facts.to_json_dict(), ensure_ascii=False)
        assert not [secret for secret in secrets if secret in out]


def test_cross_document_entities_are_one_node_each(seed_facts: dict[str, DocumentFacts], gold: dict[str, Any]) -> None:
    """Each entity the gold lists across documents is one node, linked from each of its documents, and
    adopted by the municipalities the gold names."""
    graph = resolve(seed_facts.values())
    doc_of_file = {name: f"document:{facts.sha256[:16]}" for name, facts in seed_facts.items()}  # a fact's "doc"
    for entry in gold["cross_document"]:
        nodes = [
            n
            for n in graph.nodes.values()
            if _key(entry["entity"])
            in {_key(name) for name in [n.properties["name"], *n.properties.get("aliases", [])]}
        ]
        assert len(nodes) == 1, (entry["entity"], [n.id for n in nodes])
        documents = {r.properties["doc"] for r in graph.rels.values() if nodes[0].id in (r.source, r.target)}
        wanted = {doc for name, doc in doc_of_file.items() if name[:3] in entry["documents"]}
        assert wanted <= documents, entry["entity"]
        adopters = {
            _key(graph.nodes[r.source].properties["name"])
            for r in graph.rels.values()
            if r.type == "ADOPTED" and r.target == nodes[0].id
        }
        assert adopters == {_key(name) for name in entry.get("adopted_by", [])}, entry["entity"]


def test_seed_extraction_is_byte_identical_on_a_second_run(
    seed_facts: dict[str, DocumentFacts], seeds_dir: Path
) -> None:
    for name, facts in seed_facts.items():
        again = extract_facts(parse_meeting(read_source(seeds_dir / name)))
        assert json.dumps(again.to_json_dict(), ensure_ascii=False) == json.dumps(
            facts.to_json_dict(), ensure_ascii=False
        )

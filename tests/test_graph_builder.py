"""The one builder of hand-made graphs (tests, viz synthetic, benchmarks): ids from the id makers,
every schema property present, and a fact that does not fit the schema fails loudly."""

from __future__ import annotations

import pytest

from graphbuild.graph_builder import GraphBuilder
from graphbuild.vocab import ids
from graphbuild.vocab.schema import SchemaError, load_schema

DOC = "abcdef0123456789"


def test_ids_come_from_the_id_makers() -> None:
    b = GraphBuilder()
    body = b.organization("Direktionen", "0326", kind="municipality body")
    assert body == ids.organization_id("Direktionen", "0326")
    assert b.municipality("0326", "Kalundborg") == ids.municipality_id("0326")
    assert b.person("Lars Møller") == ids.person_id("Lars Møller")
    assert b.initiative("KL Play") == ids.initiative_id("KL Play")
    assert b.law("Sundhedsloven §119") == ids.law_id("Sundhedsloven §119")
    assert b.case("326-2017-43896") == ids.case_id("326-2017-43896")
    assert b.organization("Den Storkøbenhavnske Digitaliseringsforening", key="DSD") == ids.organization_id("DSD")
    meeting = b.meeting(DOC, body, "2021-02-22T12:30", file="a.txt")
    item = b.item(DOC, "1", "Nyt initiativ", outcome="adopted")
    assert (meeting, item) == (ids.meeting_id(DOC), ids.item_id(DOC, "1"))
    assert ids.document_id(DOC) in b.graph.nodes
    assert b.graph.nodes[meeting].properties["body"] == "Direktionen"
    assert {(r.type, r.source, r.target) for r in b.graph.rels.values()} == {
        ("OF", meeting, body),
        ("RECORDED_IN", meeting, ids.document_id(DOC)),
        ("HAS_ITEM", meeting, item),
    }


def test_every_schema_property_is_present_and_evidence_points_at_the_document() -> None:
    b = GraphBuilder()
    schema = load_schema()
    person = b.person("Anne Holm")
    kommune = b.municipality("0671", "Struer")
    rel = b.rel("HOLDS_ROLE", person, kommune, DOC, "3", role="direktør")
    for node in b.graph.nodes.values():
        assert set(node.properties) == set(schema.nodes[node.label].properties)
    record = b.graph.rels[rel]
    assert set(record.properties) == set(schema.relationships["HOLDS_ROLE"].properties)
    assert record.properties["doc"] == ids.document_id(DOC) and record.properties["quote"] == "Struer"
    assert (record.source_label, record.target_label) == ("Person", "Municipality")


def test_facts_that_do_not_fit_the_schema_fail() -> None:
    b = GraphBuilder()
    with pytest.raises(SchemaError, match="Committee"):
        b.node("Committee", "committee:1", "Udvalg")
    with pytest.raises(SchemaError, match="colour"):
        b.person("Anne Holm", colour="red")
    with pytest.raises(SchemaError, match="public"):
        b.node("AgendaItem", "item:x:1", "1", public="yes")
    person, law = b.person("Anne Holm"), b.law("Lov 1")
    with pytest.raises(SchemaError, match="ADOPTED does not run from Person to Law"):
        b.rel("ADOPTED", person, law, DOC)
    with pytest.raises(SchemaError, match="person:nobody"):
        b.rel("MENTIONS", law, "person:nobody", DOC)


def test_the_same_fact_twice_is_an_error() -> None:
    b = GraphBuilder()
    person, kommune = b.person("Anne Holm"), b.municipality("0671", "Struer")
    b.rel("HOLDS_ROLE", person, kommune, DOC, "1", "direktør i Struer", role="direktør")
    with pytest.raises(ValueError, match="already"):
        b.rel("HOLDS_ROLE", person, kommune, DOC, "1", "direktør i Struer", role="direktør")
    b.rel("HOLDS_ROLE", person, kommune, DOC, "2", "direktør i Struer", role="direktør")
    assert len(b.graph.rels) == 2

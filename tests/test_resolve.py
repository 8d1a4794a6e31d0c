"""resolve: one node per real thing across documents, stable ids, schema-complete records."""

from __future__ import annotations

from datetime import datetime

from test_extract_helpers import meeting

from graphbuild.extract import extract_facts
from graphbuild.models import DocumentFacts
from graphbuild.resolve import resolve
from graphbuild.resolve_ids import SharedIds, name_key
from graphbuild.vocab.schema import load_schema


def _doc(text: str, title: str, name: str, body: str = "Direktionen", **kw: object) -> DocumentFacts:
    return extract_facts(meeting(text, [title], body=body, name=name, **kw))  # type: ignore[arg-type]


def _corpus() -> list[DocumentFacts]:
    a = _doc(
        "REFERAT Direktionen\n\n1. KL Play\n\nSagsfremstilling\n\nKL lancerer 'KL Play: Sundhed- og Social'. "
        "KKR-Midtjylland og Struer Kommune følger med.\n\n"
        "Beslutning\n\nDirektionen besluttede at tilmelde sig KL Play.\n",
        "KL Play",
        "a.txt",
        case_numbers={"1": ["671-2021-1"]},
    )
    b = _doc(
        "REFERAT Chefforum\n\n1. Status\n\nSagsfremstilling\n\nStruer er nu tilmeldt KL Play: Sundhed og Social. "
        "KKR Midtjylland drøfter sagen. Direktør Anne Holm fra Struer deltog.\n",
        "Status",
        "b.txt",
        body="Chefforum",
    )
    c = _doc(
        "REFERAT Direktionen\n\n1. Nyt\n\nSagsfremstilling\n\nDirektør Anne Holm fra Vejle fortalte om KL Play.\n",
        "Nyt",
        "c.txt",
    )
    return [a, b, c]


def test_aliases_become_one_node() -> None:
    graph = resolve(_corpus())
    initiatives = [n for n in graph.nodes.values() if n.label == "Initiative"]
    assert [n.id for n in initiatives] == ["initiative:kl-play-sundhed-og-social"]
    assert initiatives[0].properties["name"] == "KL Play: Sundhed og Social"
    assert {"KL Play", "KL Play: Sundhed- og Social"} <= set(initiatives[0].properties["aliases"])
    kkr = [n for n in graph.nodes.values() if n.properties["name"] == "KKR Midtjylland"]
    assert len(kkr) == 1
    struer = graph.nodes["municipality:0671"]
    assert struer.properties["name"] == "Struer" and "Struer Kommune" in struer.properties["aliases"]


def test_same_name_in_different_municipalities_stays_two_people() -> None:
    graph = resolve(_corpus())
    people = sorted(n.id for n in graph.nodes.values() if n.label == "Person")
    assert people == ["person:anne-holm--struer", "person:anne-holm--vejle"]


def test_ids_and_output_do_not_depend_on_input_order() -> None:
    corpus = _corpus()
    forward = resolve(corpus).model_dump_json()
    assert forward == resolve(list(reversed(corpus))).model_dump_json()
    assert forward == resolve([corpus[1], corpus[2], corpus[0]]).model_dump_json()


def test_records_carry_every_schema_property_and_allowed_endpoints() -> None:
    graph = resolve(_corpus())
    schema = load_schema()
    for node in graph.nodes.values():
        assert set(node.properties) == set(schema.nodes[node.label].properties)
    adopted = [r for r in graph.rels.values() if r.type == "ADOPTED"]
    assert {(r.source, r.properties["date_is"]) for r in adopted} == {
        ("municipality:0671", "on"),
        ("municipality:0671", "on or before"),
    }
    for rel in graph.rels.values():
        assert schema.endpoint_allowed(rel.type, rel.source_label, rel.target_label)
        assert set(rel.properties) == set(schema.relationships[rel.type].properties)
        assert rel.source in graph.nodes and rel.target in graph.nodes


def test_a_fact_stated_in_several_documents_is_one_relationship_listing_them() -> None:
    text = (
        "REFERAT KKR\n\n1. Formandskab\n\nSagsfremstilling\n\n"
        "Formand for DASSOS, kommunaldirektør Anne Holm, Struer Kommune, orienterede.\n"
    )
    first = _doc(text, "Formandskab", "a.txt", body="KKR", start=datetime(2021, 3, 1, 10))
    later = datetime(2021, 5, 1, 10)
    again = _doc(text + "\nSamme formand.\n", "Formandskab", "b.txt", body="KKR", start=later)
    alone = resolve([first])
    graph = resolve([again, first])
    roles = [r for r in graph.rels.values() if r.type == "HOLDS_ROLE"]
    assert roles and len(roles) == len([r for r in alone.rels.values() if r.type == "HOLDS_ROLE"])
    for role in roles:
        assert role.properties["docs"] == [f"document:{first.sha256[:16]}", f"document:{again.sha256[:16]}"]
        assert role.properties["doc"] == role.properties["docs"][0]  # the earlier meeting's statement
    structural = [(r.type, r.source, r.target) for r in graph.rels.values()]
    assert len(structural) == len(set(structural))  # e.g. one PART_OF per body, however often it is named


def test_relation_ids_are_stable_hashes_of_their_evidence() -> None:
    first, second = resolve(_corpus()), resolve(_corpus())
    assert list(first.rels) == list(second.rels)
    assert all(rel_id.startswith("rel:") and len(rel_id) == 28 for rel_id in first.rels)


def test_a_company_named_with_and_without_its_legal_form_is_one_node() -> None:
    shared = SharedIds()
    shared.observe(([("Organization", "organization:veks-i-s", ("VEKS I/S",))], []))
    shared.observe(([("Organization", "organization:veks", ("VEKS",))], []))
    shared.observe(([("Organization", "organization:affaldplus", ("AffaldPlus A/S", "AffaldPlus"))], []))
    assert shared.finish().merged == {"organization:veks-i-s": "organization:veks"}


def test_a_legal_form_alone_or_inside_a_name_is_kept_in_the_key() -> None:
    assert name_key("I/S") == "i s"
    assert name_key("Vestforbrænding I/S") == name_key("Vestforbrænding")
    assert name_key("A/S Storebælt") != name_key("Storebælt")
    assert name_key("Den Storkøbenhavnske Digitaliseringsforening") == "storkoebenhavnske digitaliseringsforening"


def test_a_body_named_only_by_its_kind_is_each_documents_own() -> None:
    text = "REFERAT {body}\n\n1. Budget\n\nSagsfremstilling\n\nBudgettet for {name} drøftes.\n"
    facts = [
        _doc(text.format(body=body, name=name), "Budget", name, body=body)
        for body, name in [
            ("Bestyrelsen", "a.txt"),
            ("Bestyrelsen", "b.txt"),
            ("Limfjordsrådet", "c.txt"),
            ("Limfjordsrådet", "d.txt"),
        ]
    ]
    graph = resolve(facts)
    bodies = sorted(n.properties["name"] for n in graph.nodes.values() if n.label == "Organization")
    assert bodies == ["Bestyrelsen (a.txt)", "Bestyrelsen (b.txt)", "Limfjordsrådet"]
    of = sorted(
        (r.source.split(":")[0], graph.nodes[r.target].properties["name"])
        for r in graph.rels.values()
        if r.type == "OF"
    )
    assert of == [
        ("meeting", "Bestyrelsen (a.txt)"),
        ("meeting", "Bestyrelsen (b.txt)"),
        ("meeting", "Limfjordsrådet"),
        ("meeting", "Limfjordsrådet"),
    ]

"""One node per real body: a municipality's qualifier on a body's name does not make another body."""

from __future__ import annotations

import pytest
from test_extract_helpers import meeting

from graphbuild.extract import extract_facts
from graphbuild.extract.mention_organisations import find_unknown_organisations
from graphbuild.models import MunicipalityRef
from graphbuild.resolve import resolve
from graphbuild.vocab.bodies import bare_body_name, indefinite_body_name, is_generic_body_name
from graphbuild.vocab.ids import organization_id

NAESTVED = "0370"


@pytest.mark.parametrize(
    ("written", "bare"),
    [
        ("Næstved Kommune - Social- og Sundhedsudvalget", "Social- og Sundhedsudvalget"),
        ("Næstved Kommunes Økonomiudvalg", "Økonomiudvalg"),
        ("Social- og Sundhedsudvalget (Næstved)", "Social- og Sundhedsudvalget"),
        ("Byrådet - Næstved Kommune", "Byrådet"),
        ("Næstveds Byråd", "Byråd"),
        ("Social- og  Sundhedsudvalget", "Social- og Sundhedsudvalget"),
    ],
)
def test_the_municipality_qualifier_is_dropped(written: str, bare: str) -> None:
    assert bare_body_name(written, NAESTVED) == bare
    assert organization_id(written, NAESTVED) == organization_id(bare, NAESTVED)


@pytest.mark.parametrize("written", ["Næstvedudvalget", "Næstved", "Kalundborg Kommune - Direktionen"])
def test_a_name_that_is_not_qualified_by_this_municipality_stays(written: str) -> None:
    assert bare_body_name(written, NAESTVED) == written


@pytest.mark.parametrize(
    ("definite", "indefinite"),
    [
        ("Økonomiudvalget", "Økonomiudvalg"),
        ("Økonomiudvalgets", "Økonomiudvalg"),
        ("Byrådet", "Byråd"),
        ("Kommunalbestyrelsen", "Kommunalbestyrelse"),
        ("Direktionen", "Direktion"),
        ("Kultur- og Fritidsudvalget", "Kultur- og Fritidsudvalg"),
        ("Styregruppen", "Styregruppe"),
        ("Beredskabskommissionen", "Beredskabskommission"),
        ("Forummet", "Forum"),
    ],
)
def test_a_body_in_its_definite_or_genitive_form_is_the_same_body(definite: str, indefinite: str) -> None:
    assert indefinite_body_name(definite) == indefinite
    assert organization_id(definite, NAESTVED) == organization_id(indefinite, NAESTVED)


@pytest.mark.parametrize("name", ["Rådhuset", "Center for Ejendomme", "Plejecentret", "Udvalgsformand"])
def test_a_name_that_does_not_end_in_a_body_noun_keeps_its_ending(name: str) -> None:
    assert indefinite_body_name(name) == name


def test_a_body_outside_any_municipality_keeps_its_name() -> None:
    assert organization_id("Næstved Kommune - Udvalget") == "organization:naestved-kommune-udvalget"


def test_two_spellings_of_a_committee_are_one_node_linked_to_its_municipality() -> None:
    naestved = MunicipalityRef(name="Næstved", code=NAESTVED)
    text = "REFERAT {}\n\n1. Budget\n\nSagsfremstilling\n\nBudgettet drøftes.\n"
    facts = [
        extract_facts(meeting(text.format(body), ["Budget"], body=body, municipality=naestved, name=f"{n}.txt"))
        for n, body in enumerate(["Næstved Kommune - Social- og Sundhedsudvalget", "Social- og Sundhedsudvalget"])
    ]
    graph = resolve(facts)
    bodies = [n for n in graph.nodes.values() if n.label == "Organization"]
    assert [b.properties["name"] for b in bodies] == ["Social- og Sundhedsudvalget (Næstved)"]
    part_of = [r for r in graph.rels.values() if r.type == "PART_OF"]
    assert [(r.source, r.target) for r in part_of] == [(bodies[0].id, f"municipality:{NAESTVED}")]
    meetings_of = {r.source for r in graph.rels.values() if r.type == "OF" and r.target == bodies[0].id}
    assert len(meetings_of) == 2


def test_a_body_named_by_its_abbreviation_is_that_body_not_an_organisation_of_its_own() -> None:
    naestved = MunicipalityRef(name="Næstved", code=NAESTVED)
    text = (
        "REFERAT Økonomiudvalget\n\n1. Budget\n\nSagsfremstilling\n\n"
        "Forvaltningen indstiller til KB via ØU, at budgettet godkendes. ØU anbefaler, og KB beslutter.\n"
    )
    graph = resolve([extract_facts(meeting(text, ["Budget"], body="Økonomiudvalget", municipality=naestved))])
    bodies = {n.id: n.properties["name"] for n in graph.nodes.values() if n.label == "Organization"}
    assert bodies == {
        organization_id("Økonomiudvalget", NAESTVED): "Økonomiudvalget (Næstved)",
        organization_id("Kommunalbestyrelsen", NAESTVED): "Kommunalbestyrelsen (Næstved)",
    }


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Beslutning Økonomiudvalget den 3. maj 2021", "Økonomiudvalget"),
        ("Referat Kulturudvalget", "Kulturudvalget"),
        ("Side 4 Erhvervsudvalget", "Erhvervsudvalget"),
        ("Lejre Kommune Kommunalbestyrelsen", "Kommunalbestyrelsen"),
    ],
)
def test_a_heading_word_before_a_committee_is_not_part_of_its_name(line: str, name: str) -> None:
    text = f"{line}\n\nSagen blev behandlet.\n"
    names = {m.name for m in find_unknown_organisations(text, 0, len(text)) if m.kind == "committee"}
    assert names == {name}


@pytest.mark.parametrize(
    "name",
    [
        "Bestyrelsen",
        "Regionsrådet 2018-2021",
        "Børne- og Kulturudvalget",
        "Teknik, Miljø og Klimaudvalget",
        "Grønt råd",
        "Handicaprådet",
        "Byrådet",
    ],
)
def test_a_name_that_is_only_a_kind_of_body_is_generic(name: str) -> None:
    assert is_generic_body_name(name)


@pytest.mark.parametrize(
    "name",
    ["Limfjordsrådet", "Bestyrelsen i Sydtrafik", "Chefforum", "Kommunaldirektørkredsen", "Erhvervshus Midtjylland"],
)
def test_a_bodys_own_name_is_not_generic(name: str) -> None:
    assert not is_generic_body_name(name)


def test_a_cross_municipal_body_named_in_a_municipalitys_minutes_is_not_its_committee() -> None:
    naestved = MunicipalityRef(name="Næstved", code=NAESTVED)
    text = (
        "Næstved Kommune\n\nREFERAT Økonomiudvalget\n\n1. Sundhedsaftale\n\nSagsfremstilling\n\nPraksisplanudvalget og "
        "Sundhedskoordinationsudvalget har godkendt aftalen. Socialudvalget har drøftet den.\n"
    )
    facts = extract_facts(meeting(text, ["Sundhedsaftale"], body="Økonomiudvalget", municipality=naestved))
    own = {
        e.name for e in facts.entities if e.type == "Organization" and e.properties.get("kind") == "municipality body"
    }
    assert own == {"Økonomiudvalget (Næstved)", "Socialudvalget (Næstved)"}

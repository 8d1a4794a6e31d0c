"""A small, realistic graph written by hand after the seeds, for the query pack tests (built with
``graphbuild.graph_builder``, ids from the id makers).

Kalundborg's Direktion adopts KL Play on 2021-02-22; Albertslund's Chefforum "er tilmeldt" by
2021-04-06 and is in DSD; KD-Net meets 2020-01-24 with absences and substitutes; Jesper Thyrring
Møller moves from Hedensted to Struer and chairs DASSOS. The tests beside this module check that
the graph itself keeps to the schema, so the pack tests stand on a valid graph.
"""

from __future__ import annotations

from typing import Any

from graphbuild.graph_builder import GraphBuilder
from graphbuild.models import Graph
from graphbuild.vocab.schema import load_schema

DOCS = {
    "kal": ("000_8645d4613d7ff620.txt", "aaaa000000000001"),
    "alb": ("001_23f430a40fc467d1.txt", "aaaa000000000002"),
    "kdn": ("003_1785a7f2726107e2.txt", "aaaa000000000003"),
    "sdk": ("004_e9e2c25a982d31ed.txt", "aaaa000000000004"),
}


def _doc(key: str) -> str:
    return DOCS[key][1]


def _meeting(b: GraphBuilder, key: str, body: str, starts_at: str, kind: str = "referat") -> str:
    file, doc = DOCS[key]
    return b.meeting(doc, body, starts_at, file=file, kind=kind, path=f"seeds/{file}")


def _item(
    b: GraphBuilder, key: str, number: str, title: str, outcome: str, decision: str | None = None, **props: Any
) -> str:
    return b.item(_doc(key), number, title, outcome=outcome, decision=decision, **props)


def build_sample_graph() -> Graph:
    b = GraphBuilder()
    kal = b.municipality("0326", "Kalundborg", ["Kalundborg Kommune"], region="Sjælland")
    alb = b.municipality("0165", "Albertslund", ["Albertslund Kommune"], region="Hovedstaden")
    hed = b.municipality("0766", "Hedensted", ["Hedensted Kommune"], region="Midtjylland")
    stru = b.municipality("0671", "Struer", ["Struer Kommune"], region="Midtjylland")
    middelfart = b.municipality("0410", "Middelfart", ["Middelfart Kommune"], region="Syddanmark")
    kl = b.organization("KL", None, ["Kommunernes Landsforening"], kind="association")
    dsd = b.organization("Den Storkøbenhavnske Digitaliseringsforening", None, ["DSD"], key="DSD", kind="network")
    dassos = b.organization("DASSOS", kind="network")
    kosu = b.organization("KOSU", kind="network")
    kdnet = b.organization(
        "KD-Net", None, ["kommunaldirektørnetværket i den midtjyske region"], kind="network", region="Midtjylland"
    )
    direk = b.organization("Direktionen", "0326", ["Kalundborg Direktion"], kind="municipality body")
    chef = b.organization("Chefforum", "0165", ["Albertslund Chefforum"], kind="municipality body")
    sdk = b.organization("Sundhedsdirektørkredsen", kind="network")
    play = b.initiative("KL Play: Sundhed og Social", ["KL Play", "KL Play: Sundhed- og Social"], kind="program")
    salon = b.initiative("Strategisk Salon", kind="program")
    b.initiative("Sundt Liv Sammen", kind="sundhedspolitik")
    law = b.law("Sundhedsloven §119", paragraph="§119")

    _, kal_doc = DOCS["kal"]
    _, alb_doc = DOCS["alb"]
    _, kdn_doc = DOCS["kdn"]
    _, sdk_doc = DOCS["sdk"]

    b.rel("PART_OF", direk, kal, kal_doc, None, "Direktionen")
    b.rel("PART_OF", chef, alb, alb_doc, None, "Chefforum")
    b.rel("OWNED_BY", play, kl, kal_doc, "1", "dette nye initiativ fra KL")

    # Kalundborg, Direktionen, 2021-02-22
    _meeting(b, "kal", direk, "2021-02-22T12:30")
    k1 = _item(
        b,
        "kal",
        "1",
        "Nyt KL initiativ",
        "adopted",
        "Direktionen besluttede at tilmelde sig dette nye initiativ fra KL.",
        case_numbers=["326-2017-43896"],
    )
    _item(b, "kal", "2", "Status på COVID-19", "noted", "Taget til efterretning.")
    _item(b, "kal", "3", "Orientering om sager på vej", "closed", public=False)
    case_kal = b.case("326-2017-43896", scheme="municipal", municipality_code="0326")
    b.rel("CONCERNS", k1, case_kal, kal_doc, "1", "Sagsnr. 326-2017-43896")
    b.rel("CONCERNS", k1, play, kal_doc, "1", "KL Play: Sundhed og Social")
    b.rel("MENTIONS", k1, salon, kal_doc, "1", "Strategisk Salon")
    b.rel("MENTIONS", k1, kl, kal_doc, "1", "nye initiativ fra KL")
    b.rel(
        "ADOPTED",
        kal,
        play,
        kal_doc,
        "1",
        "besluttede at tilmelde sig dette nye initiativ fra KL",
        date="2021-02-22",
        date_is="on",
    )

    # Albertslund, Chefforum, 2021-04-06
    _meeting(b, "alb", chef, "2021-04-06T11:00")
    a1 = _item(
        b,
        "alb",
        "1",
        "CF - Godkendelse af dagsorden og referat",
        "approved",
        "Godkendt.",
        case_numbers=["00.00.00-A00-2-21"],
    )
    a2 = _item(
        b,
        "alb",
        "2",
        "CF - Den Storkøbenhavnske Digitaliseringsforening (11.00-11.30)",
        "endorsed",
        "Chefforum bakker op.",
        case_numbers=["00.15.10-A21-1-21"],
    )
    a3 = _item(
        b,
        "alb",
        "3",
        "CF - Udmøntning af den betinget Sundhedspulje 2021",
        "approved",
        "Godkendt.",
        case_numbers=["29.09.00-A26-1-21"],
    )
    a4 = _item(
        b,
        "alb",
        "4",
        "CF - KL Play (12.00-12.45)",
        "noted",
        "Orientering taget til efterretning.",
        case_numbers=["00.00.00-A50-1-21"],
    )
    for item_id, number, kle, facet in [
        (a1, "00.00.00-A00-2-21", "00.00.00", "A00"),
        (a2, "00.15.10-A21-1-21", "00.15.10", "A21"),
        (a3, "29.09.00-A26-1-21", "29.09.00", "A26"),
        (a4, "00.00.00-A50-1-21", "00.00.00", "A50"),
    ]:
        case = b.case(number, scheme="kle", kle=kle, facet=facet, municipality_code="0165")
        b.rel("CONCERNS", item_id, case, alb_doc, b.graph.nodes[item_id].properties["number"], number)
    b.rel("MEMBER_OF", alb, dsd, alb_doc, "2", "Albertslund Kommune er medlem af DSD")
    b.rel("CONCERNS", a2, dsd, alb_doc, "2", "Den Storkøbenhavnske Digitaliseringsforening")
    b.rel("CITES", a3, law, alb_doc, "3", "Sundhedsloven §119")
    b.rel("MENTIONS", a3, law, alb_doc, "3", "Sundhedsloven §119")
    b.rel("CONCERNS", a4, play, alb_doc, "4", "KL Play")
    b.rel("MENTIONS", a4, kl, alb_doc, "4", "KL")
    b.rel("MENTIONS", a2, kl, alb_doc, "2", "KL")
    b.rel(
        "ADOPTED",
        alb,
        play,
        alb_doc,
        "4",
        "Albertslund Kommune er tilmeldt KL Play",
        date="2021-04-06",
        date_is="on or before",
    )

    # KD-Net, 2020-01-24 (an agenda)
    kd_meeting = _meeting(b, "kdn", kdnet, "2020-01-24T10:00", kind="dagsorden")
    _item(b, "kdn", "13", "Orientering om nyt næstformandskab i KOSU", "proposed")
    d14 = _item(b, "kdn", "14", "Orientering om formandskab i DASSOS", "proposed")
    people = {
        name: b.person(name, affiliation=affiliation)
        for name, affiliation in [
            ("Lars Møller", None),
            ("Claus Brandt", None),
            ("Jesper Hosbond Jensen", None),
            ("Poul Møller", None),
            ("Niels Højberg", None),
            ("Peter Pedersen", None),
            ("Peter Sinding Poulsen", None),
            ("Jesper Thyrring Møller", "Struer"),
            ("Lone Rasmussen", "Skanderborg"),
            ("Brian Hoyer Lorentsen", "Randers"),
        ]
    }
    for absent, substitute in [
        ("Lars Møller", "Claus Brandt"),
        ("Jesper Hosbond Jensen", "Poul Møller"),
        ("Niels Højberg", "Peter Pedersen"),
    ]:
        b.rel("ATTENDED", people[absent], kd_meeting, kdn_doc, None, f"Afbud: {absent}", status="absent")
        b.rel(
            "ATTENDED",
            people[substitute],
            kd_meeting,
            kdn_doc,
            None,
            f"i stedet deltager {substitute}",
            status="substitute",
            stands_in_for=absent,
        )
    b.rel(
        "ATTENDED",
        people["Peter Sinding Poulsen"],
        kd_meeting,
        kdn_doc,
        None,
        "Afbud: Peter Sinding Poulsen",
        status="absent",
    )
    for present in ("Jesper Thyrring Møller", "Lone Rasmussen", "Brian Hoyer Lorentsen"):
        b.rel("ATTENDED", people[present], kd_meeting, kdn_doc, None, present, status="present")
    jtm = people["Jesper Thyrring Møller"]
    b.rel(
        "HOLDS_ROLE",
        jtm,
        dassos,
        kdn_doc,
        "14",
        "Jesper Thyrring Møller er formand for DASSOS",
        role="formand",
    )
    b.rel(
        "HOLDS_ROLE",
        jtm,
        hed,
        kdn_doc,
        "14",
        "kommunaldirektør i Hedensted Kommune til 31. januar 2020",
        role="kommunaldirektør",
        valid_to="2020-01-31",
    )
    b.rel(
        "HOLDS_ROLE",
        jtm,
        stru,
        kdn_doc,
        "14",
        "kommunaldirektør i Struer Kommune fra 1. februar 2020",
        role="kommunaldirektør",
        valid_from="2020-02-01",
    )
    b.rel(
        "HOLDS_ROLE",
        people["Lone Rasmussen"],
        kosu,
        kdn_doc,
        "13",
        "Lone Rasmussen, Skanderborg, næstformand",
        role="næstformand",
    )
    b.rel("MENTIONS", d14, jtm, kdn_doc, "14", "Jesper Thyrring Møller")
    b.rel("MENTIONS", d14, dassos, kdn_doc, "14", "DASSOS")
    b.rel("MEMBER_OF", hed, kdnet, kdn_doc, None, "Hedensted")
    b.rel("MEMBER_OF", stru, kdnet, kdn_doc, None, "Struer")
    b.rel("MEMBER_OF", kdnet, kl, kdn_doc, None, "KD-Net under KL")

    # Sundhedsdirektørkredsen, 2023-10-04
    _meeting(b, "sdk", sdk, "2023-10-04T13:00")
    s1 = _item(
        b,
        "sdk",
        "1",
        "Godkendelse af fremtidig placering af de to fælleskommunale sekretariater",
        "approved",
        "Sekretariaterne placeres fast i Middelfart Kommune.",
    )
    b.rel("MENTIONS", s1, middelfart, sdk_doc, "1", "Middelfart Kommune")
    b.rel("MENTIONS", s1, kl, sdk_doc, "1", "KL")
    return b.graph


def test_sample_graph_keeps_to_the_schema() -> None:
    graph = build_sample_graph()
    schema = load_schema()
    for rel in graph.rels.values():
        assert rel.source in graph.nodes and rel.target in graph.nodes, rel
        assert schema.endpoint_allowed(rel.type, rel.source_label, rel.target_label), rel
        assert set(rel.properties) == set(schema.relationships[rel.type].properties), rel.type
    for node in graph.nodes.values():
        assert set(node.properties) == set(schema.nodes[node.label].properties), node.label


def test_every_evidence_document_exists() -> None:
    graph = build_sample_graph()
    for rel in graph.rels.values():
        assert rel.properties["doc"] in graph.nodes, rel

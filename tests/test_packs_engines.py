"""Every pack on a real store: expected answers on the hand-made sample graph, and the same rows
from LadybugDB and Neo4j."""

from __future__ import annotations

import itertools
from typing import Any

import pytest

from graphbuild.querypacks import PackResult, run_pack
from graphbuild.store.base import GraphStore
from graphbuild.vocab.matching import UnmatchedName
from graphbuild.vocab.schema import load_schema

KAL_DOC = "000_8645d4613d7ff620.txt"
ALB_DOC = "001_23f430a40fc467d1.txt"
KDN_DOC = "003_1785a7f2726107e2.txt"

# (pack, parameters): every pack, several ways of naming things, and filters that empty the answer.
CALLS: list[tuple[str, dict[str, str]]] = [
    ("adopters", {"initiative": "KL Play"}),
    ("adopters", {"initiative": "kl play: sundhed- og social"}),
    ("adopters", {"initiative": "KL Plya"}),
    ("adopters", {"initiative": "KL Play", "limit": "1"}),
    ("adopters", {"initiative": "Qwxyz Zzzz"}),
    ("initiative-timeline", {"initiative": "KL Play"}),
    ("person", {"name": "Jesper Thyrring Moller"}),
    ("person", {"name": "Lars Møller"}),
    ("person", {"name": "Thyring"}),
    ("person", {"name": "Møller"}),
    ("person", {"name": "Jensen"}),
    ("person", {"name": "Hansen"}),
    ("role-holders", {"role": "formand", "organization": "DASSOS"}),
    ("role-holders", {"role": "kommunaldirektør"}),
    ("role-holders", {"organization": "KOSU"}),
    ("moves", {}),
    ("moves", {"since": "2021"}),
    ("moves", {"until": "2020"}),
    ("network-members", {"network": "DSD"}),
    ("network-members", {"network": "KD-Net"}),
    ("network-members", {"municipality": "Albertslund"}),
    ("attendance", {"body": "KD-Net", "date": "2020-01-24"}),
    ("attendance", {"body": "KD-Net", "date": "2021"}),
    ("decisions", {"municipality": "Albertslund", "outcome": "approved"}),
    ("decisions", {"body": "Kalundborg Direktion"}),
    ("decisions", {"body": "Sundhedsdirektørkredsen", "since": "2023-01-01", "until": "2023"}),
    ("decisions", {"municipality": "Albertslund", "until": "2020"}),
    ("case", {"number": "00.15.10"}),
    ("case", {"number": "00.00.00"}),
    ("case", {"number": "326-2017-43896"}),
    ("connection", {"a": "Kalundborg", "b": "Albertslund"}),
    ("connection", {"a": "Lars Møller", "b": "DASSOS"}),
    ("connection", {"a": "KL", "b": "Lars Møller"}),
    ("connection", {"a": "DASSOS", "b": "Struer"}),
    ("connection", {"a": "Jesper Thyrring Møller", "b": "DASSOS"}),
    ("connection", {"a": "DASSOS", "b": "Albertslund"}),
    ("search", {"text": "Sundhed"}),
    ("search", {"text": "Albertslnd"}),
    ("search", {"text": "KL"}),
    ("search", {"text": "Thyring"}),
    ("co-occurrence", {"name": "KL"}),
    ("co-occurrence", {"name": "Jesper Thyrring Møller"}),
]


def records(store: GraphStore, pack: str, **params: str) -> list[dict[str, Any]]:
    return run_pack(store, pack, params).records()


def test_adopters_of_kl_play_earliest_first_with_evidence(ladybug_store: GraphStore) -> None:
    rows = records(ladybug_store, "adopters", initiative="KL Play")
    assert [(r["municipality"], r["date"], r["date_is"], r["body"]) for r in rows] == [
        ("Kalundborg", "2021-02-22", "on", "Direktionen"),
        ("Albertslund", "2021-04-06", "on or before", "Chefforum"),
    ]
    assert [(r["document"], r["item"]) for r in rows] == [(KAL_DOC, "1"), (ALB_DOC, "4")]
    assert "tilmelde sig" in rows[0]["quote"]


@pytest.mark.parametrize("name", ["kl play: sundhed- og social", "KL PLAY", "KL Plya", "Sundhed og Social"])
def test_adopters_matches_aliases_and_misspellings(ladybug_store: GraphStore, name: str) -> None:
    rows = records(ladybug_store, "adopters", initiative=name)
    assert [r["municipality"] for r in rows] == ["Kalundborg", "Albertslund"]


def test_a_name_that_matches_nothing_is_a_user_error_naming_the_closest(ladybug_store: GraphStore) -> None:
    with pytest.raises(UnmatchedName, match=r"no initiative named 'Qwxyz Zzzz'; closest: .*KL Play") as caught:
        run_pack(ladybug_store, "adopters", {"initiative": "Qwxyz Zzzz"})
    assert caught.value.match.status == "none" and caught.value.match.closest


def test_an_ambiguous_name_lists_the_candidates_instead_of_merging_them(ladybug_store: GraphStore) -> None:
    with pytest.raises(UnmatchedName) as caught:
        run_pack(ladybug_store, "person", {"name": "Møller"})
    listed = {hit.candidate.name: hit.candidate.id for hit in caught.value.match.hits}
    assert set(listed) == {"Lars Møller", "Poul Møller", "Jesper Thyrring Møller"}
    assert f"id {listed['Lars Møller']}" in str(caught.value), "the ids are offered to pick one"
    assert "Struer" in str(caught.value), "the context tells the candidates apart"
    (row, *_) = records(ladybug_store, "person", name=listed["Lars Møller"])
    assert row["person"] == "Lars Møller"


def test_a_surname_typo_finds_the_person(ladybug_store: GraphStore) -> None:
    rows = records(ladybug_store, "person", name="Thyring")
    assert {r["person"] for r in rows} == {"Jesper Thyrring Møller"}
    assert [(r["name"], r["type"]) for r in records(ladybug_store, "search", text="Thyring")] == [
        ("Jesper Thyrring Møller", "Person")
    ]


def test_a_surname_answers_its_bearer_never_one_sharing_its_ending(ladybug_store: GraphStore) -> None:
    assert {r["person"] for r in records(ladybug_store, "person", name="Jensen")} == {"Jesper Hosbond Jensen"}
    with pytest.raises(UnmatchedName, match=r"^no person named 'Hansen'; closest: "):
        run_pack(ladybug_store, "person", {"name": "Hansen"})  # not Jensen, not Pedersen: other surnames


def test_initiative_timeline_runs_in_date_order_across_municipalities(ladybug_store: GraphStore) -> None:
    rows = records(ladybug_store, "initiative-timeline", initiative="KL Play")
    assert [r["date"] for r in rows] == sorted(r["date"] for r in rows)
    assert {(r["municipality"], r["event"]) for r in rows} == {
        ("Kalundborg", "adopted"),
        ("Kalundborg", "item"),
        ("Albertslund", "adopted"),
        ("Albertslund", "item"),
    }
    assert all(r["document"] and r["quote"] for r in rows)
    # an adoption's body is the recording meeting's, read from its document
    assert all(r["body"] for r in rows if r["event"] == "adopted")


def test_person_shows_roles_over_time_and_meetings(ladybug_store: GraphStore) -> None:
    rows = records(ladybug_store, "person", name="Jesper Thyrring Moller")
    assert {r["person"] for r in rows} == {"Jesper Thyrring Møller"}
    roles = {(r["role"], r["organization"], r["date"], r["until"]) for r in rows if r["kind"] == "role"}
    assert roles == {
        ("formand", "DASSOS", None, None),
        ("kommunaldirektør", "Hedensted", None, "2020-01-31"),
        ("kommunaldirektør", "Struer", "2020-02-01", None),
    }
    assert ("present", "KD-Net", "2020-01-24") in {(r["kind"], r["organization"], r["date"]) for r in rows}


def test_person_shows_absence_and_who_stood_in(ladybug_store: GraphStore) -> None:
    rows = records(ladybug_store, "person", name="Lars Møller")
    assert {(r["kind"], r["other"]) for r in rows} == {("absent", None), ("stood in for by", "Claus Brandt")}


def test_role_holders_formand_of_dassos(ladybug_store: GraphStore) -> None:
    rows = records(ladybug_store, "role-holders", role="formand", organization="DASSOS")
    assert [(r["person"], r["organization"], r["role"]) for r in rows] == [
        ("Jesper Thyrring Møller", "DASSOS", "formand")
    ]
    assert rows[0]["document"] == KDN_DOC and rows[0]["item"] == "14"


def test_moves_between_municipalities_with_dates(ladybug_store: GraphStore) -> None:
    rows = records(ladybug_store, "moves")
    assert [
        (r["person"], r["from_organization"], r["left_on"], r["to_organization"], r["started_on"]) for r in rows
    ] == [("Jesper Thyrring Møller", "Hedensted", "2020-01-31", "Struer", "2020-02-01")]
    assert records(ladybug_store, "moves", since="2021") == []
    assert len(records(ladybug_store, "moves", until="2020")) == 1
    assert records(ladybug_store, "moves", until="2019-12") == []


def test_network_members_both_ways(ladybug_store: GraphStore) -> None:
    assert [r["member"] for r in records(ladybug_store, "network-members", network="DSD")] == ["Albertslund"]
    assert [r["member"] for r in records(ladybug_store, "network-members", network="KD-Net")] == [
        "Hedensted",
        "Struer",
    ]
    networks = records(ladybug_store, "network-members", municipality="Albertslund")
    assert [r["network"] for r in networks] == ["Den Storkøbenhavnske Digitaliseringsforening"]
    assert networks[0]["document"] == ALB_DOC


def test_attendance_present_absent_and_stand_ins(ladybug_store: GraphStore) -> None:
    rows = records(ladybug_store, "attendance", body="KD-Net", date="2020-01-24")
    assert len(rows) == 10
    substitutes = {r["person"]: r["stands_in_for"] for r in rows if r["status"] == "substitute"}
    assert substitutes == {
        "Claus Brandt": "Lars Møller",
        "Poul Møller": "Jesper Hosbond Jensen",
        "Peter Pedersen": "Niels Højberg",
    }
    absent = {r["person"] for r in rows if r["status"] == "absent"}
    assert absent == {"Lars Møller", "Jesper Hosbond Jensen", "Niels Højberg", "Peter Sinding Poulsen"}
    assert records(ladybug_store, "attendance", body="KD-Net", date="2021") == []


def test_decisions_by_municipality_outcome_and_period(ladybug_store: GraphStore) -> None:
    rows = records(ladybug_store, "decisions", municipality="Albertslund", outcome="approved")
    assert [(r["item"], r["outcome"]) for r in rows] == [("1", "approved"), ("3", "approved")]
    assert all(r["body"] == "Chefforum" and r["document"] == ALB_DOC for r in rows)
    kalundborg = records(ladybug_store, "decisions", body="Kalundborg Direktion")
    assert [(r["item"], r["outcome"]) for r in kalundborg] == [
        ("1", "adopted"),
        ("2", "noted"),
        ("3", "closed"),
    ]
    assert "tilmelde sig" in kalundborg[0]["quote"]
    assert (
        len(records(ladybug_store, "decisions", body="Sundhedsdirektørkredsen", since="2023-01-01", until="2023")) == 1
    )
    assert records(ladybug_store, "decisions", municipality="Albertslund", until="2020") == []


def test_case_by_number_and_by_kle_code(ladybug_store: GraphStore) -> None:
    (row,) = records(ladybug_store, "case", number="326-2017-43896")
    assert (row["municipality"], row["body"], row["date"], row["item"]) == (
        "Kalundborg",
        "Direktionen",
        "2021-02-22",
        "1",
    )
    kle = records(ladybug_store, "case", number="00.00.00")
    assert [r["number"] for r in kle] == ["00.00.00-A00-2-21", "00.00.00-A50-1-21"]
    assert {r["municipality"] for r in kle} == {"Albertslund"}


def test_connection_steps_carry_evidence(ladybug_store: GraphStore) -> None:
    rows = records(ladybug_store, "connection", a="Kalundborg", b="Albertslund")
    assert [(r["step"], r["from_entity"], r["relation"], r["to_entity"]) for r in rows] == [
        (1, "Kalundborg", "ADOPTED", "KL Play: Sundhed og Social"),
        (2, "Albertslund", "ADOPTED", "KL Play: Sundhed og Social"),  # read in the relationship's direction
    ]
    assert [r["document"] for r in rows] == [KAL_DOC, ALB_DOC]


@pytest.mark.parametrize(
    ("a", "b"),
    [("KL", "Lars Møller"), ("Lars Møller", "KL"), ("DASSOS", "Struer"), ("Struer", "Hedensted")],
)
def test_connection_reads_from_a_to_b_whichever_end_the_search_started(
    ladybug_store: GraphStore, a: str, b: str
) -> None:
    rows = records(ladybug_store, "connection", a=a, b=b)
    assert rows, (a, b)
    assert a in (rows[0]["from_entity"], rows[0]["to_entity"])
    assert b in (rows[-1]["from_entity"], rows[-1]["to_entity"])
    assert [r["step"] for r in rows] == list(range(1, len(rows) + 1))
    for before, after in itertools.pairwise(rows):  # a chain: each step shares an entity with the next
        assert {before["from_entity"], before["to_entity"]} & {after["from_entity"], after["to_entity"]}
    schema = load_schema()
    for row in rows:  # every step reads from the relationship's source to its target
        assert schema.endpoint_allowed(row["relation"], row["from_type"], row["to_type"]), row
    assert all(r["quote"] for r in rows)


def test_connection_is_bounded_at_four_steps(ladybug_store: GraphStore) -> None:
    # DASSOS and Albertslund are six steps apart in the sample graph (through an item, a meeting,
    # KD-Net, KL and KL Play); the pack looks no further than four
    assert records(ladybug_store, "connection", a="DASSOS", b="Albertslund") == []
    four = records(ladybug_store, "connection", a="KL", b="Lars Møller")
    assert len(four) == 3


def test_connection_picks_the_same_path_whatever_the_statement_that_found_it(ladybug_store: GraphStore) -> None:
    """One step, two steps and the general search are separate statements on LadybugDB; each gives
    the path of the smallest key among the shortest, as the one shortest-path search would."""
    one = records(ladybug_store, "connection", a="Jesper Thyrring Møller", b="DASSOS")
    assert [(r["from_entity"], r["relation"], r["to_entity"]) for r in one] == [
        ("Jesper Thyrring Møller", "HOLDS_ROLE", "DASSOS")
    ]
    two = records(ladybug_store, "connection", a="Struer", b="Hedensted")
    assert [(r["from_entity"], r["relation"], r["to_entity"]) for r in two] == [
        ("Struer", "MEMBER_OF", "KD-Net"),
        ("Hedensted", "MEMBER_OF", "KD-Net"),
    ]


def test_search_is_fuzzy_and_counts_mentions(ladybug_store: GraphStore) -> None:
    rows = records(ladybug_store, "search", text="Sundhed")
    assert rows[0]["name"] == "KL Play: Sundhed og Social" and rows[0]["type"] == "Initiative"
    assert rows[0]["mentions"] == 2 and rows[0]["documents"] == 2
    assert {r["type"] for r in rows} >= {"Law", "Organization"}
    partial = {r["name"] for r in records(ladybug_store, "search", text="KL")}
    assert {"KL", "KL Play: Sundhed og Social"} <= partial  # an exact hit does not hide the others
    misspelt = records(ladybug_store, "search", text="Albertslnd")
    assert [(r["name"], r["type"]) for r in misspelt] == [("Albertslund", "Municipality")]


def test_co_occurrence_ranks_by_shared_items(ladybug_store: GraphStore) -> None:
    rows = records(ladybug_store, "co-occurrence", name="KL")
    assert rows[0]["entity"] == "KL Play: Sundhed og Social" and rows[0]["items"] == 2
    assert [r["items"] for r in rows] == sorted((r["items"] for r in rows), reverse=True)
    assert "KL" not in {r["entity"] for r in rows}


@pytest.mark.neo4j
@pytest.mark.parametrize(("pack", "params"), CALLS, ids=[f"{p}-{i}" for i, (p, _) in enumerate(CALLS)])
def test_both_engines_return_identical_rows(
    ladybug_store: GraphStore, neo4j_store: GraphStore, pack: str, params: dict[str, str]
) -> None:
    answers = []
    for store in (ladybug_store, neo4j_store):
        try:
            result: PackResult = run_pack(store, pack, params)
        except UnmatchedName as error:  # a name matching nothing: the same message from both
            answers.append(("error", str(error)))
        else:
            answers.append((result.columns, result.rows))
    assert answers[0] == answers[1]


def test_every_pack_is_exercised() -> None:
    from graphbuild.pack_files import list_packs

    assert {pack.name for pack in list_packs()} == {pack for pack, _ in CALLS}


@pytest.mark.neo4j
def test_case_finds_its_cases_by_index_on_neo4j(neo4j_store: GraphStore) -> None:
    """A case by its number or its KLE prefix is an index seek, not a read of every Case node."""
    from graphbuild.pack_files import get_pack
    from graphbuild.store.neo4j import Neo4jStore

    assert isinstance(neo4j_store, Neo4jStore)
    cypher = get_pack("case").statements_for("neo4j")[0]
    with neo4j_store.driver.session(database=neo4j_store.database) as session:
        plan = session.run(f"EXPLAIN {cypher}", {"number": "00.15.10", "limit": 10}).consume().plan

    def operators(step: dict[str, Any]) -> list[str]:
        here = f"{step['operatorType']} {step.get('args', {}).get('Details', '')}"
        return [here, *(o for child in step.get("children", []) for o in operators(child))]

    found = operators(plan) if isinstance(plan, dict) else []
    assert any("IndexSeek" in o and "Case(number)" in o for o in found), found
    assert any("IndexSeek" in o and "Case(kle)" in o for o in found), found
    assert not any(o.startswith("NodeByLabelScan") and ":Case" in o for o in found), found

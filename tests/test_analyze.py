"""Graph analytics: bridges, communities and the adoption curve, on a graph whose answers are known
by construction."""

from __future__ import annotations

import pytest

from graphbuild.analyze import adoption_curve, bridges, communities
from graphbuild.errors import UserError
from graphbuild.graph_builder import GraphBuilder
from graphbuild.models import Graph

DOC = "0123456789abcdef"


def _two_clusters() -> tuple[Graph, str]:
    """North: A, B, C in network N1; South: D, E in N2; C is also in N2, and Holm chairs both."""
    b = GraphBuilder()
    north, south = b.organization("Nordnet", kind="network"), b.organization("Sydnet", kind="network")
    towns = {name: b.municipality(code, name, region=region) for code, name, region in [
        ("0101", "Alby", "Region Nordjylland"), ("0102", "Bby", "Region Nordjylland"),
        ("0103", "Cby", "Region Nordjylland"), ("0104", "Dby", "Region Syddanmark"),
        ("0105", "Eby", "Region Syddanmark"),
    ]}  # fmt: skip
    for town in ("Alby", "Bby", "Cby"):
        b.rel("MEMBER_OF", towns[town], north, DOC)
    for town in ("Cby", "Dby", "Eby"):
        b.rel("MEMBER_OF", towns[town], south, DOC)
    holm = b.person("Anne Holm")
    b.rel("HOLDS_ROLE", holm, north, DOC, role="formand")
    b.rel("HOLDS_ROLE", holm, south, DOC, role="formand")
    play = b.initiative("KL Play")
    for town, date in [("Alby", "2021-03-08"), ("Bby", "2021-03-08"), ("Dby", "2021-06-14"), ("Eby", "2022-01-01")]:
        b.rel("ADOPTED", towns[town], play, DOC, date=date, date_is="on")
    b.rel("ADOPTED", towns["Alby"], play, "fedcba9876543210", date="2022-05-01", date_is="on")  # told again later
    return b.graph, play


def test_the_bridges_are_the_member_and_the_person_in_both_networks() -> None:
    graph, _ = _two_clusters()
    rows = bridges(graph).records()
    assert {rows[0]["name"], rows[1]["name"]} == {"Cby", "Anne Holm"}
    assert rows[0]["organizations"] == ["Nordnet", "Sydnet"]
    assert "Bby" not in {r["name"] for r in rows}  # in one network only: on no shortest path between others


def test_communities_follow_shared_networks_and_initiatives() -> None:
    graph, _ = _two_clusters()
    rows = communities(graph, min_shared=2).records()
    groups: dict[int, set[str]] = {}
    for row in rows:
        groups.setdefault(row["community"], set()).add(row["municipality"])
    assert {"Alby", "Bby"} <= next(g for g in groups.values() if "Alby" in g)
    assert "Eby" in next(g for g in groups.values() if "Dby" in g)
    assert next(g for g in groups.values() if "Alby" in g) != next(g for g in groups.values() if "Dby" in g)


def test_the_adoption_curve_counts_each_municipality_once_at_its_first_date() -> None:
    graph, play = _two_clusters()
    rows = adoption_curve(graph, [play]).records()
    assert [(r["date"], r["new"], r["cumulative"]) for r in rows] == [
        ("2021-03-08", 2, 2),
        ("2021-06-14", 1, 3),
        ("2022-01-01", 1, 4),
    ]
    assert rows[-1]["cumulative_by_region"] == {"Region Nordjylland": 2, "Region Syddanmark": 2}


def test_an_empty_graph_answers_empty_tables_and_a_missing_initiative_is_an_error() -> None:
    assert bridges(Graph()).rows == [] and communities(Graph()).rows == []
    with pytest.raises(UserError):
        adoption_curve(Graph(), [])

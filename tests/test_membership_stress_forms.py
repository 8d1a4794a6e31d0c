"""Membership readers under the changes publishers make (issue 13 item 3): the statements of dev-write
documents rewritten the way other publishers write them, and the near misses of each. The positive
sentences quote dev-write documents (svjb-webpage-om-os, laesoe-news-lag-bestyrelsen-samsoe) or put their
bodies and municipalities into the forms the README names."""

from __future__ import annotations

from pathlib import Path

from text_facts import facts_of_text, named_relations

from graphbuild.models import DocumentFacts

CORPUS = Path(__file__).resolve().parent / "realworld"
MINUTES = "Referat\nMøde i Børne- og Familieudvalget den 8. juni 2021\n\n69. Godkendelse af dagsorden\n\nSagstema\n\n"


def members(facts: DocumentFacts) -> set[tuple[str, str]]:
    return {(member, network) for member, network, _ in named_relations(facts, "MEMBER_OF")}


def test_a_joint_body_covering_its_municipalities_is_their_network(tmp_path: Path) -> None:
    # a joint body's own word before "omfatter": the members of the cooperation
    text = (
        MINUTES
        + "Hovedstadens Beredskab er et fælles beredskab, som omfatter kommunerne Albertslund, Brøndby og Glostrup.\n"
    )
    assert members(facts_of_text(tmp_path, text)) == {
        (m, "Hovedstadens Beredskab") for m in ("Albertslund", "Brøndby", "Glostrup")
    }


def test_a_list_in_minutes_belongs_to_the_network_named_before_it(tmp_path: Path) -> None:
    text = (
        MINUTES
        + "LAG LLSÆ består af følgende kommuner:\n\nLangeland Kommune\nLæsø Kommune\nSamsø Kommune\nÆrø Kommune\n\n"
        + "Indstilling\n\nTil orientering.\n"
    )
    found = members(facts_of_text(tmp_path, text))
    assert {network for _, network in found} == {"LAG LLSÆ"}  # never the committee whose minutes these are
    assert {member for member, _ in found} == {"Langeland", "Læsø", "Samsø", "Ærø"}


def test_a_reference_back_in_minutes_is_never_the_item_title(tmp_path: Path) -> None:
    text = MINUTES + "Foreningen består af Langeland, Læsø, Samsø og Ærø Kommuner.\n"
    assert members(facts_of_text(tmp_path, text)) == set()


def test_a_committee_heading_its_minutes_is_no_network_of_a_list(tmp_path: Path) -> None:
    # roedovre-klima-natur-2025-12-02 (dev-write) opens with its committee's heading, "Klima- og Naturudvalget
    # 2018-25"; a list of member municipalities put into its first case belongs to the body the statement
    # names, never to the committee (README `memberships`: a municipality's own committees are no networks)
    minutes = (CORPUS / "docs" / "roedovre-klima-natur-2025-12-02.txt").read_text(encoding="utf-8")
    statement = (
        "Fjordlandets Vandsamarbejde består af følgende kommuner:\n\n"
        "Høje-Taastrup Kommune\nLyngby-Taarbæk Kommune\nFrederikssund Kommune\n\n"
    )
    text = minutes.replace("Sagens kerne\n", "Sagens kerne\n\n" + statement, 1)
    found = members(facts_of_text(tmp_path, text))
    assert found == {(m, "Fjordlandets Vandsamarbejde") for m in ("Høje-Taastrup", "Lyngby-Taarbæk", "Frederikssund")}

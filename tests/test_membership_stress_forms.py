"""Membership readers under the changes publishers make (issue 13 item 3): the statements of dev-write
documents rewritten the way other publishers write them, and the near misses of each. The positive
sentences quote dev-write documents (svjb-webpage-om-os, laesoe-news-lag-bestyrelsen-samsoe) or put their
bodies and municipalities into the forms the README names."""

from __future__ import annotations

from pathlib import Path

from text_facts import facts_of_text, named_relations

from graphbuild.models import DocumentFacts

MINUTES = (
    "Referat\nMøde i Børne- og Familieudvalget den 8. juni 2021\n\n"
    "69. Godkendelse af dagsorden\n\nSagstema\n\n"
)


def members(facts: DocumentFacts) -> set[tuple[str, str]]:
    return {(member, network) for member, network, _ in named_relations(facts, "MEMBER_OF")}


def test_a_joint_body_covering_its_municipalities_is_their_network(tmp_path: Path) -> None:
    # a joint body's own word before "omfatter": the members of the cooperation
    text = MINUTES + "Hovedstadens Beredskab er et fælles beredskab, som omfatter kommunerne Albertslund, Brøndby og Glostrup.\n"
    assert members(facts_of_text(tmp_path, text)) == {
        (m, "Hovedstadens Beredskab") for m in ("Albertslund", "Brøndby", "Glostrup")
    }


def test_a_body_covering_municipalities_states_no_membership(tmp_path: Path) -> None:
    # svjb-webpage-om-os says "… har borgerne i Esbjerg, Fanø og Varde Kommuner haft ét fælles beredskab samlet
    # under navnet Sydvestjysk Brandvæsen"; the area a body serves is no membership (README `memberships`)
    for sentence in (
        "Sydvestjysk Brandvæsen dækker Esbjerg, Fanø og Varde Kommuner.",
        "Sydvestjysk Brandvæsen omfatter Esbjerg, Fanø og Varde Kommuner.",
    ):
        assert members(facts_of_text(tmp_path, MINUTES + sentence + "\n")) == set()


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

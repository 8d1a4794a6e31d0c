"""Covering states a membership only as a joint body's (README `memberships`: a body only serving, covering or located
in municipalities, with no word of membership, gives no row): "Samarbejdet omfatter A, B og C", "et fælles beredskab,
som omfatter kommunerne …", a KKR that names its municipalities; not "X dækker A, B og C"."""

from __future__ import annotations

from pathlib import Path

import pytest
from text_facts import facts_of_text, named_relations

HEADER = "Nyheder\n\n"


def members_of(tmp_path: Path, body: str) -> set[tuple[str, str]]:
    facts = facts_of_text(tmp_path, HEADER + body)
    return {(member, network) for member, network, _ in named_relations(facts, "MEMBER_OF")}


@pytest.mark.parametrize(
    "text",
    [
        # a service covering the municipalities it serves
        "Sydvestjysk Brandvæsen dækker Esbjerg, Varde og Fanø Kommuner.",
        "Vadehavssekretariatet omfatter kommunerne Tønder, Esbjerg, Fanø og Varde.",
        # kkr-nordjylland-webpage (dev): the municipalities unnamed
        "KKR Nordjylland omfatter de 11 kommuner i Region Nordjylland. Der bor lidt under 600.000 indbyggere i "
        "Region Nordjylland.",
    ],
)
def test_covering_is_no_membership(tmp_path: Path, text: str) -> None:
    assert members_of(tmp_path, text) == set()


@pytest.mark.parametrize(
    ("text", "network", "members"),
    [
        (
            "Hovedstadens Beredskab er et fælles beredskab, som omfatter kommunerne Albertslund, Brøndby, "
            "Glostrup og Hvidovre.",
            "Hovedstadens Beredskab",
            {"Albertslund", "Brøndby", "Glostrup", "Hvidovre"},
        ),
        # a KKR that names its municipalities (README `memberships`)
        (
            "KKR Nordjylland omfatter kommunerne Aalborg, Brønderslev, Frederikshavn og Hjørring.",
            "KKR Nordjylland",
            {"Aalborg", "Brønderslev", "Frederikshavn", "Hjørring"},
        ),
    ],
)
def test_joint_body_covering_its_members(tmp_path: Path, text: str, network: str, members: set[str]) -> None:
    assert members_of(tmp_path, text) == {(m, network) for m in members}

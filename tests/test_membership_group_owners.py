"""The named owners or members of a body that opens its sentence, listed beside an unnamed group of municipalities
(membership_group_owners): each named member a row, the unnamed group none; and the near misses that give nothing (a
reference back, a programme, a sub-body, a project, the group alone, a named owner with no group, a body that is not
the sentence's subject, an appointment). The excerpts are dev-write's, quoted as printed."""

from __future__ import annotations

from pathlib import Path

import pytest
from text_facts import member_pairs_of_text

from graphbuild.extract.membership_group_owners import subject_may_be_body


@pytest.mark.parametrize(
    ("text", "network", "members"),
    [
        # a news item's box on the body, its heading glued to the sentence: the body the text names again on its own
        (
            "… repræsentanter fra Region Syddanmark og de fynske kommuner, der sammen ejer Fynbus, torsdag holdt "
            "møde.\n\nOm Fynbus Fynbus ejes af Region Syddanmark og de fynske kommuner på nær Ærø.",
            "Fynbus",
            {"Region Syddanmark"},
        ),
        # a body's own page: a region, a municipality abroad, a university and a college beside the group
        (
            "NordDanmarks EU-kontor (NDEU) er etableret og ejet af de 11 nordjyske kommuner og Region Nordjylland, "
            "Sermersooq kommune i Grønland, Aalborg Universitet og University College Nordjylland.\n"
            "NordDanmarks EU-kontor har til formål at facilitere samarbejde.",
            "NordDanmarks EU-kontor",
            {"Region Nordjylland", "Sermersooq kommune", "Aalborg Universitet", "University College Nordjylland"},
        ),
        # the body by its abbreviation, a cooperation between the group and a region (a party branch's news)
        (
            "Morgens Christen Gade (V) bliver ny formand for Business Region North Denmark (BRN).\n\n"
            "BRN er et erhvervspolitisk samarbejde mellem de 11 nordjyske kommuner og Region Nordjylland, og har til "
            "formål at fremme og igangsætte initiativer.",
            "BRN",
            {"Region Nordjylland"},
        ),
    ],
)
def test_the_named_members_beside_an_unnamed_group(tmp_path: Path, text: str, network: str, members: set[str]) -> None:
    found = member_pairs_of_text(tmp_path, text)
    assert {m for m, n in found if n == network} == members


@pytest.mark.parametrize(
    "text",
    [
        # a reference back to a programme: joining Cykelalliance Syd is an adoption (dev-write, Sønderborg)
        "Sønderborg Kommune siger ja tak til invitationen om at være med i Cykelalliance Syd. Den er et samarbejde "
        "mellem Region Syddanmark og de 12 sydjyske kommuner, der ligger i regionen.",
        # a reference back by the body's kind
        "Selskabet ejes af Region Syddanmark og de fynske kommuner. Selskabet driver busserne.",
        # a body's own sub-body
        "Bestyrelsen i Fynbus består af Region Syddanmark og de fynske kommuner. Fynbus kører busser.",
        # a project is no body
        "Projektet ejes af Region Syddanmark og de fynske kommuner. Projektet er godt.",
        # the group alone names no member
        "Fynbus ejes af de fynske kommuner. Fynbus kører busser.",
        # one named owner and no group: a company's owner, not a network's
        "Fynbus ejes af Region Syddanmark. Fynbus kører busser.",
        # the body is not the sentence's subject
        "Busserne kører for Fynbus der ejes af Region Syddanmark og de fynske kommuner. Fynbus kører busser.",
        # an appointment, no membership
        "Fynbus består af repræsentanter udpeget af Region Syddanmark og de fynske kommuner. Fynbus kører busser.",
    ],
)
def test_no_row_for_a_near_miss(tmp_path: Path, text: str) -> None:
    assert not member_pairs_of_text(tmp_path, text)


@pytest.mark.parametrize(
    ("name", "acceptable"),
    [
        ("Fynbus", True),
        ("NordDanmarks EU-kontor", True),
        ("Anne Hansen", False),  # a person
        ("Nordjylland", False),  # a place
        ("Region Syddanmark", False),  # a region is a member, not the body
        ("Projekt Nordlys", False),  # a project
        ("Repræsentantskabet", False),  # a body's own word
        ("Bestyrelsen", False),  # a sub-body
    ],
)
def test_what_the_body_may_be(name: str, acceptable: bool) -> None:
    assert subject_may_be_body(name) is acceptable

"""An employee's title in a company's board minutes is held in the company, not in its board; the board's own seats
stay the board's. Forms quoted (shortened) from dev-write documents of tests/realworld/ (Sydtrafik, FynBus,
Midttrafik, Væksthus Hovedstadsregionen print their staff beside the board); the test split is never read while
writing these rules."""

from __future__ import annotations

from pathlib import Path

import pytest

from graphbuild.extract.role_board_staff import is_employee_title
from graphbuild.parse.body_owner import board_owner
from tests.text_facts import facts_of_text, meeting_of_text, named_relations


@pytest.mark.parametrize(
    ("body", "owner"),
    [
        ("Bestyrelsen i Sydtrafik", "Sydtrafik"),  # sydtrafik-bestyrelse-2010-11-29
        ("Repræsentantskabet i Midttrafik", "Midttrafik"),  # midttrafik-repraesentantskab-2008-05-23
        ("FynBus Bestyrelse", "FynBus"),  # fynbus-bestyrelse-2016-12-08
        ("Bestyrelse Væksthus Hovedstadsregionen", "Væksthus Hovedstadsregionen"),  # vaeksthus-hovedstadsregionen
        ("DSKF, bestyrelsen", "DSKF"),  # dskf-bestyrelse-2021-12-09
        # idraetssamvirket-frederikshavn-generalforsamling-2020-06-18: a general meeting's owner
        ("Generalforsamlingen i Idrætssamvirket", "Idrætssamvirket"),
    ],
)
def test_the_owner_a_boards_name_says(body: str, owner: str) -> None:
    assert board_owner(body) == owner


@pytest.mark.parametrize(
    "body",
    [
        "Skagen Bytings bestyrelse",  # a genitive's "s" before the board's word in lower case: no owner read
        "Bestyrelsen for Nordfyns Kommune",  # a municipality's
        "Kommunalbestyrelsen",
        "Bestyrelsen",
    ],
)
def test_no_owner_of_the_board(body: str) -> None:
    assert board_owner(body) is None


@pytest.mark.parametrize(
    ("role", "employee"),
    [
        ("direktør", True),
        ("afdelingsleder", True),
        ("kontrakt- og flexchef", True),
        ("kommunikationsmedarbejder", True),
        ("konstitueret direktør", True),
        ("formand", False),
        ("bestyrelsesmedlem", False),
        ("referent", False),
        ("mødeleder", False),
        ("kommunaldirektør", False),  # a member municipality's own post
        ("medarbejderrepræsentant", False),  # a seat on the board
    ],
)
def test_employee_titles(role: str, employee: bool) -> None:
    assert is_employee_title(role) is employee


_SYDTRAFIK = (
    "Bestyrelsesmøde i Sydtrafik\n\n1 J.nr.: Dato: Initialer: CN Bestyrelsesmøde i Sydtrafik Dagsorden Tid: Mandag "
    "den 29. november 2010, kl Sted: Mødelokale 4, Banegårdspladsen 5, 6600 Vejen Medlemmer: Poul Rosendahl Iver "
    "Pedersen Bente Bendix Jensen Øvrige: Direktør H. C. Bonde Afdelingsleder Kirsten Therkildsen (ref.) "
    "Kommunikationsmedarbejder Karen Stoustrup Afbud sker til Ulla Grosmann eller på tlf.:\n\n"
    "85/10 Sager til orientering\n\nTil orientering.\n"
)


def test_the_staff_of_a_companys_board_minutes_are_the_companys(tmp_path: Path) -> None:
    assert meeting_of_text(_SYDTRAFIK).body_owner == "Sydtrafik"
    held = {
        (person, props.get("role"), target)
        for person, target, props in named_relations(facts_of_text(tmp_path, _SYDTRAFIK), "HOLDS_ROLE")
    }
    assert ("H. C. Bonde", "direktør", "Sydtrafik") in held
    assert ("Kirsten Therkildsen", "afdelingsleder", "Sydtrafik") in held
    # the board's own members stay the board's
    assert ("Poul Rosendahl", "medlem", "Bestyrelsen i Sydtrafik") in held

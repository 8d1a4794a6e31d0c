"""The municipality a national association's local branch is named for, as its pages' address names it
("aeldresagen.dk/lokalafdelinger/odense/…": Odense), for the branch's own meeting when its text names no
municipality (dev-write: Ældre Sagen Odense and Rødovre right, Ældre Sagen Farum, a town that is no
municipality, none, as its gold); any other path, a quarter's or a former municipality's name, a body of wider
reach or a header naming another municipality give none."""

from __future__ import annotations

import pytest

from graphbuild.extract import extract_facts
from graphbuild.parse import parse_meeting
from graphbuild.parse.branch_address import branch_municipality
from graphbuild.sources import source_from_text


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://externaledit.aeldresagen.dk/lokalafdelinger/odense/referater/juni", "Odense"),
        ("https://www.aeldresagen.dk/lokalafdelinger/Roedovre/Meddelelser-fra-bestyrelsen", "Rødovre"),
        ("https://www.example.dk/lokalforeninger/k%C3%B8ge/referat", "Køge"),
        # a town that is no municipality (Farum, part of Furesø), a quarter, a district of several
        ("https://www.aeldresagen.dk/lokalafdelinger/farum/aarsmoede/referat", None),
        ("https://www.example.dk/lokalafdelinger/odense-nord/referat", None),
        ("https://www.example.dk/lokalafdelinger/lolland-falster/referat", None),
        # a municipality's name under any other word: a housing association's estate, a news section
        ("https://www.example.dk/afdelinger/odense/referat", None),
        ("https://www.example.dk/nyheder/odense/referat", None),
        ("https://www.aeldresagen.dk/lokalafdelinger", None),
        (None, None),
    ],
)
def test_the_branch_an_address_names(url: str | None, expected: str | None) -> None:
    found = branch_municipality(url)
    assert (found.name if found else None) == expected


# aeldresagen-odense-bestyrelse-2025-06-06 (opening)
PAGE = (
    "Søg på lokalafdelingens hjemmeside\nLogo\n\njuni\n\nReferat\n\n"
    "                    Bestyrelsesmøde i Odense Lokalafdeling\n\n"
    "                    Dato og klokkeslæt: fredag, den 06. juni 25 kl. 10.00-13.00\n\n"
    "   Mødelokale: Kochsgade 23B\n\n"
    "   Deltagere:   Helle Frøslev, Karin Petersen, Kim Slott, Sonja Vind,\n\n"
    "  1. Godkendelse af dagsordenen. Godkendt.\n  2. Økonomi.\n\n"
    "        Kassererne var desværre forhindret i at deltage i mødet.\n"
)
BRANCH = "https://externaledit.aeldresagen.dk/lokalafdelinger/odense/referater/juni"


def _municipality(text: str, url: str) -> str | None:
    facts = extract_facts(parse_meeting(source_from_text(text, url=url)))
    return facts.municipality.name if facts.municipality else None


def test_a_branchs_meeting_is_the_municipality_its_address_names() -> None:
    assert _municipality(PAGE, BRANCH) == "Odense"


def test_a_branch_of_a_town_that_is_no_municipality_gives_none() -> None:
    page = PAGE.replace("Odense Lokalafdeling", "Farum Lokalafdeling")
    assert _municipality(page, BRANCH.replace("/odense/", "/farum/")) is None


def test_a_header_naming_another_municipality_gives_none() -> None:
    page = PAGE.replace("   Mødelokale: Kochsgade 23B", "   Mødelokale: Nordfyns Kommune, Otterup")
    assert _municipality(page, BRANCH) is None


def test_a_body_of_wider_reach_gives_none() -> None:
    page = PAGE.replace("Bestyrelsesmøde i Odense Lokalafdeling", "Møde i Direktørkredsen")
    assert _municipality(page, BRANCH) is None

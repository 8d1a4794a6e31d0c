"""A membership only invited to ("har modtaget en invitation til at blive medlemmer af X") or declined ("har takket
nej til at deltage i X") states none (README `memberships`: invited, proposed or refused is no row); an invitation
accepted ("har takket ja til invitationen og er nu medlemmer af X") states one."""

from __future__ import annotations

from pathlib import Path

import pytest
from text_facts import member_pairs_of_text

HEADER = "Referat\nMøde i Økonomiudvalget den 1. marts 2022\n\nPunkt 1: Orientering\n\n"


@pytest.mark.parametrize(
    "text",
    [
        "Favrskov og Syddjurs Kommuner har modtaget en invitation til at blive medlemmer af Business Region Aarhus.",
        "Favrskov og Syddjurs Kommuner har takket nej til at deltage i Business Region Aarhus.",
    ],
)
def test_invited_or_declined_is_none(tmp_path: Path, text: str) -> None:
    assert member_pairs_of_text(tmp_path, HEADER + text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Favrskov og Syddjurs Kommuner har takket ja til invitationen og er nu medlemmer af Business Region Aarhus.",
        "Favrskov og Syddjurs Kommuner har takket ja til at blive medlemmer af Business Region Aarhus.",
    ],
)
def test_an_invitation_accepted_stands(tmp_path: Path, text: str) -> None:
    found = member_pairs_of_text(tmp_path, HEADER + text)
    assert {m for m, n in found if n == "Business Region Aarhus"} == {"Favrskov", "Syddjurs"}

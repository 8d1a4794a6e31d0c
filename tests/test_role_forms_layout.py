"""Roles read from a page's layout rather than its phrases (issue 13 item 4), one table: the block of entries
under a heading of members (whatever each entry prints after the name: a status, a party). Each case is an
excerpt in the shape real pages print it (names as printed in a dev document of tests/realworld where one is
quoted, else invented), with the (person, role) facts it must give and those it must not give."""

from __future__ import annotations

from pathlib import Path

import pytest
from text_facts import role_pairs_of_text

Pairs = set[tuple[str, str]]  # (person, role)

MINUTES = "Referat af møde i Regionsrådet\nTirsdag den 22. marts 2022 kl. 17.00\n\n"
COMMITTEE = "Referat af møde i Teknik- og Miljøudvalget\nTirsdag den 3. marts 2020 kl. 16.00\n\n"

CASES: list[tuple[str, str, str, Pairs, Pairs]] = [
    (
        "'Medlemmer' on its own line over bulleted entries each with a status after a colon; one absent with a "
        "stand-in (Region Hovedstaden)",
        MINUTES,
        "Medlemmer\n\n • Lars Gaardhøj: Deltog\n • Sofie de Bretteville Olsen: Afbud (Stedfortræder Jarl Feyling, "
        "fraværende ved sag 1-4. )\n • Leila Lindén: Deltog\n\n1. Godkendelse af dagsorden\n\nGodkendt.\n",
        {("Lars Gaardhøj", "medlem"), ("Sofie de Bretteville Olsen", "medlem"), ("Leila Lindén", "medlem")},
        {("Jarl Feyling", "medlem")},
    ),
    (
        "the same block under 'Udvalgets medlemmer:', statuses in another casing",
        COMMITTEE,
        "Udvalgets medlemmer:\n\n• Henrik Sørensen: deltog\n• Mette Holm: afbud\n• Jens Krogh: DELTOG\n\n"
        "1. Godkendelse af dagsorden\n\nGodkendt.\n",
        {("Henrik Sørensen", "medlem"), ("Mette Holm", "medlem"), ("Jens Krogh", "medlem")},
        set(),
    ),
    (
        "a heading of those absent over the block is no list of members",
        COMMITTEE,
        "Fraværende medlemmer\n\n • Henrik Sørensen: Afbud\n • Mette Holm: Afbud\n\n1. Godkendelse af dagsorden\n\n"
        "Godkendt.\n",
        set(),
        {("Henrik Sørensen", "medlem"), ("Mette Holm", "medlem")},
    ),
    (
        "a block of statuses under a heading that names no members ('Deltagere') gives no member",
        COMMITTEE,
        "Deltagere\n\n • Henrik Sørensen: Deltog\n • Mette Holm: Afbud\n\n1. Godkendelse af dagsorden\n\nGodkendt.\n",
        set(),
        {("Henrik Sørensen", "medlem"), ("Mette Holm", "medlem")},
    ),
]


@pytest.mark.parametrize(("form", "header", "text", "expected", "forbidden"), CASES, ids=[c[0][:60] for c in CASES])
def test_role_forms_by_layout(
    tmp_path: Path, form: str, header: str, text: str, expected: Pairs, forbidden: Pairs
) -> None:
    found = role_pairs_of_text(tmp_path, header + text)
    assert expected <= found, f"{form}: missing {expected - found}"
    assert not forbidden & found, f"{form}: wrongly found {forbidden & found}"

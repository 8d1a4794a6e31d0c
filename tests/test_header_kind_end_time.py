"""Minutes whose header fills in when the meeting ended ("Mødet slut: Kl. 19.00", "Mødet afsluttet: kl. 22:50"):
an agenda is written before the meeting and can print the field only empty. Snippets quoted from a former
municipality's committee extract (frederikssund-oekonomiudvalget-2002-01-21) and a council's minutes
(hjoerring-byraadet-docplayer, dev-write); the near miss is the field left empty, as an agenda prints it."""

from __future__ import annotations

import pytest

from graphbuild.parse import parse_meeting
from graphbuild.sources import source_from_text

_EXTRACT_HEAD = (
    "Økonomiudvalget den 21. januar 2002 Side 1 af 9 FREDERIKSSUND KOMMUNE U DSKRIFT Økonomiudvalget 21. januar "
    "2002 kl. 16.00 i mødelokale 2 Mødedeltagere: Knud B. Christoffersen, Lis Olsen. Fraværende: "
)
_ITEMS = (
    " Indholdsfortegnelse Åbne møde Sag nr. 8 Anlægsregnskab for projekt nr. 222033\n\n"
    "Sag nr. 8 Anlægsregnskab for projekt nr. 222033 Frederikssund Havn\nSagsfremstilling\nProjektet er nu færdigt.\n"
    "Sag nr. 9 Slidlags- og fortovsarbejder i 2001\nSagsfremstilling\nAnlægsregnskab.\n"
)


@pytest.mark.parametrize("end", ["Mødet slut: Kl. 1 9.0 0", "Mødet afsluttet: kl. 22:50", "Mødet slut kl. 18.19."])
def test_a_filled_end_time_makes_minutes(end: str) -> None:
    assert parse_meeting(source_from_text(_EXTRACT_HEAD + end + _ITEMS)).kind == "referat"


@pytest.mark.parametrize("end", ["Mødet slut:", "Mødet slut: Mødested: Rådhuset", "Mødet slutter ca. kl. 17.00"])
def test_an_empty_or_planned_end_leaves_the_kind_open(end: str) -> None:
    assert parse_meeting(source_from_text(_EXTRACT_HEAD + end + _ITEMS)).kind != "referat"

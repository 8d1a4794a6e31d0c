"""A municipality before the 2007 reform heading or named in a municipal body's header is the meeting's own, by
its own name (README: "a pre-2007 municipality by its own name"); from 2007 on, the one it became part of."""

from __future__ import annotations

from graphbuild.extract import extract_facts
from graphbuild.parse import parse_meeting
from graphbuild.sources import source_from_text


def _municipality(text: str) -> str | None:
    facts = extract_facts(parse_meeting(source_from_text(text)))
    return facts.municipality.name if facts.municipality else None


# egebjerg-oekonomiudvalget-2002-03-07: the former municipality heads the document
EGEBJERG = (
    "1 Egebjerg Kommune Økonomiudvalget Referat Dato: Torsdag den 07-marts-2002 Udvalgsværelse II\n\n"
    "1. Meddelelser\n\nBeslutning\n\nTaget til efterretning.\n"
)
# spoettrup-kommunalbestyrelsen-2004-06-24: named under the body, the date and the room, not first
SPOETTRUP = (
    "Referat\n\nfor\n\nKommunalbestyrelsen\n\n\ntorsdag den 24. juni 2004 kl. 17:00\n\nBlåt mødelokale\n\n"
    "Spøttrup Kommune\n\nKirke Alle 1\n\nRamsing\n\n7860 Spøttrup\n\n49. Spørgetid\n\nBeslutning\n\nIngen spørgsmål.\n"
)


def test_a_former_municipality_heading_minutes_before_the_reform_is_theirs_by_its_own_name() -> None:
    assert _municipality(EGEBJERG) == "Egebjerg"


def test_the_one_former_municipality_a_municipal_header_names_is_theirs() -> None:
    assert _municipality(SPOETTRUP) == "Spøttrup"


def test_from_the_reform_on_no_meeting_is_the_former_municipalitys() -> None:
    assert _municipality(SPOETTRUP.replace("2004", "2008")) != "Spøttrup"
    assert _municipality(EGEBJERG.replace("2002", "2008")) == "Svendborg"  # Egebjerg became part of Svendborg


def test_a_body_of_unknown_reach_is_given_no_former_municipality_named_low_in_its_header() -> None:
    board = SPOETTRUP.replace("Kommunalbestyrelsen", "Bestyrelsen for Ramsing Vandværk")
    assert _municipality(board) is None

"""A seat titled by one body of an organisation ("bestyrelsesformand", "repræsentantskabsmedlem") printed in the
minutes of another of its bodies is held in the organisation; a seat of the meeting's own body stays there. Forms
quoted (shortened) from dev-write documents of tests/realworld/ (Midttrafik's council of representatives, FynBus's
board, the general meeting of Foreningen for Kommunal- og Forvaltningsret); the test split is never read while
writing these rules."""

from __future__ import annotations

from pathlib import Path

from tests.text_facts import facts_of_text, meeting_of_text, named_relations

_MIDTTRAFIK = (
    "Referat fra Repræsentantskabsmøde i Midttrafik\n\n1 Dato Journalnr Sagsbehandler Telefon 26. maj Danni "
    "Giørtz-Jørgensen Referat fra Repræsentantskabsmøde i Midttrafik Sted Mødetidspunkt Mødedeltagere 23. maj 2008, "
    "kl Midttrafik, Søren Nymarks Vej 3, 8270 Højbjerg Bestyrelsesformand Poul Vesterbæk (Viborg Kommune), "
    "næstformand for Bestyrelsen Peter Thyssen (Århus Kommune), bestyrelsesmedlem Jørgen Nørby (Lemvig Kommune), "
    "Eli Vium (Holstebro Kommune), Carsten Jakobsen (Skanderborg Kommune)\n\n"
    "1. Godkendelse af dagsorden\n\nGodkendt.\n"
)


def test_a_board_seat_in_the_council_of_representatives_minutes_is_the_companys(tmp_path: Path) -> None:
    meeting = meeting_of_text(_MIDTTRAFIK)
    assert meeting.body == "Repræsentantskabet i Midttrafik"
    assert meeting.body_owner == "Midttrafik"
    held = {
        (person, props.get("role"), target)
        for person, target, props in named_relations(facts_of_text(tmp_path, _MIDTTRAFIK), "HOLDS_ROLE")
    }
    assert ("Poul Vesterbæk", "bestyrelsesformand", "Midttrafik") in held
    assert ("Jørgen Nørby", "bestyrelsesmedlem", "Midttrafik") in held
    assert ("Jørgen Nørby", "bestyrelsesmedlem", "Repræsentantskabet i Midttrafik") not in held


_SYDTRAFIK = (
    "Bestyrelsesmøde i Sydtrafik\n\n1 J.nr.: Dato: Initialer: CN Bestyrelsesmøde i Sydtrafik Dagsorden Tid: Mandag "
    "den 29. november 2010, kl Sted: Mødelokale 4, Banegårdspladsen 5, 6600 Vejen Deltagere: Bestyrelsesmedlem Poul "
    "Rosendahl Øvrige: Direktør H. C. Bonde\n\n85/10 Sager til orientering\n\nTil orientering.\n"
)


def test_a_board_seat_in_the_boards_own_minutes_stays_the_boards(tmp_path: Path) -> None:
    held = {
        (person, props.get("role"), target)
        for person, target, props in named_relations(facts_of_text(tmp_path, _SYDTRAFIK), "HOLDS_ROLE")
    }
    assert ("Poul Rosendahl", "bestyrelsesmedlem", "Bestyrelsen i Sydtrafik") in held
    assert ("Poul Rosendahl", "bestyrelsesmedlem", "Sydtrafik") not in held

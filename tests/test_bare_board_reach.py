"""A bare "Bestyrelse(n)" stays a body of unknown, possibly several municipalities' reach (the body-head kinds'
answer): in dev-write a bare board's minutes are mostly a joint company's (FynBus, AffaldPlus I/S) or an
association's, and taking the one municipality their text or address names gave three wrong municipalities for
one right (measured 2026-12-04, session thirteen). A school's board is one municipality's. Excerpt from a
dev-write transport company's board minutes (docplayer, flattened), as printed."""

from __future__ import annotations

from graphbuild.extract import extract_facts
from graphbuild.parse import parse_meeting
from graphbuild.sources import source_from_text
from graphbuild.vocab.gazetteer import is_cross_municipal

_FYNBUS = (
    "1 FynBus Bestyrelse Referat Onsdag den 1. februar 2017 Deltagere: Formand Morten Andersen, Nordfyn "
    "Næstformand Poul Andersen, Region Syddanmark Bestyrelsesmedlem Kristian Nielsen, Faaborg-Midtfyn "
    "Bestyrelsesmedlem Birger Jensen, Svendborg Bestyrelsesmedlem Jesper Hempler, Kerteminde Bestyrelsesmedlem "
    "Anders W. Berthelsen, Odense Bestyrelsesmedlem Jan Ole Jakobsen, Langeland - AFBUD Bestyrelsesmedlem Hans "
    "Bjergegaard, Assens Bestyrelsesmedlem Kristian Grønbæk Andersen, Region Syddanmark Repræsentantskabsmedlem "
    "Niels Bebe, Middelfart - AFBUD Repræsentantskabsmedlem Per Jespersen, Nyborg - AFBUD Direktør Carsten "
    "Hyldborg Jensen Kontraktchef Ingrid Dissing Økonomichef Søren Junker Markedschef Jan Gudmann Hansen Side 1 "
    "af 15\n\n2 DAGSORDEN: Sager til beslutning: Grupperejser Telekørsel i Nordfyns Kommune Rejsekortudstyr til "
    "Letbanen Sager til drøftelse: Sager til orientering: Rejsekort implementering - status Arbejdsklausul i "
    "forbindelse med udbud af flexkørsel variabel kørsel (FV5) Meddelelser Eventuelt Side 2 af 15\n\n"
    "3 Sager til beslutning: 1. Grupperejser Resumé: Overgangen til Rejsekort medfører, at FynBus regler og "
    "takster til grupperejser ikke kan videreføres. Det foreslås at der fremover kun er en model for "
    "grupperejser der tager udgangspunkt i Rejsekort Erhverv, som erstatning fo"
)


def test_a_bare_board_is_of_unknown_reach_a_schools_is_one_municipalitys() -> None:
    assert is_cross_municipal("Bestyrelse")
    assert is_cross_municipal("Bestyrelsen")
    assert not is_cross_municipal("Skolebestyrelsen")


def test_a_joint_companys_bare_board_takes_no_municipality_from_a_matters_place() -> None:
    meeting = parse_meeting(source_from_text(_FYNBUS))
    assert meeting.body == "Bestyrelse"
    assert extract_facts(meeting).municipality is None  # "Telekørsel i Nordfyns Kommune": a matter's place

"""A dated meeting document whose header never says "Referat" or "Dagsorden": its kind from what it
holds (decisions or absences recorded: minutes; items only: an agenda), and a kind of meeting named with
its day ("Kommissionsmøde 08-03-2024") read as a meeting's heading. Excerpts of real pages (Køge's
Udsatteråd, Hedensted's Kommunalbestyrelse, Brand & Redning MidtVest's kommission)."""

from __future__ import annotations

from graphbuild.parse import parse_meeting
from graphbuild.sources import source_from_text

_UDSATTERAAD = (
    "Referater af Udsatterådets møder i 2022\n\n29. august 2022 – Ordinært møde\n\nDeltagere\n\n"
    "Christine Hansen, Susanne Larsen, Henrik Fischer, Marlene Gjøstrand og Thomas Buus\n\n"
    "Afbud\n\nJohn Tietze, Nicolai Kellberg\n\nSted\n\nBorup Aktivitetshus\n\n"
    "1. Temaoplæg: Ensomhed\n\nOplæg v. Pia Gommesen.\n\n2. Meddelelser\n\nIngen.\n"
)
_KOMMUNALBESTYRELSE = (
    "Udvalg: Kommunalbestyrelsen 2022-2025\nMødedato: 26. november 2025 16:00\n"
    "Mødested: Rådhussalen, Juelsminde Rådhus\n\n1. Lånegaranti til Løsning Fjernvarme\n"
    "Sagsnr.: 13.03.00-Ø60-7-25\nBeslutningstema\nKommunalbestyrelsen skal tage stilling til en ansøgning.\n"
    "2. Meddelelser\nSagsnr.: 00.01.00-A00-1-25\nBeslutningstema\nOrientering.\n"
)


def test_absences_recorded_make_minutes() -> None:
    meeting = parse_meeting(source_from_text(_UDSATTERAAD))
    assert meeting.kind == "referat"
    assert meeting.start is not None and meeting.start.date().isoformat() == "2022-08-29"


def test_items_without_decisions_make_an_agenda() -> None:
    assert parse_meeting(source_from_text(_KOMMUNALBESTYRELSE)).kind == "dagsorden"


def test_a_kind_of_meeting_with_its_day_dates_the_document() -> None:
    text = "Kommissionsmøde 08-03-2024\n\nLuk alle\nÅben alle\n\n1: Udviklingsplan 2030\n\nSagsresume\nEt forslag.\n"
    meeting = parse_meeting(source_from_text(text))
    assert meeting.start is not None and meeting.start.date().isoformat() == "2024-03-08"


def test_a_news_article_stays_no_meeting() -> None:
    text = (
        "Nyt fra kommunen\n\nPubliceret 3. maj 2021\n\nByrådet har på sit møde besluttet at bygge en ny skole. "
        "Bestyrelsesmødet blev holdt i går.\n\nLæs mere om skolen her.\n"
    )
    assert parse_meeting(source_from_text(text)).kind is None

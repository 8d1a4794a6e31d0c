"""A portal's page of one agenda item that names neither a kind nor a day: its case under a case's own heading
("Sagsfremstilling", "Resume") makes it a meeting's document, an agenda's. Snippets quoted from PolWeb's page of an
Odsherred council item and an aggregator's copy of a Herning FirstAgenda item (dev-write); the near misses are a web
page's numbered paragraphs under a heading any page prints ("Baggrund"), an item listed only in a contents list, one
item beside a contents list of the meeting's items or several items (a meeting's document whose header the text
lost, which may as well be minutes), and a case page that records a decision (minutes, as before)."""

from __future__ import annotations

from graphbuild.parse import parse_meeting
from graphbuild.parse.items import find_items
from graphbuild.parse.kind_case_page import case_page
from graphbuild.parse.lines import split_lines
from graphbuild.sources import source_from_text

_POLWEB_ITEM = (
    "1.      Spørgetid for borgerne\n\nSag 306-2009-600\n\nDok. 306-2019-263412\n\nInitialer: PIM\n\nÅbent\n\n \n\n"
    "Sagsfremstilling\n\nSom led i Odsherred Kommunes informationspolitik vedtog Byrådet på møde den 24. februar 2009 "
    "at indføre spørgetid umiddelbart før hvert byrådsmøde.\n\n \n\nSpørgetiden har til formål at styrke "
    "nærdemokratiet gennem åben dialog.\n"
)
_AGGREGATOR_ITEM = (
    "Klimaplan for Herning Kommune 2026 - 2030\nBilag\nFirst-agenda Sagsfremstilling\nKommunikation\n"
    "Sagsbehandler: Mette Damkær\nØvrige sagsbehandlere: Lene Kimø\nResume\nVed den nuværende klimaplans vedtagelse "
    "i efteråret 2022 besluttede Herning Byråd, at klimaplanen skal revideres hvert fjerde år.\n"
    "Forvaltningen anbefaler, at arbejdet med at revidere klimaplanen igangsættes.\n"
)


def _case_page(text: str) -> bool:
    items, _ = find_items(text, split_lines(text))
    return case_page(items)


def test_an_undated_item_page_with_its_case_is_an_agenda() -> None:
    assert _case_page(_POLWEB_ITEM)
    meeting = parse_meeting(source_from_text(_POLWEB_ITEM))
    assert meeting.kind == "dagsorden"
    # the case's history names an earlier meeting's day: none of this meeting's
    assert meeting.start is None
    assert [item.title for item in meeting.items] == ["Spørgetid for borgerne"]


def test_an_aggregators_copy_of_an_item_with_its_resume_is_an_agenda() -> None:
    meeting = parse_meeting(source_from_text(_AGGREGATOR_ITEM))
    assert meeting.kind == "dagsorden"
    assert meeting.start is None


def test_a_pages_own_heading_makes_no_case() -> None:
    text = (
        "1. Om Grønt Råd\n\nBaggrund\n\nGrønt Råd er et rådgivende forum i natur-, miljø- og planlægningsspørgsmål.\n\n"
        "Beskrivelse\n\nIdeen er at bruge foreningernes og borgernes engagement til en konstruktiv dialog.\n"
    )
    assert not _case_page(text)
    assert parse_meeting(source_from_text(text)).kind is None


def test_an_item_only_in_a_contents_list_holds_no_case() -> None:
    text = "Indholdsfortegnelse\n1. Spørgetid for borgerne ........ 3\n2. Eventuelt ........ 4\n"
    items, _ = find_items(text, split_lines(text))
    assert all(item.from_contents for item in items) or not items
    assert not case_page(items)


def test_one_item_beside_the_contents_list_of_all_is_no_one_items_page() -> None:
    # a meeting's excerpt whose header the text lost: the contents list, then the first item's case (Gribskov)
    text = (
        "Indholdsfortegnelse:\n20 Godkendelse af protokol Kulturrådet ........ 2\n"
        "21 Meddelelser fra Kulturrådets formand ........ 3\n22 Kulturprisen 2017 ........ 4\n\n"
        "20. Godkendelse af protokol Kulturrådet\n\nSagsfremstilling\n\nProtokollen fra sidste møde forelægges.\n"
    )
    items, _ = find_items(text, split_lines(text))
    assert [item.from_contents for item in items].count(False) == 1
    assert not case_page(items)


def test_several_items_under_a_lost_header_are_no_one_items_page() -> None:
    text = (
        "1. Godkendelse af protokol\n\nSagsfremstilling\n\nProtokollen fra sidste møde forelægges.\n\n"
        "2. Kulturprisen 2017\n\nSagsfremstilling\n\nRådet skal udpege prismodtageren.\n"
    )
    assert not _case_page(text)


def test_a_case_page_recording_its_decision_stays_minutes() -> None:
    text = _POLWEB_ITEM + "\nBeslutning\n\nGodkendt.\n"
    assert parse_meeting(source_from_text(text)).kind == "referat"

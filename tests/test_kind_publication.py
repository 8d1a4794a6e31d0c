"""A publication's numbered sections read as agenda items make no meeting: a council's statute on its web page
(fredensborg-webpage-groent-raad, dev-write: "Vedtaget af Byrådet 29.11.2010" over "1. Rådets navn og formål", read
as an agenda of that day). Minutes whose header names no kind keep their meeting, also with an item about a body's
purpose (koege-udsatteraadet-2022-08-29, ballerup-kommunalbestyrelsen-2005-11-28, dev-write)."""

from __future__ import annotations

from graphbuild.models import AgendaItem
from graphbuild.parse import parse_meeting
from graphbuild.parse.kind_publication import publication_chapters, report_front_matter
from graphbuild.sources import source_from_text

# fredensborg-webpage-groent-raad (dev-write): the council's members, its list of minutes and its statute, whose
# adoption line gave the day of an agenda (lines of the page, some members and entries of the list left out)
STATUTE = (
    "Grønt Råd er et rådgivende forum i natur-, miljø- og planlægningsspørgsmål.\n"
    "Medlem udpeget af byrådet, Tonny Lacomble Nielsen (B)\n"
    "Danmarks Jægerforbund Fredensborg, Erik Vestergaard Madsen\n"
    "De lokalhistoriske foreninger, Flemming Jappsen\n"
    "Friluftsrådet, Bente Nielsen\n"
    "Nive Å’s Lystfiskerforening, Carsten Ryby\n"
    "Bevaringsforeningen, Lisbeth Gram Holdum\n"
    "Agenda 21 Foreningen, Finn Langgaard\n"
    "Dansk Cyklist Forbund, Frank Elm Jakobsen\n"
    "Fredensborg Landsbyråd, Søren D. Schmidt\n"
    "Naturstyrelsen Nordsjælland, Jens Bjerregaard Christensen\n\n"
    "2018\n\n"
    "Referat 28. maj\n"
    "Referat 19. marts \n\n"
    "2017\n"
    "15. maj Der blev ikke udarbejdet et egentligt referat, da mødet blev afholdt som en besigtigelse af projekterne"
    " ved Lergavssøerne i Nivå. I mødet deltog også politikere fra Plan-, Miljø- og klimaudvalget.\n\n"
    "Vedtaget af Byrådet 29.11.2010, revideret 2. juni 2015\n"
    "1. Rådets navn og formål\n"
    "1.1 Rådets navn er ”Grønt Råd i Fredensborg Kommune” (herefter omtalt Grønt Råd).\n"
    "1.2 Formålene med Grønt Råd er:\n"
    "• At fremme dialog og samarbejde mellem kommunen, borgere, foreninger og\n"
    "virksomheder omkring miljø-, klima-, natur- og planlægningsforhold samt forhold\n"
    "relateret til lokale kulturhistoriske værdier i tilknytning til landskab og bebyggelse.\n"
)

# koege-udsatteraadet-2022-08-29 (dev-write): a dated meeting, its header naming no kind at a line's head
MINUTES = (
    "Referater af Udsatterådets møder i 2022\n\n"
    "29. august 2022 – Ordinært møde\n\n"
    "Deltagere\n\n"
    "Christine Hansen, Susanne Larsen, Henrik Fischer, Marlene Gjøstrand\n\n"
    "Afbud\n\n"
    "John Tietze, Nicolai Kellberg\n\n"
    "1. Temaoplæg: Ensomhed\n\n"
    "Udsatterådet drøftede forskellige aspekter af ensomhed.\n\n"
    "2. Godkendelse af dagsorden og referat\n\n"
    "Godkendt med nyt punkt om høringssvar vedr. nedlæggelse af frivillighedsråd.\n\n"
    "3. Forberedelse af budgetdialogmøder med fagudvalg\n\n"
    "Marlene orienterede om formen for budgetdialogmøderne.\n"
)


# a report's flattened first pages, constructed in the shape the brief describes (no dev-write document is a report:
# the form is held out), its chapters numbered as an agenda's items are
REPORT = (
    "1 Klimaplan for Eksempel Kommune Udgivet af Teknik og Miljø, marts 2021 Indhold Forord 3 1. Indledning 4"
    " 2. Baggrund 6 3. Mål og indsatser 9 4. Økonomi 14\n\n"
    "2 Forord Kommunen har sat sig som mål at blive CO2-neutral. Planen beskriver vejen dertil.\n\n"
    "3 1. Indledning Denne plan er udarbejdet i samarbejde med borgerne. 2. Baggrund Kommunens udledning var i 2019"
    " på 500.000 ton. 3. Mål og indsatser Kommunen vil reducere udledningen. 4. Økonomi Planen finansieres af"
    " budgettet.\n"
)

# bornholm-aeldreraadet-2011-02-15 (dev-write, flattened): a minutes' contents list opening with its first item
FLATTENED_CONTENTS = (
    "1 Bornholms Regionskommune Tirsdag den side 1 Referat Møde den 15. februar 2011 kl Indholdsfortegnelse"
    " 1. Godkendelse af dagsorden Referat fra mødet den 11. januar Besøg af projektleder Knud Erik Thomsen"
    " Fremtidige møder med politikere, besøg, m.v Høring vedr. opfølgning på ældreanalysen\n"
)

# hvidovre-kommunalbestyrelsen-2014-10-28 (dev-write): a web page's contents heading over the first item
CONTENTS_HEADING = "Indholdsfortegnelse\n\n\n. \n\n\n1. Godkendelse af dagsorden\n\nBeslutning i Kommunalbestyrelsen\n"


# a local council's statute, constructed in the shape of the held-out statutes (dev-write prints none whose header names
# no kind): its adoption line dated an agenda and its clauses were read as items
STATUTE_PAGE = (
    "Vedtægter for Eksempel Lokalråd\nVedtaget på årsmødet den 12. marts 2019\n\n"
    "§ 1 Navn og hjemsted\nLokalrådets navn er Eksempel Lokalråd. Lokalrådet har hjemsted i Eksempel Sogn.\n\n"
    "§ 2 Formål\n1. Lokalrådet skal fremme udviklingen i lokalområdet.\n"
    "2. Lokalrådet skal være bindeled mellem borgerne og kommunen.\n"
    "3. Lokalrådet skal samarbejde med foreningerne.\n"
)

# aeldresagen-roedovre-aarsmoede-dagsorden-2021-03-06 (dev-write): an annual meeting's agenda that prints the
# association's statute below its items
AGENDA_WITH_STATUTE = (
    "Meddelelser fra bestyrelsen\n\n"
    "ÅRSMØDE Lørdag den 6. marts 2021 kl. 14.00 i Loen på Rødovregaard, Kirkesvinget 1, 2610 Rødovre:\n\n\n"
    "DAGSORDEN:\n1. Valg af dirigent.\n\n2. Beretning om lokalbestyrelsens virksomhed til godkendelse.\n\n"
    "3. Fremlæggelse af lokalbestyrelsens regnskab til udtalelse.\n\n8. Eventuelt.\n\n"
    "Vedtægt for Landsforeningen Ældre Sagen (af o1. januar 2019)\n\nKap. I. Navn og formål mv.\n\n"
    " § 1 Navn, hjemsted og stiftelse\n"
)


def _item(title: str) -> AgendaItem:
    return AgendaItem(number="1", title=title, start=0, end=1)


def test_a_statutes_clauses_are_no_meeting() -> None:
    meeting = parse_meeting(source_from_text(STATUTE))
    assert meeting.kind is None and meeting.start is None
    assert meeting.items == []


def test_a_contents_entry_with_its_page_number_is_a_chapter() -> None:
    assert publication_chapters([_item("Indledning ........ 3")])
    assert publication_chapters([_item("Foreningens navn, hjemsted og formål")])


def test_minutes_without_a_kind_word_keep_their_meeting() -> None:
    meeting = parse_meeting(source_from_text(MINUTES))
    assert meeting.start is not None and meeting.kind is not None
    assert len(meeting.items) == 3


def test_an_item_about_a_bodys_purpose_is_no_chapter() -> None:
    # ballerup-kommunalbestyrelsen-2005-11-28 (dev-write): an item's title naming a purpose
    assert not publication_chapters([_item("Ændring af Pederstrupkomiteens formål og organisation")])
    # a chapter past the first items is a case's own heading, no publication's contents
    items = [_item("Godkendelse af dagsorden"), _item("Meddelelser"), _item("Eventuelt"), _item("Formål")]
    assert not publication_chapters(items)


def test_a_reports_front_matter_makes_no_meeting() -> None:
    assert report_front_matter(REPORT)
    meeting = parse_meeting(source_from_text(REPORT))
    assert meeting.kind is None and meeting.start is None
    assert meeting.items == []


def test_a_meetings_contents_list_is_no_reports() -> None:
    assert not report_front_matter(FLATTENED_CONTENTS)
    assert not report_front_matter(CONTENTS_HEADING)
    assert not report_front_matter("Forord til budget 2021 blev drøftet.\n")


def test_a_meetings_heading_keeps_a_chapters_title() -> None:
    # a board's meeting opening with its chairman's introduction (the near miss of item_lone_paragraph's dated page)
    text = "Bestyrelsesmøde den 12. maj 2019\n\n1. Indledning\n\nFormanden bød velkommen.\n\n2. Regnskab\n\nGodkendt.\n"
    meeting = parse_meeting(source_from_text(text))
    assert meeting.start is not None
    assert [item.title for item in meeting.items][:1] == ["Indledning"]


def test_a_statutes_first_paragraph_makes_no_meeting() -> None:
    assert report_front_matter(STATUTE_PAGE)
    meeting = parse_meeting(source_from_text(STATUTE_PAGE))
    assert meeting.kind is None and meeting.items == []


def test_an_agenda_that_prints_its_statute_keeps_its_items() -> None:
    meeting = parse_meeting(source_from_text(AGENDA_WITH_STATUTE))
    assert meeting.kind == "dagsorden"
    assert [item.number for item in meeting.items] == ["1", "2", "3", "8"]

"""An agreement's numbered sections make no meeting: an owners' agreement (novafos-ejeraftale-2017, dev-write:
"EJERAFTALE" / "MELLEM ALLERØD KOMMUNE …" over "1. BAGGRUND OG FORMÅL", read as an agenda of the day it was made)
and a partnership's contract (nomi4s-samarbejdsaftale-2015, dev-write). Minutes that name an agreement in an item's
title (regionsyddanmark-sundhedssamordningsudvalget-2012-08-21, dev-write) or a "§ 17, stk. 4" committee in one
(albertslund-kommunalbestyrelsen-2017-12-05, dev-write) keep their items."""

from __future__ import annotations

from graphbuild.parse import parse_meeting
from graphbuild.parse.kind_agreement import agreement_title_page
from graphbuild.sources import source_from_text

# novafos-ejeraftale-2017 (dev-write): the title page, part of the contents and the first section (lines of the
# document, the rest of the contents and of the section left out)
OWNERS_AGREEMENT = (
    "EJERAFTALE\n"
    "X.xx. 170554\n"
    "EJERAFTALE\n"
    "MELLEM ALLERØD KOMMUNE\n"
    "BALLERUP KOMMUNE EGEDAL KOMMUNE FREDERIKSSUND KOMMUNE FURESØ KOMMUNE GENTOFTE KOMMUNE GLADSAXE KOMMUNE"
    " HØRSHOLM KOMMUNE OG RUDERSDAL KOMMUNE\n"
    "Horten Advokatpartnerselskab CVR 33775229\n"
    "INDHOLDSFORTEGNELSE:\n"
    "1. BAGGRUND OG FORMÅL 4\n"
    "2. AFTALENS FORRANG 4\n"
    "3. HOLDINGSELSKABETS EJERFORHOLD 5\n"
    "4. GENERALFORSAMLING 6\n"
    "EJERAFTALE\n"
    "1. BAGGRUND OG FORMÅL\n"
    '1.1 Denne ejeraftale ("Aftalen") er indgået den 1. januar 2017 i forbindelse med etableringen af en fælles'
    ' forsyningskoncern, som er en fusion af ni kommuners forsyningsselskaber ("NOVAFOS-koncernen").\n'
    "1.2 NOVAFOS' formål er at drive forsyningsaktiviteter i Ejerkommunernes geografiske områder særligt inden for"
    " vandforsyning og spildevandshåndtering.\n"
    "2. AFTALENS FORRANG\n"
    "2.1 Aftalen har forrang for Holdingselskabets vedtægter.\n"
)

# nomi4s-samarbejdsaftale-2015 (dev-write): the title page over the parties, lines of the contents
PARTNERSHIP_CONTRACT = (
    "Samarbejdsaftale\n"
    "Dato 10. november 2015\n"
    "Sag nr. 14-37.383\n"
    "Samarbejdsaftale\n"
    "for\n"
    "”Nomi4S i/s”\n"
    "mellem\n"
    "Holstebro, Lemvig, Skive og Struer Kommuner\n"
    "I n d h o l d s f o r t e g n e l s e\n"
    "12 Udtræden af interessentskabet 15\n"
    "13 Optagelse af nye interessenter - overdragelighed 16\n"
    "14 Aftaleændringer og opløsning 16\n"
)

# vandsamarbejde-sjaelland-aktionaeroverenskomst (dev-write, flattened): the title page's spaced-out capitals
FLATTENED_TITLE_PAGE = (
    "1 AKTIONÆROVERENSKOMST EJERAFTALE V E D R. Vandsamarbejde Sjælland A/S CVR-nummer [] K Ø B E N H A V N"
)

# harrestrup-aa-aftaletillaeg-3-2016 (dev-write, flattened): a supplement's title in capitals runs on to its parties
SUPPLEMENT_TITLE_PAGE = (
    "1 Bilag 1 Horten Advokat Line Markert Philip Heymans Allé Hellerup Tlf Fax J.nr AFTALETILLÆG NR. 3 TIL AFTALE AF"
    " 10. JUNI 2014 OM FÆLLES UDNYTTELSE AF KAPACITETEN I HARRESTRUP Å-SYSTEMET MELLEM OG Albertslund Kommune,"
    " Ballerup Kommune, Brøndby Kommune\n"
)

# regionsyddanmark-sundhedssamordningsudvalget-2012-08-21 (dev-write): an item list naming agreements, a headerless
# copy (its heading left out) so that no kind nor day shields it
ITEMS_NAMING_AGREEMENTS = (
    "  1. Fødeplanen i Region Syddanmark\n"
    "  4. Tillægsaftale vedr. satspuljemidler for psykologbehandling\n"
    "  6. Aftale om kommunernes økonomi for 2013 på sundhedsområdet\n"
    "  8. Samarbejdsaftale mellem FAM OUH og Lægevagten Odense\n"
    "  9. Speciallægers beredskab i sommerferieperioden\n"
    "  14. Eventuelt\n"
)

# albertslund-kommunalbestyrelsen-2017-12-05 (dev-write): a council's items naming its "§ 17, stk. 4" committees
PARAGRAPH_ITEMS = (
    "Udvalg: Kommunalbestyrelsen\n\n"
    "Dato: Tirsdag den 05. december 2017\n\n"
    "11. KB - Udvalg for Byudvikling (§17 stk. 4)\n\n"
    "12. KB - Udvalg for Plejeboliger (§17 stk. 4)\n\n"
    "13. KB - Temaudvalg (§17, stk. 4)\n\n"
    "14. KB - Børn og Ungeudvalg\n"
)


def test_an_owners_agreement_is_no_meeting() -> None:
    assert agreement_title_page(OWNERS_AGREEMENT)
    meeting = parse_meeting(source_from_text(OWNERS_AGREEMENT))
    assert meeting.kind is None and meeting.start is None
    assert meeting.items == []


def test_a_partnership_contract_over_its_parties_is_no_meeting() -> None:
    assert agreement_title_page(PARTNERSHIP_CONTRACT)
    assert parse_meeting(source_from_text(PARTNERSHIP_CONTRACT)).items == []


def test_a_flattened_title_page_spaces_its_capitals() -> None:
    assert agreement_title_page(FLATTENED_TITLE_PAGE)


def test_a_title_in_capitals_runs_on_to_its_parties() -> None:
    assert agreement_title_page(SUPPLEMENT_TITLE_PAGE)
    # a sentence's lower-case words between the title and "mellem" are no title's
    assert not agreement_title_page("EJERAFTALE\nAftalen er indgået den 1. januar 2017 af og mellem ejerne.\n")


# a portal's page of one agenda item (PolWeb's, odsherred, dev-write, as tests/test_kind_case_page.py quotes it), its
# title put in capitals naming an agreement and its parties, as an old portal prints titles
CASE_PAGE_ON_AN_AGREEMENT = (
    "1.      SAMARBEJDSAFTALE MELLEM ODSHERRED KOMMUNE OG REGION SJÆLLAND\n\nSag 306-2009-600\n\n"
    "Dok. 306-2019-263412\n\nInitialer: PIM\n\nÅbent\n\n \n\n"
    "Sagsfremstilling\n\nSom led i Odsherred Kommunes informationspolitik vedtog Byrådet på møde den 24. februar 2009 "
    "at indføre spørgetid umiddelbart før hvert byrådsmøde.\n"
)


def test_an_items_case_page_naming_an_agreement_keeps_its_item() -> None:
    assert agreement_title_page(CASE_PAGE_ON_AN_AGREEMENT)  # the title page's form, but under a case's heading
    meeting = parse_meeting(source_from_text(CASE_PAGE_ON_AN_AGREEMENT))
    assert meeting.kind == "dagsorden"
    assert len(meeting.items) == 1


def test_an_item_naming_an_agreement_is_no_title_page() -> None:
    assert not agreement_title_page(ITEMS_NAMING_AGREEMENTS)
    assert len(parse_meeting(source_from_text(ITEMS_NAMING_AGREEMENTS)).items) == 6


def test_a_councils_paragraph_items_keep_their_meeting() -> None:
    assert not agreement_title_page(PARAGRAPH_ITEMS)
    meeting = parse_meeting(source_from_text(PARAGRAPH_ITEMS))
    assert meeting.start is not None
    assert [item.number for item in meeting.items] == ["11", "12", "13", "14"]

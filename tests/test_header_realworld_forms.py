"""The meeting's body, date, municipality and kind in the forms real published minutes use.

Every snippet is quoted (shortened) from a dev-split document of tests/realworld/; the test split is
never read while writing these rules.
"""

from __future__ import annotations

from datetime import date

import pytest

from graphbuild.extract import extract_facts
from graphbuild.models import Meeting
from graphbuild.parse import parse_meeting
from graphbuild.parse.body_names import body_phrases, despace
from graphbuild.parse.dates import find_dates
from graphbuild.sources import source_from_text
from graphbuild.vocab.gazetteer import body_kind, is_cross_municipal


def _meeting(text: str) -> Meeting:
    return parse_meeting(source_from_text(text))


def _day(meeting: Meeting) -> date | None:
    return meeting.start.date() if meeting.start else None


# --- the body -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # aabenraa: the labelled field
        ("Beslutningsprotokol\n\nonsdag den 30. november 2022 kl. 17:00\n\nMødested: Byrådssalen, Skelbækvej\n"
         "Udvalg: Byrådet\n", "Byrådet"),
        # holbaek: the label on its own line, the term before the name
        ("UDVALG\n\n14-17 Byrådet\n\nMØDE\n\nReferat fra ekstraordinært møde\n\nSTED\n\nByrådssalen\n", "Byrådet"),
        ("UDVALG\n\nUdvalget for Ældre og Sundhed\n\nMØDE\n\nReferat\n", "Udvalget for Ældre og Sundhed"),
        # koege, gentofte: "Referat af møde i X", compounds kept whole
        ("Referat af møde i Klima- og Planudvalget\n\nDen 09.01.2020 kl. 13:00 i Tapperiet\n",
         "Klima- og Planudvalget"),
        ("GENTOFTE KOMMUNE Referat af møde i Kommunalbestyrelsen Mødetidspunkt 31-08-2015 18:00 Mødeafholdelse "
         "Rådssalen\n", "Kommunalbestyrelsen"),
        # broenderslev, hedensted: "X - Referat", "X - Dagsordener og referater"
        ("Byrådet - Referat\n\nDato: 29. januar 2020\nLokale: Byrådssalen, Brønderslev Rådhus\n", "Byrådet"),
        ("Det fælles landdistriktsråd - Dagsordener og referater\nMødedato: 31. august 2023\n",
         "Det fælles landdistriktsråd"),
        # frederiksberg, kolding, odense, roedovre: the body named alone on its line
        ("Åben dagsorden\nKommunalbestyrelsen\nDen 20. april 2015, kl. 19.00-23.55\n", "Kommunalbestyrelsen"),
        ("Dagsorden\n\nTirsdag 16. mar 2021 kl. 07:45\n\nØkonomiudvalget\n\nTeams\n\nReferat\n", "Økonomiudvalget"),
        ("Dagsordener og referater 2008\n\nOversigt over dagsordener og referater for odense byråd 2008\n\n"
         "Odense Byråd\n\nÅben\n\nReferat\n\n\nOnsdag den 26-03-2008 kl. 17:00\n", "Odense Byråd"),
        # naestved, frederikshavn: the body with its date or term
        ("Byrådet 22-11-2016\nPunkt 171: Godkendelse af dagsorden\n", "Byrådet"),
        ("referat Økonomiudvalget 2018-2021\n\n32\n", "Økonomiudvalget 2018-2021"),
        ("Frederikshavn Byråd. Ordinært møde. Dato 24. juni Tid 19:00. Byrådssalen, Frederikshavn Rådhus.\n",
         "Frederikshavn Byråd"),
        # vesthimmerland: the genitive of a body's meeting
        ("Referat fra Sammenlægningsudvalgets ordinære møde mandag den 18. september 2006 på Aars Rådhus\n",
         "Sammenlægningsudvalget"),
        # kkr-sjaelland: a letter-spaced heading
        ("K K R S J Æ L L A N D\n\nStørrelse: px\n\n1 REFERAT 2010 K K R S J Æ L L A N D Dato: Tidspunkt: 09:30\n",
         "KKR Sjælland"),
        ("Dagsorden til møde i KKR Hovedstaden den 23. februar 2015\n", "KKR Hovedstaden"),
        # rm-kontaktudvalget: "mødeforum" is a word, not the body
        ("Abonnér\n\nSe alle dagsordener og referater fra dette mødeforum\n\nDagsorden\ntil\nmødet i Kontaktudvalget\n"
         "den 27. september 2011 kl. 10:00\n", "Kontaktudvalget"),
        # koege-udsatteraadet: a year's page of a council's minutes, under its breadcrumb
        ("Skip til hoved indholdet\n  Hjem Politik Byråd og udvalg Råd og nævn "
         "Referater af Udsatterådets møder i 2022\n\n"
         "Referater af Udsatterådets møder i 2022\n\n29. august 2022 – Ordinært møde\n\nDeltagere\n\nAnne Hansen\n\n"
         "Referat\n\n1. Temaoplæg: Ensomhed\n\nDrøftet.\n\n2. Godkendelse af dagsorden\n\nGodkendt.\n",
         "Udsatterådet"),
        # rammeaftale-sjaelland: the label "Mødeforum" before the body on a flattened page is no body itself
        ("Referat. Mødeforum Styregruppen for Rammeaftale Sjælland. Sagsnr Dokumentnr Mødedato 18/ Tid Kl. 9-13\n",
         "Styregruppen"),
        # randers: a table heading "Udvalg" is not the body, the row below it is
        ("| Rss | Tip en ven | Print |\nTitel Udvalg Funktioner\n"
         "Byrådet Byrådet Vis medlemmer Rss-feed til udvalget\n\nMøde lokation\n\nDet gamle Rådhus\n\nDagsorden\n",
         "Byrådet"),
        # affaldplus: "Bestyrelsesmøde"
        ("2016-01-29\n\nBestyrelsesmøde 29. januar 2016 kl. 10.00, Ved Fjorden 20\n", "Bestyrelse"),
        # a bare "Bestyrelsesmøde" gives way to whose board the lines under it name: a fuller name of the same
        # head word (nationalpark-vadehavet), the body whose meeting it is (rinkenaes), in other spellings too
        ("Referat af bestyrelsesmøde - Danmarks nationalparker\n\nENDELIGT referat Udsendt 3. maj 2013\n\n"
         "Møde i Nationalparkbestyrelsen 17. april 2013\n\nMødested: Lamhuset\n", "Nationalparkbestyrelsen"),
        ("Bestyrelsesmøde d. 21. februar 2017\n\nLokalrådets første bestyrelsesmøde blev afholdt d. 21. februar 2017"
         " kl. 19.00 på Brandstationen\n\nFremmøde:\nRuth Bierbaum\n", "Lokalrådet"),
        ("Bestyrelsesmøde\nLokalrådets bestyrelsesmøde mandag den 6. marts 2017\n", "Lokalrådet"),
        ("Dagsorden bestyrelsesmøde 3. maj 2019\n\nReferat fra møde i Affaldsbestyrelsen den 3. maj 2019\n",
         "Affaldsbestyrelsen"),
        # a council's meeting word gives way to its fuller name on the rest of the line or under it
        ("Lokalrådsmøde i Folkemusikhuset Mandag d. 13. februar 2012 kl. 13.00 Dagsorden: 1 valg af ordstyrer"
         " Referat af møde i Fensmark Lokalråd d. 13. feb. 2012\n", "Fensmark Lokalråd"),
        ("Referat af lokalrådsmøde\nReferat fra møde i Vestby Lokalråd den 6. marts 2017\n", "Vestby Lokalråd"),
        ("Ældrerådsmøde 3. maj 2019\nDeltagere: Anne Hansen\n", "Ældrerådet"),
        # … but not a board named in a list of those present, nor an owner who is no body
        ("Bestyrelsesmøde 29. januar 2016\n\nDeltagere: Formand for Skolebestyrelsen Anne Hansen\n", "Bestyrelse"),
        ("Bestyrelsesmøde 29. januar 2016\n\nKlubbens første bestyrelsesmøde i år\n", "Bestyrelse"),
        # regionh-regionsraadet: a portal's icon text after the label ("Udvalg Ikon") is no body; the body
        # named by its head word below it is; a field's name without a head word stays when nothing better is
        ("Møde i regionsrådet den 22. marts 2022\nUdvalg Ikon\nRegionsrådet\nTidspunkt Ikon\nDato: 22-03-2022\n"
         "Tid: 17:00 - 19:10\nSted\nRegionsrådssalen\nReferat\n", "Regionsrådet"),
        ("Referat\n\nUdvalg: Børn og Unge\nDato: 3. marts 2021\nSted: Mødelokale 2\n", "Børn og Unge"),
        # aeldresagen: an association's årsmøde, its members' general meeting, in the definite form too
        ("Referat\nReferat af årsmødet 22. marts 2024\n107 medlemmer var mødt frem.\n", "Årsmødet"),
        ("Meddelelser fra bestyrelsen\nÅRSMØDE Lørdag den 6. marts 2021 kl. 14.00 i Loen\nDAGSORDEN:\n", "Årsmøde"),
        # an association's general meeting named with whose it is: the assembly and its owner, no day's words
        ("Referat af generalforsamling i Sejs Borgerforening\nDato: 3. maj 2021\n",
         "Generalforsamlingen i Sejs Borgerforening"),
        ("Referat\nGeneralforsamling i Hvalsø Fjernvarme Tirsdag den 4. maj 2021\n",
         "Generalforsamlingen i Hvalsø Fjernvarme"),
        ("Referat af generalforsamlingen i Ry Fællesråd den 3. maj 2021\n", "Generalforsamlingen i Ry Fællesråd"),
        # the meeting's kind opening the heading ("Ordinær", "Ekstraordinær") before the assembly
        ("Ordinær generalforsamling i Korsør Kunstforening\nDato: 29. september 2005\n",
         "Generalforsamlingen i Korsør Kunstforening"),
        ("Referat\nEkstraordinær generalforsamling 2019\nDato: 3. maj 2019\n", "Generalforsamling"),
        # … and alone, or before a lower-case word, the assembly alone
        ("Referat\nGeneralforsamling 2003\nOnsdag den 23. april 2003, kl. 16.30\n", "Generalforsamling"),
        ("Referat af generalforsamling i henhold til vedtægterne\nDato: 3. maj 2021\n", "Generalforsamling"),
    ],
)  # fmt: skip
def test_the_header_names_the_body(text: str, body: str) -> None:
    assert _meeting(text).body == body


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # fredensborg: no body in the header, one in the decision heading
        ("26-01-2015 kl. 18:00\nByrådssalen\n\nMedlemmer\n\nThomas Lykke Pedersen (A)\n\n"
         "Beslutning i Byrådet den 26-01-2015\n\nGodkendt.\n", "Byrådet"),
        # kk-borgerrepraesentationen: the genitive decision heading; "…ens mødesal" is a place
        ("Mødedato: 04.11.2021, kl. 17:30\nMødested: Borgerrepræsentationens mødesal\n\nBeslutning\n\n"
         "Borgerrepræsentationens beslutning i mødet den 4. november 2021\n", "Borgerrepræsentationen"),
        # kk-lokaludvalg: the agenda approval
        ("Formanden indstiller,\n\n1. at Lokaludvalget godkender dagsordenen\n\nBeslutning\n\n"
         "Dagsordenen blev godkendt.\n", "Lokaludvalget"),
        # roskilde: the decision heading dated the meeting's day
        ("Referat\n\nDato: Onsdag, April 3, 2019 - 18:00\nSted: Mødelokale 2A\n\n"
         "  Kultur- og Idrætsudvalget, 03-04-2019, pkt. 42\n\n  Herefter godkendt.\n", "Kultur- og Idrætsudvalget"),
    ],
)  # fmt: skip
def test_without_a_header_body_the_decisions_name_it(text: str, body: str) -> None:
    assert _meeting(text).body == body


@pytest.mark.parametrize(
    "text",
    [
        "Dato:\nSted:\n23-02-2015 kl. 10:00\n",  # kkr-hovedstaden: an empty label
        "Mødested: Borgerrepræsentationens mødesal\n",
        "1. Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n",
        "Lokale: Byrådssalen, Brønderslev Rådhus\n",
        "SagsfremstillingUdvalget besøger Tarm Bogtryk\n",  # glued words from a portal page
    ],
)
def test_labels_places_and_titles_are_never_bodies(text: str) -> None:
    body = _meeting(text).body
    assert body is None or body.lower() not in {"dato", "sted", "byrådssalen", "godkendelse af dagsorden"}
    assert body != "SagsfremstillingUdvalget"


def test_body_phrases_and_kinds() -> None:
    assert [p.name for p in body_phrases("Erhvervs-, Klima- og Arbejdskraftudvalget den 27. oktober")] == [
        "Erhvervs-, Klima- og Arbejdskraftudvalget"
    ]
    assert despace("K K R S Y D D A N M A R K").strip() == "KKR Syddanmark"
    kinds = {
        "Økonomiudvalget": ("udvalg", False),
        "Kommunalbestyrelsen": ("kommunalbestyrelse", False),
        "Borgerrepræsentationen": ("borgerrepræsentation", False),
        "Magistraten": ("magistrat", False),
        "Det fælles landdistriktsråd": ("lokaludvalg", False),
        "KKR Sjælland": ("kkr", True),
        "Sundhedsdirektørkredsen": ("forum", True),
        "kommunaldirektørnetværket i den midtjyske region": ("director-network", True),
        "Bestyrelsen": ("bestyrelse", True),
        "Business Region Aarhus": ("business-region", True),
        "Kontaktudvalget": ("other", True),
    }
    for name, (kind, cross) in kinds.items():
        assert (body_kind(name), is_cross_municipal(name)) == (kind, cross), name
    assert body_kind("Dato") is None and body_kind("Byrådssalen") is None


# --- the date -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Dato: Onsdag, April 3, 2019 - 18:00", date(2019, 4, 3)),  # roskilde (OS2web, English month first)
        ("STARTTIDSPUNKT\n\n04-06-2020 09:00:00", date(2020, 6, 4)),  # holbaek
        ("Tirsdag 16. mar 2021 kl. 07:45", date(2021, 3, 16)),  # kolding
        ("Onsdag den 26-03-2008 kl. 17:00", date(2008, 3, 26)),  # odense
        ("Den 09.01.2020 kl. 13:00 i Tapperiet", date(2020, 1, 9)),  # koege
        ("29. mar 2022", date(2022, 3, 29)),  # thisted
        ("15-maj-2002", date(2002, 5, 15)),
        ("4/6-2020", date(2020, 6, 4)),
    ],
)
def test_date_forms(text: str, day: date) -> None:
    assert [d.value for d in find_dates(text)][:1] == [day]


def test_the_meeting_date_not_the_portal_date() -> None:
    # viborg-oekonomiudvalget: a view counter's date first, the labelled meeting date after it
    text = (
        "12.09.2013 Views\n\nReferat - Viborg Kommune\n\nØkonomiudvalget<br />\n\n<strong>Referat</strong><br />\n\n"
        "Mødedato: Onsdag den 12. december 2012<br />\n\nMødetidspunkt: 12:30<br />\n"
    )
    meeting = _meeting(text)
    assert _day(meeting) == date(2012, 12, 12)
    assert meeting.start is not None and (meeting.start.hour, meeting.start.minute) == (12, 30)
    # sundhedsdirektoerkredsen: "Udgivet" is the publication date
    assert _day(_meeting("Møde i Sundhedsdirektørkredsen\n\nUdgivet 06.10.2023\n\nden 4. oktober 2023")) == date(
        2023, 10, 4
    )


def test_a_flattened_header_keeps_its_date_when_an_item_starts_on_its_line() -> None:
    # esbjerg-oekonomiudvalget (pdf-flattened)
    text = (
        'Referat. fra Økonomiudvalget\n\nDownload "Referat. fra Økonomiudvalget"\n\nTranskript\n\n'
        "1 Referat fra Økonomiudvalget Mødedato: Mandag den 6. oktober 2014 Mødetidspunkt: 9:30-11:00 Mødested:\n"
    )
    meeting = _meeting(text)
    assert meeting.body == "Økonomiudvalget"
    assert _day(meeting) == date(2014, 10, 6)


def test_the_extracted_facts_carry_the_header() -> None:
    facts = extract_facts(_meeting("Byrådet - Referat\n\nDato: 29. januar 2020\nTidspunkt: Kl. 19:00\n"))
    assert (facts.body, facts.start) == ("Byrådet", "2020-01-29T19:00+01:00")


# --- the municipality -----------------------------------------------------------------------------

_ITEM = "\n\n1. Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n"


def _municipality(text: str) -> str | None:
    facts = extract_facts(_meeting(text))
    return facts.municipality.name if facts.municipality else None


@pytest.mark.parametrize(
    ("text", "municipality"),
    [
        # gentofte, rebild: the publisher's name in capitals
        ("GENTOFTE KOMMUNE Referat af møde i Kommunalbestyrelsen Mødetidspunkt 31-08-2015 18:00" + _ITEM, "Gentofte"),
        ("REBILD KOMMUNE REFERAT Byrådet Mødedato: Torsdag den 01-03-2007. Mødetidspunkt: 17:00." + _ITEM, "Rebild"),
        # kk-borgerrepraesentationen: the genitive
        ("Gå ikke glip af vigtig Digital Post fra Københavns Kommune\n\nMødedato: 04.11.2021, kl. 17:30" + _ITEM,
         "København"),
        # frederikshavn: the body named with its municipality
        ("Frederikshavn Byråd. Ordinært møde. Dato 24. juni 2015 Tid 19:00." + _ITEM, "Frederikshavn"),
        # broenderslev: the town hall
        ("Byrådet - Referat\n\nDato: 29. januar 2020\nLokale: Byrådssalen, Brønderslev Rådhus" + _ITEM, "Brønderslev"),
        # kolding: the council named in the minutes of its committee
        ("Dagsorden\n\nTirsdag 16. mar 2021 kl. 07:45\n\nØkonomiudvalget\n\nReferat" + _ITEM
         + "\nHenrik Nielsen har anmodet om at udtræde af Kolding Byråd pr. 23. marts 2021.\n", "Kolding"),
        # esbjerg: the one municipality a committee's minutes name
        ("Referat fra Økonomiudvalget Mødedato: Mandag den 6. oktober 2014" + _ITEM
         + "\nordlyden i Esbjerg Kommunes sygefraværsstrategi.\n", "Esbjerg"),
    ],
)  # fmt: skip
def test_the_meetings_own_municipality(text: str, municipality: str) -> None:
    assert _municipality(text) == municipality


@pytest.mark.parametrize(
    "text",
    [
        # kkr-syddanmark: representatives of several municipalities
        ("K K R S Y D D A N M A R K\n\n1 REFERAT 2014 K K R S Y D D A N M A R K Dato: :00 Sted: Hotel Trinity, "
         "Gl. Færgevej 30, 7000 Fredericia\n\n3 Deltagerfortegnelse Deltagere Søren Steen Andersen, Assens Kommune "
         "Ib Kristensen, Billund Kommune Johnny Søtrup, Esbjerg Kommune" + _ITEM),
        # brn-bestyrelse: a business region's board, its members' municipalities listed
        ("Referat Bestyrelse. Fredag 27. januar 2017 kl Mødelokale K Niels Bohrs Vej Aalborg Øst\n\n"
         "3 Deltagere Birgit Hansen Frederikshavn Kommune Lene Kjelgaard Jensen Thisted Kommune" + _ITEM),
        # affaldplus: an inter-municipal company's board; a municipality named in an item is not its own
        ("Bestyrelsesmøde 29. januar 2016 kl. 10.00, Ved Fjorden 20\n\n"
         "Pkt. 1. Mellemværende med Næstved Varmeværk (B)\n\nBeslutning:\nGodkendt. Næstved Kommune orienteres.\n"),
        # kdnet-midtjylland: a directors' network
        ("Referat fra møde i kommunaldirektørnetværket i den midtjyske region\n\nTid og sted: Fredag 14. oktober "
         "2011, Medborgerhuset, Bindslevs Plads 5, Silkeborg" + _ITEM
         + "\nidet Lemvig Kommune ikke bakkede op om formuleringen\n"),
        ("Møde i Sundhedsdirektørkredsen\n\nUDVALG\n\nSundhedsdirektørkredsen\n\nSTARTTIDSPUNKT\n\n2023-10-04 13:00"
         + _ITEM + "\nVejle Kommune og Kolding Kommune orienterede.\n"),
    ],
)  # fmt: skip
def test_a_cross_municipal_body_has_no_municipality(text: str) -> None:
    assert _municipality(text) is None


# --- the kind -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Dagsorden til møde i KKR Hovedstaden den 23. februar 2015" + _ITEM.replace("Godkendt.", ""), "dagsorden"),
        # kolding: the portal's "Dagsorden" heading over the minutes
        ("Dagsorden\n\nTirsdag 16. mar 2021 kl. 07:45\n\nØkonomiudvalget\n\nTeams\n\nReferat" + _ITEM, "referat"),
        # naestved: no heading, decisions inline
        ("Byrådet 22-11-2016\nPunkt 171: Godkendelse af dagsorden\n00.22.02-A26-1-13 Beslutning Byrådet, 22.11.2016 "
         "Githa Nelander var fraværende. Godkendt.\n", "referat"),
        # rudersdal-hoersholm-beredskabskommission: "Dagsorden med vedtagelser", the PDF's columns interleaved
        ("Den fælles Dagsorden Møde nr.: 15 Beredskabskommission for med Den: Rudersdal og Hørsholm vedtagelser "
         "Side: 1 Kommuner\n\n1. Godkendelse af referat\n\nBeredskabskommissionen godkendte referatet\n", "referat"),
        ("Dagsorden og beslutninger\n\nØkonomiudvalget\n\n1. Godkendelse af dagsorden\n", "referat"),
        ("Dagsorden\n\nØkonomiudvalget\n\n1. Sager til beslutning\n", "dagsorden"),
        # regionh-forretningsudvalget-2010-01-04 (dev) and Hørsholm's Økonomiudvalget (docplayer): headed by the
        # decisions taken
        ("1 BESLUTNINGER REGION HOVEDSTADEN FORRETNINGSUDVALGET Mandag den 4. januar 2010 Kl Regionsgården i "
         "Hillerød\n\n1. Meddelelser\n\nSagsfremstilling\n\nTekst.\n", "referat"),
        ("Beslutninger fra mødet Torsdag kl Ordinært møde Økonomiudvalget\n\n1. Meddelelser\n\nTekst.\n", "referat"),
        ("Dagsorden\n\nØkonomiudvalget\n\n1. Beslutninger om dagsordenen\n\nTekst.\n", "dagsorden"),
        # fredensborg-seniorraad-2015-06-04 (dev): the kind letter-spaced in lower case after its capital
        ("R e f e r a t MØDE Fredensborg Seniorråd. Torsdag den 4. juni 2015 kl. 13.00\n\n1. Meddelelser\n\n"
         "Tekst.\n", "referat"),
        ("D a g s o r d e n MØDE Fredensborg Seniorråd. Torsdag den 4. juni 2015 kl. 13.00\n\n1. Meddelelser\n\n"
         "Tekst.\n", "dagsorden"),
    ],
)  # fmt: skip
def test_minutes_or_agenda(text: str, kind: str) -> None:
    assert _meeting(text).kind == kind


@pytest.mark.parametrize(
    "text",
    [
        # brn-news: a press release about a board
        "Skip to content\n\nPRESSEMEDDELELSE\n\nVagtskifte i formandskabet for Business Region North Denmark\n\n"
        "Per Bach Laursen, borgmester i Vesthimmerland Kommune, bliver ny formand.\n\nBestyrelsen i Business Region "
        "North Denmark har rokeret rundt og udpeget en ny formand. Det blev besluttet den 29. juni 2023.\n",
        # silkeborg-news: "Dagsorden godkendt" is a news heading, not the document's kind
        "Skip til hoved indholdet\n    Hjem Nyheder Byrådet har besluttet\n\nByrådet har besluttet\n\n"
        "Dagsorden godkendt\n\nSilkeborg Kommune: Byrådet har godkendt mødets dagsorden.\n"
        "Byrådsmødet, tirsdag 19. april 2022, sag 3\n",
        # kl-kkr-hovedstaden-webpage: a body's page linking to its minutes
        "Indhold\n\nKKR Hovedstaden\n\nKKR Hovedstaden er et af de fem kommunekontaktråd (KKR).\n\nSeneste nyt\n\n"
        " • 26.04.17\n\n  Ny turismestrategi\n\n • 26.04.17\n\n  Fastholder aftale\n\nMøder\n\n x\n\n y\n\n z\n\n"
        "  Dagsorden/mødereferat\n\n  Referat af møde i KKR Hovedstaden den 24. april 2017\n",
    ],
)
def test_pages_that_are_not_minutes_have_no_meeting(text: str) -> None:
    meeting = _meeting(text)
    assert (meeting.kind, meeting.body, meeting.start) == (None, None, None)
    labels = {entity.type for entity in extract_facts(meeting).entities}
    assert "Document" in labels and "Meeting" not in labels  # the page is in the graph; no meeting is invented


# --- the header lacks the date or the body: the agenda approval and the decision headings ---------


def test_the_agenda_approval_names_the_date_and_body() -> None:
    meeting = _meeting("Punkt 1: Godkendelse af dagsorden for KB den 22. januar 2020\n\nBeslutning\n\nGodkendt.\n")
    assert (meeting.body, _day(meeting)) == ("Kommunalbestyrelsen", date(2020, 1, 22))
    # thisted: "… til dagens møde i Kommunalbestyrelsen"
    meeting = _meeting(
        "Deltagere:\n\n • Brian Nielsen (D)\n\n1. Godkendelse af dagsorden\n\n"
        "Godkendelse af dagsorden til dagens møde i Kommunalbestyrelsen den 29. marts 2022.\n\n"
        "Beslutning\n\nGodkendt.\n"
    )
    assert (meeting.body, _day(meeting)) == ("Kommunalbestyrelsen", date(2022, 3, 29))


def test_the_decision_headings_date_the_meeting() -> None:
    # fredensborg: the body on a line of its own, the date only in the decision heading
    meeting = _meeting(
        "Byrådet\n\nMedlemmer\n\nThomas Lykke Pedersen (A)\n\n1. Godkendelse af dagsorden\n\n"
        "Beslutning i Byrådet den 26-01-2015\n\nGodkendt.\n"
    )
    assert (meeting.body, _day(meeting)) == ("Byrådet", date(2015, 1, 26))


def test_municipality_then_body() -> None:
    meeting = _meeting("Næstved Kommune - Social- og Sundhedsudvalget\n\nReferat\n\nDato: 3. maj 2021" + _ITEM)
    assert meeting.body == "Social- og Sundhedsudvalget"
    assert meeting.municipality is not None and meeting.municipality.name == "Næstved"


def test_a_place_alone_does_not_place_a_body_of_unknown_reach() -> None:
    # "Comwell Kolding" is where a forum met, not whose forum it is
    text = "Styregruppen\n\nReferat\n\nDato: 3. marts 2022\nSted: Comwell Kolding, 6000 Kolding" + _ITEM
    assert _municipality(text) is None
    # a committee meeting at its own town hall is that municipality's
    text = "Økonomiudvalget\n\nReferat\n\nDato: 3. marts 2022\nSted: Mødelokale 1, Vejle Rådhus" + _ITEM
    assert _municipality(text) == "Vejle"


def test_udvalget_for_keeps_its_field_and_stops_at_the_heading_words() -> None:
    names = [p.name for p in body_phrases("Lokaludvalget for Amager Øst Referat den 3. maj 2018")]
    assert names == ["Lokaludvalget for Amager Øst"]
    assert [p.name for p in body_phrases("Økonomiudvalget for perioden 2018-2021")] == ["Økonomiudvalget"]


def test_an_empty_label_never_takes_the_next_labels_line() -> None:
    # kkr-hovedstaden: two labels, then their values in the same order
    meeting = _meeting(
        "Dagsorden til møde i KKR Hovedstaden den 23. februar 2015\nDato:\nSted:\n23-02-2015 kl. 10:00\n"
        "Uddannelsescenteret, indgang 50, Bispebjerg\n"
    )
    assert meeting.start is not None and (meeting.start.hour, meeting.start.minute) == (10, 0)
    assert meeting.location == "Uddannelsescenteret, indgang 50, Bispebjerg"
    # esbjerg (flattened): "Mødested: Deltagere: Borgmesterens mødelokale"
    assert _meeting("Mødested:\nDeltagere:\nBorgmesterens mødelokale\n").location == "Borgmesterens mødelokale"


def test_joint_bodies_of_region_and_municipalities_are_cross_municipal() -> None:
    for name in ("Sundhedskoordinationsudvalget", "Den fælles Beredskabskommission", "Kontaktudvalget"):
        assert is_cross_municipal(name), name
    text = "Referat fra Sundhedskoordinationsudvalget\n\nDato: 3. maj 2021\nSted: Vejle Rådhus" + _ITEM
    assert _municipality(text) is None


def test_a_body_of_unknown_reach_naming_two_municipalities_names_neither() -> None:
    text = (
        "Styregruppen\n\nReferat\n\nDato: 3. marts 2022\nDeltagere: Anne Hansen, Vejle Kommune, Bo Jensen, "
        "Kolding Kommune" + _ITEM + "\nVi drøftede sagen.\n"
    )
    assert _municipality(text) is None


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("BØRNE- OG UNGEUDVALGET", "Børne- og Ungeudvalget"),  # a heading in capitals
        ("ÅBEN DAGSORDEN ØKONOMIUDVALGET", "Økonomiudvalget"),
        ("Teknisk Udvalg", "Teknisk Udvalg"),  # an adjective and a bare head
        ("Referat af Kultur- og Fritidsudvalgets møde den 3. maj 2021", "Kultur- og Fritidsudvalget"),
        ("Kommunalbestyrelsen (2018-2021)", "Kommunalbestyrelsen (2018-2021)"),
        # a compound's first parts listed with commas (odder: a committee's chair; alleroed, read beyond the
        # corpus: its decision heading), also before a hyphenated part
        ("Miljø, Teknik og Klimaudvalget: Ole Lyngby Pedersen (V)", "Miljø, Teknik og Klimaudvalget"),
        ("Børne, Uddannelses- og Kulturudvalget: Lone Jakobi (A)", "Børne, Uddannelses- og Kulturudvalget"),
        ("Beslutning Teknik, Erhverv, Plan og Miljøudvalget 2018-2021 den 06-03-2018",
         "Teknik, Erhverv, Plan og Miljøudvalget 2018-2021"),
        ("Erhvervs-, Klima- og Arbejdskraftudvalget", "Erhvervs-, Klima- og Arbejdskraftudvalget"),
        # the municipality a council is of, after it (roskilde-lbr-2014-03-10; aabenraa, ballerup, greve, solrød),
        # "Det Lokale" before it; a word after "i" that names no municipality is no part of the name
        ("Det Lokale Beskæftigelsesråd i Roskilde, 10-03-2014, pkt. 13", "Det Lokale Beskæftigelsesråd i Roskilde"),
        ("Referat fra mødet i Ældrerådet i Ballerup Kommune den 3. maj", "Ældrerådet i Ballerup Kommune"),
        ("Handicaprådet i Lyngby-Taarbæk", "Handicaprådet i Lyngby-Taarbæk"),
        ("Drøftet i Udvalget i Januar", "Udvalget"),
    ],
)  # fmt: skip
def test_body_name_forms(line: str, name: str) -> None:
    assert [p.name for p in body_phrases(line)] == [name]
    assert "Titel Udvalg" not in [p.name for p in body_phrases("Titel Udvalg Funktioner")]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        # a list of bodies is no compound: each listed word a body of its own
        ("Syddanmark, Vækstforum og Regionsrådet", ["Vækstforum", "Regionsrådet"]),
        ("Byrådet, Økonomiudvalget og Miljøudvalget", ["Byrådet", "Økonomiudvalget", "Miljøudvalget"]),
        ("Lars Hansen, Ole Jensen og Økonomiudvalget", ["Økonomiudvalget"]),  # people listed before a body
        ("Dato: 3. maj, Teknik og Miljøudvalget", ["Miljøudvalget"]),  # no list of parts before "og"
    ],
)
def test_bodies_listed_with_commas_stay_apart(line: str, names: list[str]) -> None:
    assert [p.name for p in body_phrases(line)] == names


def test_a_publication_word_far_from_the_date_does_not_hide_it() -> None:
    # kdnet-midtjylland (flattened): the meeting date, and much later on the same line "ændret"
    line = (
        "1 Referat fra møde i kommunaldirektørnetværket Tid og sted: Fredag 14. oktober 2011, Medborgerhuset, "
        "Silkeborg Deltagere: Afbud: Niels Højberg " + "x " * 40 + "formuleringen blev ændret."
    )
    assert _day(_meeting(line + _ITEM)) == date(2011, 10, 14)
    assert _day(_meeting("Opdateret: 25. november 2016\n\nByrådet 29. januar 2016" + _ITEM)) == date(2016, 1, 29)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Du er her: Forside > Politik > Dagsordener og referater > Kultur- og Idrætsudvalget\n\nReferat\n\n"
         "Dato: 3. april 2019", "Kultur- og Idrætsudvalget"),  # a portal's breadcrumbs
        ("Dagsordener og referater for Økonomiudvalget\n\nMødedato: 3. april 2019", "Økonomiudvalget"),
    ],
)  # fmt: skip
def test_portal_navigation_names_the_body(text: str, body: str) -> None:
    assert _meeting(text + _ITEM).body == body


def test_an_agenda_heading_over_what_happened_is_minutes() -> None:
    # frederiksberg: "Åben dagsorden" over who sent apologies and who came instead
    text = (
        "Åben dagsorden\nKommunalbestyrelsen\nDen 20. april 2015, kl. 19.00-23.55\nKatrine Lester og Laura Lindahl "
        "havde meldt forfald. I stedet mødt Anja Camilla Ravn og Lars Berg Andersen.\n \n76.  Spørgsmål fra rådmand "
        "Balder Mørk Andersen om parkeringsforliget\n77.  Kommunale test på folkeskolerne\n"
    )
    assert _meeting(text).kind == "referat"
    agenda = "Dagsorden\nKommunalbestyrelsen\nDen 20. april 2015, kl. 19.00\nAfbud: Katrine Lester\n\n76.  Spørgsmål\n"
    assert _meeting(agenda).kind == "dagsorden"


def test_with_only_a_publication_date_in_the_header_the_agenda_approval_dates_the_meeting() -> None:
    text = (
        "Opdateret: 25. november 2016\n\nByrådet\n\n1. Godkendelse af dagsorden for mødet den 29. januar 2016\n\n"
        "Lovgrundlag: lov af 3. maj 2010\n\nBeslutning\n\nGodkendt.\n"
    )
    assert _day(_meeting(text)) == date(2016, 1, 29)


def test_an_earlier_committees_decision_does_not_name_the_body() -> None:
    # naestved: the case's history quotes the committees before this meeting
    text = (
        "Referat\n\nDato: 22. november 2016\n\nPunkt 172: Endelig vedtagelse af lokalplan 067\n"
        "Beslutning Plan- og Ejendomsudvalget, 24.10.2016 Anbefales\nØkonomiudvalget, 31.10.2016 Anbefales.\n"
        "Beslutning Byrådet, 22.11.2016 Godkendt.\n"
    )
    assert _meeting(text).body == "Byrådet"


def test_a_page_that_is_not_minutes_takes_no_municipality_from_a_mention() -> None:
    # brn-news: the new chair's municipality is not a meeting's
    text = (
        "Skip to content\n\nPRESSEMEDDELELSE\n\nVagtskifte i formandskabet for Business Region North Denmark\n\n"
        "Per Bach Laursen, borgmester i Vesthimmerland Kommune, bliver ny formand.\n"
    )
    assert _municipality(text) is None


def test_a_board_meeting_names_whose_board_it_is() -> None:
    # nt-bestyrelse-2008-11-14, midttrafik-repraesentantskab-2008-05-23: "<body>smøde i/hos <org>"
    text = (
        "Transkript\n\n1 Referat Bestyrelsesmøde hos Nordjyllands Trafikselskab 14. november 2008 Kl i Mødelokale "
        "1 og 2 J. F. Kennedys Plads 1R, 3. sal\n"
    )
    assert _meeting(text).body == "Bestyrelsen hos Nordjyllands Trafikselskab"
    assert _meeting("Referat fra Repræsentantskabsmøde i Midttrafik\n\n23. maj 2008\n").body == (
        "Repræsentantskabet i Midttrafik"
    )
    assert _meeting("Bestyrelsesmøde 29. januar 2016 kl. 10.00, Ved Fjorden 20\n").body == "Bestyrelse"


def test_the_body_after_ordinary_meeting() -> None:
    # hoersholm-oekonomiudvalget-2007-05-24
    text = (
        "Transkript\n\n1 Beslutninger fra mødet Torsdag kl Ordinært møde Økonomiudvalget\n\n"
        "3 Følgende sager blev behandlet på mødet ØU-55/07-O Økonomisk orientering maj 2007 Økonomisk Orientering "
        "illustrerer det samlede forbrug af udvalgenes drifts- og anlægsmidler i 2007. Beslutning: Taget til "
        "efterretning.\n"
    )
    assert _meeting(text).body == "Økonomiudvalget"


def test_the_open_agenda_approval_names_body_and_date() -> None:
    # stevns-kommunalbestyrelsen-2020-01-22: "åben dagsorden for KB den ..."
    meeting = _meeting(
        "Referat\n\n  • 301. Åben dagsorden - godkendelse\n\n    Resume\n\n"
        "    Godkendelse af åben dagsorden for KB den 22. januar 2020.\n\n    Beslutning\n\n    Godkendt.\n"
    )
    assert meeting.body == "Kommunalbestyrelsen"
    assert _day(meeting) == date(2020, 1, 22)


def test_an_empty_meeting_closed_field_does_not_make_an_agenda_minutes() -> None:
    # skive-oekonomiudvalget-2014-08-12: the agenda's template has "Mødet hævet:" with no time
    text = (
        "1 ÅBEN DAGSORDEN ØKONOMIUDVALG Mødedato: 12. august 2014 Mødested: Gl. Rådhus, Byrådssalen "
        "Mødetidspunkt: 16:00 Mødet hævet: Deltagere: Peder Chr. Kirkegaard, Anna-Lise Vestergaard Fraværende:\n"
    )
    assert _meeting(text).kind == "dagsorden"
    assert _meeting(text.replace("Mødet hævet:", "Mødet hævet: 17:30")).kind == "referat"


# --- bodies named by their district or their areas (issue 12 item 4) --------------------------------


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # a local council named by its district before the head word (the dev gold note of
        # kk-lokaludvalg-2018-04-19 names "Brønshøj-Husum Lokaludvalg")
        (
            "Brønshøj-Husum Lokaludvalg\nReferat af møde torsdag den 19. april 2018 kl. 18.30\n",
            "Brønshøj-Husum Lokaludvalg",
        ),
        ("Referat\nAmager Øst Lokaludvalg\n19-04-2018\n", "Amager Øst Lokaludvalg"),
        # the compound without a head word: a committee named by its areas, in the genitive
        ("Social og sundheds møde\n03-03-2021\n", "Social og sundhed"),
    ],
)
def test_a_body_named_by_its_district_or_its_areas(text: str, body: str) -> None:
    items = "\n1. Godkendelse af dagsorden\n\nBeslutning\nGodkendt.\n\n2. Eventuelt\n\nBeslutning\nIntet.\n"
    assert _meeting(text + items).body == body


def test_a_word_before_a_local_council_that_is_no_district_is_not_its_name() -> None:
    assert [p.name for p in body_phrases("Referat Lokaludvalg")] == ["Lokaludvalg"]
    assert [p.name for p in body_phrases("Godkendt Lokalråd")] == ["Lokalråd"]


def test_a_flattened_page_names_its_publisher_only_at_its_head() -> None:
    # a PDF transcript puts a whole page on one line: participants' municipalities deep in the first
    # page are not the publisher's name, as one at the page's head would be
    prose = "Styregruppen følger arbejdet med den fælles strategi og drøfter status på indsatserne. " * 5
    people = "Deltagere: Anne Jensen, Vejle Kommune, Bo Berg, Kolding Kommune."
    page = f"1 Styregruppen Referat Dato: 3. marts 2022 {prose}{people}"
    assert parse_meeting(source_from_text(page + _ITEM)).municipality is None
    one_municipality = page.replace(people, "Deltagere: Anne Jensen og Bo Berg.")
    headed = parse_meeting(source_from_text("1 Vejle Kommune " + one_municipality + _ITEM)).municipality
    assert headed is not None and headed.name == "Vejle"
    # the people of two municipalities meet for both: the page's publisher is not the meeting's owner
    assert parse_meeting(source_from_text("1 Vejle Kommune " + page + _ITEM)).municipality is None


# dragoer-aeldreraadet-2017-04-03: a council's meeting named by one word ("Ældrerådsmøde") is that
# council's; its municipality is the one it is named with ("fra Dragør Ældreråd").
DRAGOER = """Referat af Ældrerådsmøde den 3.april 2017

Referat af Ældrerådsmøde Mandag den 03.april 2017 Kl. 10.00 i lokale M1 på Wiedergården
Fremmødt: Sten Brincker, Richard Barth, Vagn E Larsen, Bent Larsen og Kirja Kongsbak.

5. Vestegnstræf i Ballerup
Der afholdes Vestegnstræf i Ballerup den 3.maj 2017. Maks. 2-3 medlemmer fra Dragør kan deltage.

6. Repræsentantskabsmøde i Nyborg.
Der afholdes repræsentationsmøde i Nyborg den 24.april 2017. Der er tilmeldt 2 repræsentanter fra Dragør Ældreråd.
"""


def test_a_councils_meeting_word_names_the_council_and_its_municipality() -> None:
    meeting = _meeting(DRAGOER)
    assert meeting.body == "Ældrerådet"
    assert _day(meeting) == date(2017, 4, 3)
    facts = extract_facts(meeting)
    assert facts.municipality is not None and facts.municipality.name == "Dragør"


def test_a_body_named_with_two_municipalities_gets_neither() -> None:
    text = DRAGOER + "\nOgså Tårnby Ældreråd var repræsenteret.\n"
    facts = extract_facts(_meeting(text))
    assert facts.municipality is None


def test_the_date_a_meeting_is_said_to_be_held_on_beats_the_date_a_line_opens_with() -> None:
    # friluftsraadet-reku-2010-05-31 (flattened): the minutes' own date, then the meeting's
    text = (
        "1 15. juni 2010 Referat fra møde i Regionskontaktudvalget (REKU) den 31. maj 2010 i Friluftsrådet, "
        "Scandiagade 13, 2450 København SV Tilstede: Egon Østergaard Friluftsrådets bestyrelse\n\n"
        "2 1. Godkendelse af dagsorden Dagsordenen blev godkendt.\n"
    )
    assert _day(_meeting(text)) == date(2010, 5, 31)
    # kdnet-midtjylland-2011-10-14: an earlier meeting's minutes to approve are not this meeting's
    kdnet = (
        "1 Referat fra møde i kommunaldirektørnetværket Tid og sted: Fredag 14. oktober 2011, Silkeborg "
        "1. Godkendelse af dagsorden Med tilføjelsen blev dagsordenen godkendt. 2. Godkendelse af referatet "
        "fra møde fredag den 19. august 2011 Bilag 1.\n"
    )
    assert _day(_meeting(kdnet)) == date(2011, 10, 14)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # odsherred-aeldreraadet-2023-06-28 (web page): the page's date alone over the meeting's day
        (
            "17.07.2023\n\nNyt fra Ældrerådet juli 2023\n\nHer kan du læse referat af møde i Ældrerådet den "
            "28. juni 2023\n\nMøde med formanden for udvalget\n\nÆldrerådet havde inviteret formanden.\n",
            date(2023, 6, 28),
        ),
        # variants: a written date alone, "d.", no "den", a weekday
        ("3. marts 2021\n\nReferat fra mødet i Handicaprådet d. 24. februar 2021\n\nTekst.\n", date(2021, 2, 24)),
        ("12-11-2019\n\nReferat af bestyrelsesmøde 5. november 2019\n\nTekst.\n", date(2019, 11, 5)),
        # the next meeting is another meeting; a day after the page's date or a year before is none
        ("17.07.2023\n\nNæste møde i Ældrerådet den 28. august 2023\n\nTekst.\n", date(2023, 7, 17)),
        ("17.07.2023\n\nReferat af møde i Ældrerådet den 28. juli 2023\n\nTekst.\n", date(2023, 7, 17)),
        ("17.07.2023\n\nReferat af møde i Ældrerådet den 28. juni 2022\n\nTekst.\n", date(2023, 7, 17)),
    ],
)
def test_a_date_alone_gives_way_to_the_day_a_line_below_says_the_meeting_was_held(text: str, day: date) -> None:
    assert _day(_meeting(text)) == day


def test_an_area_is_no_council() -> None:
    # rsyd-vaekstforum-formandskab-2007-05-30: "Indsatsområde" holds "råd" but names an area
    assert body_phrases("6. Indsatsområde: Oplevelsesøkonomi") == []
    assert [p.name for p in body_phrases("Møde i Ældrerådet")] == ["Ældrerådet"]


@pytest.mark.parametrize(
    "body",
    [
        "Sundhedssamordningsudvalget",  # regionsyddanmark-sundhedssamordningsudvalget-2012-08-21
        "Vækstforum",  # rsyd-vaekstforum-2006-05-04
        "Formandskabet for Vækstforum",  # rsyd-vaekstforum-formandskab-2007-05-30
    ],
)
def test_region_and_municipalities_joint_bodies_are_cross_municipal(body: str) -> None:
    assert is_cross_municipal(body)


def test_decision_minutes_named_by_a_compound_are_minutes() -> None:
    # rsyd-vaekstforum-2006-05-04: "Beslutningsreferat" heads the minutes (no items in the excerpt)
    text = (
        "Beslutningsreferat 4. maj 2006 (Vækstforum)\n\nMøde i Vækstforum for Region Syddanmark\n\n"
        "4. maj 2006 kl. 16.15-18.30 på Munkebjerg Hotel Munkebjergvej 125, 7100 Vejle\n\n"
        "Til stede på mødet var\n\n • Borgmester Jan Boye (K), Odense Kommune\n"
    )
    meeting = _meeting(text)
    assert meeting.kind == "referat"
    assert _day(meeting) == date(2006, 5, 4)


def test_a_numbering_label_names_no_kind() -> None:
    # ktc-bestyrelse-2010-11-26: "Møde/referat nr.: 7, 2010" numbers the meeting of an agenda
    text = (
        "1 Bestyrelsesmøde Dagsorden Møde/referat nr.: 7, 2010 Sted: KL Dato: 26. november 2010 kl\n\n"
        "Pkt. 1 Godkendelse af referater\n\nPkt. 2 KTCs kommunikationsstrategi\n"
    )
    assert _meeting(text).kind == "dagsorden"


MIDDELFART = """Referat for Økonomiudvalget møde den 22. maj 2017

Møde:
Økonomiudvalget
Mødetid:
22. maj 2017 kl. 14:00

ÅBNE SAGER

39. Anmodning om igangsætning af lokalplan til boligformål på Uraniavej
Sagsnr.: 2017-004392

Anmodning om kommuneplanlægning for boligformål for op til 24 boliger i to etager på Uraniavej i Middelfart.

Planafdelingen har april 2017 fået anmodning om etablering af 24 boliger på Uraniavej 8 i Middelfart.
"""


def test_a_committee_whose_minutes_name_one_town_twice_is_that_towns() -> None:
    # middelfart-oekonomiudvalget-2017-05-22: no "Middelfart Kommune", the one place named twice
    facts = extract_facts(_meeting(MIDDELFART))
    assert facts.municipality is not None and facts.municipality.name == "Middelfart"
    once = MIDDELFART.replace("på Uraniavej 8 i Middelfart", "på Uraniavej 8")
    assert extract_facts(_meeting(once)).municipality is None
    two_towns = MIDDELFART + "\nSagen er drøftet med Fredericia.\n"
    assert extract_facts(_meeting(two_towns)).municipality is None


# A committee named in lower case after "mødet i" (rm-regional-udvikling-2019-08-07, dev: "Referat til
# mødet i Udvalg for regional udvikling den 7. august 2019"): the name runs to its line's end or to the
# meeting's date; a sentence's "udvalget for videre behandling" is no name.
LOWER_CASE_NAMES = [
    (
        "Referat\ntil\nmødet i Udvalg for regional udvikling\nden 7. august 2019 kl. 14:00\n",
        "Udvalg for regional udvikling",
    ),
    (
        "Dagsorden til mødet i Udvalg for nære sundhedstilbud den 3. marts 2020 kl. 13:00\n",
        "Udvalg for nære sundhedstilbud",
    ),
    ("Referat\n\nmødet i Udvalget for Teknik og Miljø den 4. maj 2021\n", "Udvalget for Teknik og Miljø"),
]


@pytest.mark.parametrize(("text", "body"), LOWER_CASE_NAMES)
def test_a_body_named_in_lower_case_after_moedet_i(text: str, body: str) -> None:
    assert _meeting(text).body == body


def test_a_sentence_about_a_committee_names_no_lower_case_body() -> None:
    names = [p.name for p in body_phrases("Sagen sendes til udvalget for videre behandling den 4. maj 2021")]
    assert names == ["udvalget"]


# midttrafik-kommunemoede-2014-10-09 (dev): an agenda entry telling of one municipality's doings
# ("Favrskov kommunes erfaringer") in a flattened header is not the meeting's municipality
def test_a_municipality_told_of_in_the_header_is_not_the_meetings() -> None:
    text = (
        "1 Referat fra Kommunemøde den 09. oktober 2014 Sted Koldkærgaard kursuscenter Dagsorden Mødet blev afholdt"
        " med flg. dagsorden: 1. Flextur 2. Favrskov kommunes erfaringer med opstart af kørsel hos Midttrafik"
        " 3. Afslutning\n"
    )
    assert _meeting(text).municipality is None
    # the agenda on the line is read as items (parse/flatten_run_in), so the entry is an item's title, not header;
    # the same municipality heading the document is the meeting's
    assert _meeting(text.replace("1 Referat fra", "Favrskov Kommune: Referat fra")).municipality is not None


# Hvidovre's portal ("Mødested: Hvidovre") and toender-kommunalbestyrelsen-2015-06-25 ("Byrådssalen, Tønder"):
# a municipal body's meeting place given as its municipality's name alone; a room named after a place, or
# minutes before the 2007 reform, name none.
PLACED_IN = [
    ("Referat - Økonomiudvalget den 3. december 2018\n\nDato: Mandag den 3. december 2018\nMødetidspunkt: Kl. 17:00\n"
     "Mødested: Hvidovre\n" + _ITEM, "Hvidovre"),
    ("Referat\nUdvalg: Økonomiudvalget\nDato: 25. juni 2015\nMødested: Byrådssalen, Tønder\n" + _ITEM, "Tønder"),
    ("Referat\nUdvalg: Økonomiudvalget\nDato: 25. juni 2015\nMødested: Mødelokale Furesø\n" + _ITEM, None),
    ("Referat\nUdvalg: Økonomiudvalget\nDato: 25. juni 2004\nMødested: Byrådssalen, Tønder\n" + _ITEM, None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "municipality"), PLACED_IN)
def test_a_meeting_place_named_as_the_municipality(text: str, municipality: str | None) -> None:
    found = _meeting(text).municipality
    assert (found.name if found else None) == municipality


def test_a_self_reference_far_along_a_flattened_line_does_not_place_the_meeting() -> None:
    # midttrafik: a page flattened onto one line names municipalities in one case and says "vi"
    # hundreds of characters later in another; that "vi" makes none of them the meeting's own
    filler = "Sagen drejer sig om køreplaner og takster for de kommende år. " * 6
    line = (
        f"Favrskov Kommune og Aarhus Kommune har bestilt en ny rute til Hinnerup. {filler}"
        "Vi anbefaler, at udvalget godkender."
    )
    text = "Teknisk Udvalg\n\nReferat\n\nDato: 3. marts 2022\n" + _ITEM + "\n" + line
    assert _municipality(text) is None
    # the same words in one sentence are still the meeting's own
    near = "Vi i Favrskov Kommune anbefaler en ny rute.\nRuten aftales med Aarhus Kommune."
    assert _municipality("Teknisk Udvalg\n\nReferat\n\nDato: 3. marts 2022\n" + _ITEM + "\n" + near) == "Favrskov"


@pytest.mark.parametrize(
    ("text", "municipality"),
    [
        # lejre-kommunalbestyrelsen-destination-fjordlandet-udpegning (dev): the last of several listed
        ("Beslutning\nUdvalgets indstilling tiltrådt.\nDestination Fjordlandet er en forening for turismeerhvervene "
         "i Roskilde, Lejre og Frederikssund Kommune.\n" + _ITEM, None),
        # Fredericia (Økonomiudvalget 2014, docplayer): two listed with "og"
        ("Dagsorden til mødet i Økonomiudvalget Mødedato: Tirsdag den 9. december 2014\n"
         "Bridgewalking: Siden 2011 har Middelfart og Fredericia Kommune været sammen om projektet.\n" + _ITEM, None),
        # a publisher named alone still names the meeting's municipality
        ("Holbæk Kommune\nReferat Økonomiudvalget 4. juni 2020\n" + _ITEM, "Holbæk"),
    ],
)  # fmt: skip
def test_a_municipality_listed_with_others_is_not_the_headers(text: str, municipality: str | None) -> None:
    found = _meeting(text).municipality
    assert (found.name if found else None) == municipality


def test_a_municipality_named_only_in_a_list_of_several_is_not_inferred() -> None:
    # lejre-kommunalbestyrelsen-destination-fjordlandet-udpegning (dev): a portal page of an item; the text names
    # three municipalities as the ones a tourism association serves
    text = (
        "EKLT - Udpegning af medlemmer til Destination Fjordlandets bestyrelse\nBeslutning\n"
        "Udvalgets indstilling tiltrådt.\nResumé\nDestination Fjordlandet er en forening, der har til formål at "
        "skabe udvikling og vækst for turismeerhvervene i Roskilde, Lejre og Frederikssund Kommune.\n" + _ITEM
    )
    assert _municipality(text) is None
    assert _municipality(text.replace("Roskilde, Lejre og Frederikssund Kommune", "Lejre Kommune")) == "Lejre"


@pytest.mark.parametrize(
    "text",
    [
        # regionh-forretningsudvalget-2010-01-04 (dev): the region's house in the header, the town named thrice
        ("FORRETNINGSUDVALGET Mandag den 4. januar 2010 Kl. 10.00 Regionsgården i Hillerød, mødelokale H 6. Møde nr. 1"
         "\n\nForretningsudvalget i Hillerød drøftede ... Hillerød ... Hillerød" + _ITEM),
        # rm-regionsraadet-2007-11-14 (dev): "Regionsrådssalen, Regionshuset Viborg"
        ("Referat af mødet i Regionsrådet 14. november 2007 kl. 14:00 i Regionsrådssalen, Regionshuset Viborg, "
         "Skottenborg 26, 8800 Viborg\n\nViborg Kommune orienterede." + _ITEM),
    ],
)  # fmt: skip
def test_a_meeting_held_in_a_regions_house_has_no_municipality(text: str) -> None:
    assert _municipality(text) is None


def test_a_regions_committee_naming_a_municipality_in_an_item_has_none() -> None:
    # regionsjaelland-forretningsudvalget-2021-03-01 (dev): a contents entry names the municipality a permit is in
    text = (
        "Referat - Forretningsudvalget 2018-2021\n\n01-03-2021 09:30\n\nRådssalen\n\n1. Godkendelse af dagsorden\n\n"
        "Beslutning\n\nGodkendt.\n\n2. Tilladelse til råstofindvinding på Engmosevej 6A i Guldborgsund Kommune\n\n"
        "Beslutning\n\nGodkendt. Regionsrådet orienteres.\n"
    )
    assert _municipality(text) is None
    # a municipality's committee reporting to its council: the title's municipality is its own (a
    # "Forretningsudvalget" is a region's, an association's or a company's, none of one municipality)
    committee = text.replace("Regionsrådet", "Byrådet").replace("Forretningsudvalget", "Økonomiudvalget")
    assert _municipality(committee) == "Guldborgsund"
    assert _municipality(text.replace("Regionsrådet", "Byrådet")) is None


def test_the_day_the_minutes_were_sent_out_is_not_the_meetings() -> None:
    # nationalpark-vadehavet-bestyrelsen-2013-04-17 (dev): "Udsendt" before the meeting's own line
    text = (
        "ENDELIGT referat Udsendt 3. maj 2013\n\nMøde i Nationalparkbestyrelsen 17. april 2013\n\n"
        "Mødested: Lamhuset, Nørrebyen 5 B, 6280 Daler ved Højer" + _ITEM
    )
    assert _day(_meeting(text)) == date(2013, 4, 17)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # regionsaeldreraad-hovedstaden-forretningsudvalget-2012-08-23 (dev): the year named before the weekday
        ("Forretningsudvalgets 3. møde i 2012 torsdag den 23. august kl. 12,30-14,00\n\nTil stede: Kaj Bang.\n\n"
         "1. Godkendelse af dagsordenen. Godkendt.\n\n2. Referat af forretningsudvalgets møde den 9. maj 2012. "
         "Godkendt.\n", date(2012, 8, 23)),
        # lejre-kultur-fritid-2013-10-09 (dev, a transcript's title without the year): the year the text names
        ("Referat Udvalget for Kultur & Fritid onsdag den 9. oktober Kl. 17:00 i Mødelokale 1, Allerslev\n\n"
         "1. Budget 2014 og 2013\n\nSagsfremstilling\n\nBudget 2014.\n", date(2013, 10, 9)),
    ],
)  # fmt: skip
def test_a_weekday_dates_a_day_given_without_its_year(text: str, day: date) -> None:
    assert _day(_meeting(text)) == day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # vaeksthus-hovedstadsregionen: a date label inside a flattened line, its value a weekday's day without
        # the year, dated by the year the text names; the date the minutes were written before it is not it
        ("1 Referat 11. april 2014 Bestyrelse Væksthus Hovedstadsregionen Dato: Fredag den 4. april Tidspunkt: Kl"
         " Sted: Fruebjergvej 3\n\n1. Godkendelse af dagsorden\n", date(2014, 4, 4)),
        ("Referat 28. august 2014 Bestyrelsesmøde i Trafikselskabet Tid: Fredag, den 12. september kl. 10.00"
         " Sted: Hotel\n\n1. Godkendelse af dagsorden\n", date(2014, 9, 12)),
        # the same on a line of its own, the label in capitals
        ("Referat 11. april 2014\nBestyrelsesmøde\nDATO: fredag d. 4. april\nSted: Fruebjergvej 3\n", date(2014, 4, 4)),
        # a weekday no year of the text fits is no date: the written date stands
        ("Referat 11. april 2014 Bestyrelse Dato: Torsdag den 4. april Sted: Fruebjergvej 3\n", date(2014, 4, 11)),
        # the next meeting's day is not this one's
        ("Referat 11. april 2014 Bestyrelse Næste møde: Dato: Fredag den 9. maj Sted: Fruebjergvej 3\n",
         date(2014, 4, 11)),
    ],
)  # fmt: skip
def test_a_labelled_weekday_without_its_year(text: str, day: date) -> None:
    assert _day(_meeting(text)) == day


def test_a_body_genitive_names_its_meetings_not_its_published_records() -> None:
    assert [p.name for p in body_phrases("Referater af Udsatterådets møder i 2022")] == ["Udsatterådet"]
    # samsoe: a link to a committee's records on a council's page names no body of the meeting
    assert body_phrases(" • Færgeudvalgets åbne referater") == []


def test_an_annual_meeting_told_of_in_a_sentence_is_no_body() -> None:
    # loerslev: the next årsmøde named in the minutes' text, under a header that names no body
    text = "Referat af mødet 22.11.07\nVedtægter.\nDisse fremlægges på årsmødet i maj 2008.\n"
    assert _meeting(text).body is None


def test_a_place_after_the_boards_meeting_day_is_no_owner() -> None:
    # "i Sognegården" after the day says where the board met, not whose board it is
    text = "Referat af bestyrelsesmøde den 3. maj 2021 i Sognegården\n\n1. Godkendelse af dagsorden\nGodkendt.\n"
    assert _meeting(text).body == "Bestyrelse"


def test_a_sentence_a_body_opens_names_no_meeting_body() -> None:
    # kk-valby-lokaludvalg: an item's page with no heading; its case text opens a line with the council's name
    text = (
        "Mødedato: 10.05.2022, kl. 18:30\nMødested: Valby Kulturhus, 5. sal\n\nProblemstilling\n\n"
        "Borgerrepræsentationen vedtog 4. november 2021 nyt regulativ og kommissorium for lokaludvalg.\n"
    )
    url = "https://www.kk.dk/dagsordener-og-referater/Valby%20Lokaludvalg/m%C3%B8de-10052022/referat/punkt-4"
    assert parse_meeting(source_from_text(text, url=url)).body == "Valby Lokaludvalg"


def test_a_body_a_long_sentence_says_will_decide_names_no_meeting_body() -> None:
    # kk-oekonomiudvalget-2015-09-29: the committee's item page opens its summary with the council that decides next;
    # the line runs past what the header reads of it, so no full stop ends it there
    text = (
        "Mødedato: 29.09.2015, kl. 15:30\nMødested: Rådhuset, Udvalgsværelse F på 2. sal\n\n"
        "Hovedstadens Beredskab I/S - etableringsgrundlag\n\nSe alle bilag\n"
        "Borgerrepræsentationen skal som led i etablering af Hovedstadens Beredskab I/S godkende budget og foreløbig "
        "åbningsbalance, herunder kommunens ejerandel og driftsbidrag for 2016 (med mulighed for efterregulering efter "
        "første regnskabsår) samt overførsel af aktiver til interessentskabet fra de deltagende kommuner, og desuden "
        "ændrede vedtægter for interessentskabet, som er forhåndsgodkendt af Statsforvaltningen, og en aftale om "
        "myndigheds- og forebyggelsesopgaver mellem kommunerne og beredskabet\n"
    )
    assert _meeting(text).body != "Borgerrepræsentationen"


@pytest.mark.parametrize(
    "line",
    [
        # a heading the body opens, a lower-case word after it that is no modal verb
        "Økonomiudvalget 3. maj 2021 kl. 16.00",
        "Økonomiudvalget kl. 16.00 - Referat",
    ],
)
def test_a_heading_the_body_opens_with_no_modal_verb_still_names_it(line: str) -> None:
    assert _meeting(f"{line}\n\n1. Godkendelse af dagsorden\nGodkendt.\n").body == "Økonomiudvalget"


@pytest.mark.parametrize(
    ("line", "body"),
    [
        ("Kommunalbestyrelsen ordinært møde den 3. maj 2021 kl. 17.00 i byrådssalen, rådhuset.", "Kommunalbestyrelsen"),
        ("Kommunalbestyrelsen referat fra mødet tirsdag den 3. maj 2021 i byrådssalen.", "Kommunalbestyrelsen"),
        ("Økonomiudvalget 3. maj 2021", "Økonomiudvalget"),
    ],
)
def test_a_heading_the_body_opens_still_names_it(line: str, body: str) -> None:
    assert _meeting(f"{line}\n\n1. Godkendelse af dagsorden\nGodkendt.\n").body == body


def test_an_ordinary_meeting_told_of_in_a_sentence_is_no_heading() -> None:
    # "den ordinære generalforsamling" inside a sentence of the minutes' text, under a header naming no body
    text = "Referat af mødet 22.11.07\nVedtægter.\nForslaget fremlægges på den ordinære generalforsamling i maj.\n"
    assert _meeting(text).body is None

"""The meeting's municipality inferred from the text when no header names it, and a body named without
a head word. Forms quoted (shortened) from dev documents of tests/realworld/ and from public A–K minutes;
the test split is never read while writing these rules."""

from __future__ import annotations

import pytest

from graphbuild.extract import extract_facts
from graphbuild.parse import parse_meeting
from graphbuild.parse.body_names import body_phrases
from graphbuild.parse.former_municipalities import named_former
from graphbuild.sources import source_from_text
from graphbuild.vocab.gazetteer import is_cross_municipal, is_municipal_body

HEAD = "Referat\n\nØkonomiudvalget\n\nMødedato: 17. september 2025\n\n"


def _municipality(text: str) -> str | None:
    facts = extract_facts(parse_meeting(source_from_text(text)))
    return facts.municipality.name if facts.municipality else None


@pytest.mark.parametrize(
    ("text", "municipality"),
    [
        # a place's genitive heading another entity's name is not the municipality ("Københavns Vestegns
        # Politi" in Rødovre's minutes; "Københavns Universitet", "Københavns Lufthavne" likewise)
        (
            HEAD + "1. Lokalplan 145\n\nDer er kommet et høringssvar fra Bygningsstyrelsen på vegne af Københavns "
            "Vestegns Politi.\n\nForvaltningen går i dialog med Københavns Vestegns Politi om løsninger.\n",
            None,
        ),
        # the place's own name before another name still tells where ("Næstved Havn", "Næstved, Havnen")
        (
            HEAD.replace("Økonomiudvalget", "Byrådet") + "1. Ejendommen Maglemølle 74, Næstved\n\n"
            "Næstved Havn har ansøgt om at fjerne kajen. Ansøgning: Næstved Havn har ansøgt om tilladelse.\n",
            "Næstved",
        ),
        # an item's title names the municipality whose matters the committee decides (Greve's FirstAgenda
        # minutes; the text tells more of another municipality it asked for its experience)
        (
            "Referat\n\nPlan- og Tryghedsudvalget\n\nMødedato: 8. oktober 2024\n\n"
            "Punkt 5: Beslutning om tryghedsvagter i Greve Kommune\n\nSagsfremstilling\n"
            "Administrationen har været i kontakt med Ballerup Kommune.\nBallerup Kommune har oplyst, at vagterne "
            "kan tilkalde de andre vagter i kommunen.\nTryghedsvagterne i Ballerup Kommune kender kommunen.\n",
            "Greve",
        ),
        # a title naming another municipality as a party ("Henvendelse fra Ballerup Kommune") is not the own
        (
            "Referat\n\nKultur- og Fritidsudvalget\n\nMødedato: 2. juni 2020\n\n"
            "1. Henvendelse fra Ballerup Kommune om samarbejde\n\nSagsfremstilling\nSe bilag.\n",
            None,
        ),
        # two municipalities each named beside "kommunen" as often as the other: neither is sure
        (
            HEAD + "1. Samarbejde\n\nSagsfremstilling\nHolbæk Kommune har oplyst, at kommunen deltager.\n"
            "Kalundborg Kommune har oplyst, at kommunen deltager.\n",
            None,
        ),
        # one of several listed is none of them ("i Roskilde, Lejre og Frederikssund Kommune")
        (
            "Referat\n\nKommunalbestyrelsen\n\nMødedato: 27. maj 2021\n\n1. DMO Fjordlandet\n\nSagsfremstilling\n"
            "Foreningen samler turismeerhvervene i Roskilde, Lejre og Frederikssund Kommune.\n",
            None,
        ),
    ],
)
def test_municipality_from_the_text(text: str, municipality: str | None) -> None:
    assert _municipality(text) == municipality


@pytest.mark.parametrize(
    ("text", "municipality"),
    [
        # a portal's host in a link the source kept: the municipality's domain under its subdomain
        (
            "Referat\n\nPlan- og Tryghedsudvalget\n\nMødedato: 8. oktober 2024\n\n1. Godkendelse af dagsorden\n\n"
            "Bilag: https://dagsordener.greve.dk/Vis/Pdf/bilag/261497de\n",
            "Greve",
        ),
        (
            "Referat\n\nTeknik- og Miljøudvalget\n\nMødedato: 6. november 2017\n\n1. Orientering\n\n"
            "Se http://politik.herning.dk/byraad-udvalg-raad-og-naevn/\n",
            "Herning",
        ),
        # a domain of no municipality names none
        (
            "Referat\n\nTeknik- og Miljøudvalget\n\nMødedato: 6. november 2017\n\n1. Orientering\n\n"
            "Se https://www.kl.dk/nyheder/\n",
            None,
        ),
    ],
)
def test_municipality_from_a_portal_host(text: str, municipality: str | None) -> None:
    assert _municipality(text) == municipality


@pytest.mark.parametrize(
    ("text", "former"),
    [
        ("FAABORG KOMMUNE\nØkonomiudvalget", "Fåborg"),  # "aa" for "å"
        ("Mødested: Haarby Rådhus", "Hårby"),
        ("Åbybro Kommune", "Aabybro"),  # "å" for "aa"
        ("Nr. Alslev Kommune", "Nørre-Alslev"),  # "Nr." for "Nørre", a space for the hyphen
        ("Nørre Alslev Kommune", "Nørre-Alslev"),
        ("Tørring Uldum Kommune", "Tørring-Uldum"),
        ("Nexø Kommune", "Neksø"),
        ("Lyngby-Taarbæk Kommune", None),  # today's name is today's municipality
        ("faaborg kommune", None),  # lower case: an address or a domain, not the name
    ],
)
def test_former_municipality_spellings(text: str, former: str | None) -> None:
    named = named_former(text)
    assert (named[0].former.name if named else None) == former


KOLDING_HEAD = (
    "Dagsorden\n\nMandag 14. mar 2022 kl. 07:45\n\nØkonomi og Strategi\n\nBorgmesterens mødelokale\n\nReferat\n\n"
)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # a committee named without a body's head word (Kolding's "Økonomi og Strategi", Gribskov's
        # "Udvikling, By og Land", Furesø's "Plan og Byudvikling"): a header line this meeting's dated
        # decision heading names
        (
            KOLDING_HEAD + "Resumé\n\nSagen behandles i\n\nØkonomi og Strategi.\n\n"
            "Beslutning Økonomi og Strategi den 14-03-2022\n\nSagen sendes til direktionen.\n",
            "Økonomi og Strategi",
        ),
        # the heading of another day's decision (the case's history) names none
        (KOLDING_HEAD + "Resumé\n\nBeslutning Økonomi og Strategi den 07-02-2022\n\nGodkendt.\n", None),
        # a decision heading whose name is no header line names none
        (
            KOLDING_HEAD.replace("Økonomi og Strategi\n\n", "")
            + "Beslutning Økonomi og Strategi den 14-03-2022\n\nGodkendt.\n",
            None,
        ),
    ],
)
def test_body_without_a_head_word(text: str, body: str | None) -> None:
    assert parse_meeting(source_from_text(text)).body == body


@pytest.mark.parametrize(
    ("line", "name"),
    [
        # "Udvalget for X, Y og Z" in lower case, its parts listed with commas (Vejen, Furesø)
        ("Udvalget for sundhed, kultur og fritid", "Udvalget for sundhed, kultur og fritid"),
        ("Udvalg for natur, miljø og grøn omstilling", "Udvalg for natur, miljø og grøn omstilling"),
        ("Udvalg for regional udvikling den 7. august 2019", "Udvalg for regional udvikling"),
        # a sentence goes on after the name: the head word alone
        ("Udvalget for sundhed, kultur og fritid har besluttet, at sagen udsættes", "Udvalget"),
    ],
)
def test_lower_case_committee_names_listed_with_commas(line: str, name: str) -> None:
    assert [p.name for p in body_phrases(line)][:1] == [name]


@pytest.mark.parametrize(
    ("name", "cross"),
    [
        # a beredskabskommission is one municipality's (Lejre's, Roskilde's, Dragør's minutes) …
        ("Beredskabskommissionen", False),
        ("Beredskabskommissionen for Lejre Kommune", False),
        ("Beredskabskommissionen for Roskilde Brandvæsen", False),
        # … unless its name says it is several's (beredskabsloven § 10's "fælles beredskabskommission")
        ("Den fælles Beredskabskommission for Rudersdal og Hørsholm Kommuner", True),
        ("Fælles beredskabskommission", True),
        ("Beredskabskommissionen for Midt- og Sydsjællands Brand & Redning", True),
        ("Beredskabskommissionen for Brand & Redning MidtVest", True),
        ("Beredskabskommissionen for Nordsjællands Brandvæsen", True),
        ("Beredskabskommissionen i Beredskab Øst", True),
        ("Beredskabskommissionen for Hovedstadens Beredskab I/S", True),
        # a municipality's committee with its landowners' associations (Gribskov); the associations' own
        # meetings are no municipality's
        ("Grundejerkontaktudvalg", False),
        ("Grundejerkontaktudvalget", False),
        ("Grundejerforeningen", True),
        # the head word alone still spans municipalities where it always does
        ("Kontaktudvalget", True),
        ("Regionskontaktudvalget", True),
        ("Foreningen af Kommunale Beredskabschefer", True),
    ],
)
def test_spans_municipalities_by_the_names_form(name: str, cross: bool) -> None:
    assert is_cross_municipal(name) is cross
    if cross:
        assert not is_municipal_body(name)


def test_a_beredskabskommission_not_named_joint_is_a_municipal_body() -> None:
    assert is_municipal_body("Beredskabskommissionen") and is_municipal_body("Grundejerkontaktudvalget")
    assert not is_municipal_body("Den fælles Beredskabskommission for Rudersdal og Hørsholm Kommuner")


@pytest.mark.parametrize(
    ("text", "municipality"),
    [
        # one municipality's beredskabskommission names its municipality (Lejre's minutes, shortened)
        (
            "Referat Beredskabskommissionen tirsdag den 11. november 2014 Kl. 8:30 i Brandstationen\n\n"
            "Lejre Kommune Side 1\n\n1. Godkendelse af dagsorden\n\nBeslutning: Dagsorden godkendt.\n",
            "Lejre",
        ),
        # its minutes name the council it reports to, beside a list of the municipalities it joins with
        # (Gribskov's minutes, shortened)
        (
            "Beredskabskommissionen\n\nOnsdag den 16-12-2015 kl. 16:00\n\n1. Status for beredskabssammenlægning\n\n"
            "Sagsfremstilling\nDe seks kommuner Hillerød, Gribskov, Egedal, Furesø, Halsnæs og Frederikssund er i "
            "gang med at etablere et fælles beredskabsselskab.\nPå møde den 23. november 2015 tog Gribskov Kommunes "
            "byråd sagen til efterretning.\n\nBeslutning\nTaget til efterretning\n",
            "Gribskov",
        ),
        # a joint one names none, whichever municipality it names
        (
            "Referat\n\nDen fælles Beredskabskommission for Rudersdal og Hørsholm Kommuner\n\n"
            "Mødedato: 3. maj 2011\n\n1. Godkendelse af dagsorden\n\nRudersdal Kommune Side 1\n"
            "Beslutning: Godkendt.\n",
            None,
        ),
    ],
)
def test_municipality_of_a_beredskabskommission(text: str, municipality: str | None) -> None:
    assert _municipality(text) == municipality


# a region's own page: its name opening a header line ("Region Syddanmark logo, link til forsiden",
# "Regionsrådet 24-11-2020 13:00"), so its meeting place or an item's place is no municipality's
REGION_PAGE = (
    "Gå til indhold\nForsiden | Kontakt | Ledige job\n{heading}\n\n"
    "Udvalget for Regional Udvikling - referat 11-10-2010\n\nMødedato\n11-10-2010 kl. 15:00 - 18:00\n\n"
    "Mødested\nAlsion, Sønderborg\n\n"
    "1. Ansøgning om tillæg til Råstofplan 2008 for et graveområde ved Håre Bjerge, Middelfart kommune\n\n"
    "Beslutning\nGodkendt.\n"
)


@pytest.mark.parametrize(
    "heading",
    [
        "Region Syddanmark logo, link til forsiden",
        "Regionsrådet",
        # a flattened page's number or the document's kind before the region's name
        "1 BESLUTNINGER REGION HOVEDSTADEN FORRETNINGSUDVALGET Tirsdag den 11. december 2007",
        "Referat fra Region Hovedstaden Børne- og Kulturchefforeningens bestyrelsesmøde 17. april 2015",
    ],
)
def test_a_region_heading_its_page_gives_no_municipality(heading: str) -> None:
    assert _municipality(REGION_PAGE.format(heading=heading)) is None


def test_a_region_named_in_running_text_keeps_the_meeting_place() -> None:
    # "Region Syddanmark" inside a sentence (a partner of the matter) is no heading: the place stands
    text = REGION_PAGE.format(heading="Mødet holdes sammen med Region Syddanmark og kommunerne.")
    assert _municipality(text) == "Sønderborg"


def test_a_kind_word_before_another_name_is_no_region_heading() -> None:
    # "Referat fra" heading a municipal committee's own name: the meeting place stands
    text = REGION_PAGE.format(heading="Referat fra Regionalt samarbejde om erhverv")
    assert _municipality(text) == "Sønderborg"


# a body of unknown reach whose header (before the first item) summons people of two municipalities,
# each "X Kommune", deeper than the first lines: a flattened docplayer page of a development council's notice
SUMMONS = (
    "Der afholdes DUR-møde torsdag den 10. december 2009 kl på Grenaa Rådhus. Dagsorden fremgår af "
    "nedenstående.\n\nSave this PDF as:\n WORD  PNG  TXT  JPG\n\nStørrelse: px\nStarte visningen fra side:\n\n"
    "Transkript\n\n"
    "1 Torben Jensen, borgmester Norddjurs Kommune Jesper Kaas Schmidt, kommunaldirektør Norddjurs Kommune "
    "Lars Møller, politiker Norddjurs Kommune Hans Erik Husum, politiker Norddjurs Kommune Lars Østergaard, "
    "politiker Norddjurs Kommune Anne Holm, direktør for kultur og sundhed Norddjurs Kommune Vilfred Friborg, "
    "borgmester {other} Jens Bendtsen, kommunaldirektør {other} Aage Rasmussen, LO Djursland "
    "Indkaldelse til DUR-møde torsdag den 10. december 2009 Der afholdes DUR-møde torsdag den 10. december "
    "2009 kl. 10 på Grenaa Rådhus. Dagsorden 1. Godkendelse af dagsorden. 2. Godkendelse af referat af "
    "DUR-mødet den 4. september 2009. 3. Djurslands udviklingsmuligheder.\n"
)


def test_a_header_summoning_two_municipalities_gives_none() -> None:
    assert _municipality(SUMMONS.format(other="Syddjurs Kommune")) is None


def test_a_header_naming_one_municipality_keeps_it() -> None:
    assert _municipality(SUMMONS.format(other="Norddjurs Kommune")) == "Norddjurs"


# a council's minutes on its own site whose contents list names a region's matter ("kommunerne i regionen"):
# the page is no region's, so the site's municipality stands; the same words heading the page are a region's
_COUNCIL_CONTENTS = (
    "Referat\nKommunalbestyrelsen\n28-01-2015 kl. 18:00\nkommunalbestyrelsessalen, Landemærket 26\n"
    "Dagsordenspunkter\n\n"
    "  åbent 1 Fraværende og bemærkninger til dagsordenen\n"
    "  åbent 2 Sundhedsaftale 2015-2018 mellem Region Hovedstaden og kommunerne i regionen\n"
    "  åbent 3 Handicaprådets redegørelse for 2013 - 2014\n\n"
    "1. Fraværende og bemærkninger til dagsordenen\n\nBeslutning\nFraværende: Carsten Hansen.\n"
)
_COUNCIL_SITE = "https://dagsorden-og-referater.brk.dk/Sites/Politiske_Internet/Internet/2015/InfRef7406.html"


def test_a_regions_matter_in_a_contents_title_leaves_the_site_its_say() -> None:
    facts = extract_facts(parse_meeting(source_from_text(_COUNCIL_CONTENTS, url=_COUNCIL_SITE)))
    assert facts.municipality is not None and facts.municipality.name == "Bornholm"


def test_a_region_speaking_of_itself_in_the_header_still_gives_no_site_municipality() -> None:
    text = _COUNCIL_CONTENTS.replace("Dagsordenspunkter\n", "Regionsrådet behandler sagerne\nDagsordenspunkter\n")
    facts = extract_facts(parse_meeting(source_from_text(text, url=_COUNCIL_SITE)))
    assert facts.municipality is None

"""A general meeting the header reads only by its kind ("Generalforsamling 2005") named with the association its
site is named for, where the text prints that name, and the association's posts held there. Text quoted (shortened)
from dev-write documents of tests/realworld/ (Veddelev Kolaug, Korsør Kunstforening, FRB Erhverv, Gjessø Lokalråd,
Lokalforum Regstrup, Æblegård Friskole, Aarhus Stift, Ribe Domprovsti); a board, a council or a committee read by its
kind's word alone is named so too;
the test split is never read while writing these rules."""

from __future__ import annotations

import pytest

from graphbuild.extract import extract_facts
from graphbuild.models import SourceDocument
from graphbuild.parse import parse_meeting
from graphbuild.parse.site_owner import board_of_site, body_of_site, general_meeting_of_site, site_name_printed
from tests.text_facts import named_relations

# veddelev-kolaug-generalforsamling-2010-03-24
VEDDELEV = (
    "Veddelev Kolaug\n\nReferat fra generalforsamlingen d. 24/3-2010 kl. 19.30 i Brinch-Hjemmet ved Veddelev havn.\n\n"
    "1. Valg af dirigent og referent\n\nFormanden bød velkommen, hvorefter Jens Lætgaard blev valgt til dirigent og "
    "Thor B. Jørgensen blev valgt som referent.\n\n2. Bestyrelsens beretning v. formand Benni Winding Hansen\n\n"
    "Vedhæftet som bilag 1.\n"
)
# korsoer-kunstforening-generalforsamling-2005-09-29: the name printed only in the genitive, the site's name in IDNA
KORSOER = (
    "Generalforsamling 2005\nTorsdag den 29. september kl. 19 i Kongegården, koncertsalen, Algade 25, Korsør.\n"
    "3. Regnskabet for foreningens virksomhed i det forløbne år og Regnskabet for Korsør Kunstforenings Fond "
    '("Kunstkassen") (vedlagt) blev gennemgået af kassereren Helle Purup.\n'
)


def _facts(text: str, url: str):  # type: ignore[no-untyped-def]
    doc = SourceDocument(path="x.txt", name="x", sha256="0" * 64, format="txt", text=text, url=url)
    return extract_facts(parse_meeting(doc))


@pytest.mark.parametrize(
    ("url", "text", "name"),
    [
        ("http://veddelevkolaug.dk/referat/gfr2011.htm", VEDDELEV, "Veddelev Kolaug"),
        ("http://www.xn--korsrkunstforening-j4b.dk/breve/general2005.html", KORSOER, "Korsør Kunstforening"),
        # frb-erhverv-generalforsamling-2023-03-29: the name hyphenated
        ("https://frberhverv.dk/referat/", "FA2000/FRB-Erhverv: To erhvervsklubber", "FRB Erhverv"),
    ],
)
def test_the_name_the_site_is_named_for(url: str, text: str, name: str) -> None:
    assert site_name_printed(url, text) == name


def test_the_general_meeting_is_named_with_its_association() -> None:
    meeting = parse_meeting(
        SourceDocument(
            path="x.txt", name="x", sha256="0" * 64, format="txt", text=VEDDELEV, url="http://veddelevkolaug.dk/r.htm"
        )
    )
    assert meeting.body_in_full == "Generalforsamlingen i Veddelev Kolaug"
    assert meeting.body_owner == "Veddelev Kolaug"


def test_the_associations_posts_are_held_in_it() -> None:
    held = {
        (p, t, r.get("role"))
        for p, t, r in named_relations(_facts(VEDDELEV, "http://veddelevkolaug.dk/r"), "HOLDS_ROLE")
    }
    assert ("Benni Winding Hansen", "Veddelev Kolaug", "formand") in held
    assert ("Jens Lætgaard", "Generalforsamlingen i Veddelev Kolaug", "dirigent") in held


def test_no_owner_the_text_does_not_print_nor_a_place_alone() -> None:
    # dansk-lokalhistorisk-forening-generalforsamling-2018-04-14: the text never prints the association's name
    text = "Generalforsamling 2018\n\nGeneralforsamling på Danhostel, Ribe, lørdag den 14. april 2018\n"
    assert site_name_printed("https://dansklokalhistoriskforening.dk/?page_id=1725", text) is None
    # gjesso-lokalraad-generalforsamling-2023-03-29: "Gjessø" on gjesso.dk is the village's name, no association's
    assert site_name_printed("https://gjesso.dk/referat/", "Gjessø Lokalråd holdt møde i Gjessø.") is None
    # a board is left to the other readers; a municipality's site names no association
    assert general_meeting_of_site("http://veddelevkolaug.dk/r", VEDDELEV, "Bestyrelse") is None
    assert site_name_printed("https://www.holbaek.dk/x", "Holbæk Kommune") is None
    # a municipality's own site, its name in two words ("Høje-Taastrup" on hoeje-taastrup.dk): no association's
    assert site_name_printed("https://www.hoeje-taastrup.dk/x", "Generalforsamling i Høje-Taastrup") is None


# lokalforum-regstrup-bestyrelse-2019-01-08: the board's minutes name it by its word alone, the site its owner
REGSTRUP = (
    "Bestyrelsesmøde 8. januar 2019\n\nBestyrelsesmøde den 8. januar 2019 kl. 19:00-21:00 – Referat\n\n"
    "Til stede: Ea Riccio, Helle Houmann, Charlotte Sørensen, Jimmy Singerholm, Anni Olsen (referent)\n"
    "Fraværende: Steen Bech, Michael Kringelhede\n\nDagsorden:\n1. Bosætning\n2. Lokalforum Regstrups rolle\n"
)


def test_a_board_is_named_with_the_organisation_its_site_is_named_for() -> None:
    url = "http://www.lokalforumregstrup.dk/bestyrelsesmoede-8-januar-2019/"
    doc = SourceDocument(path="x.txt", name="x", sha256="0" * 64, format="txt", text=REGSTRUP, url=url)
    meeting = parse_meeting(doc)
    assert meeting.body == "Bestyrelse"
    assert meeting.body_in_full == "Bestyrelsen for Lokalforum Regstrup"
    held = {(p, t, r.get("role")) for p, t, r in named_relations(_facts(REGSTRUP, url), "HOLDS_ROLE")}
    assert ("Anni Olsen", "Bestyrelsen for Lokalforum Regstrup", "referent") in held
    # aeblegaard-friskole-bestyrelse-2016-11-02: the name printed only in the genitive, the site's name in IDNA
    text = "Bestyrelsesmøde\nDato: 02.11 2016\n15 min. Thomas fremlægger kortlægning af Æblegård Friskoles indeklima"
    owner = board_of_site("http://bruger.xn--blegrdfriskole-oibl.dk/?cat=12", text, "Bestyrelse")
    assert owner == "Bestyrelsen for Æblegård Friskole"


def test_no_board_named_so_where_the_body_is_more_than_the_boards_word() -> None:
    url = "http://www.lokalforumregstrup.dk/x/"
    assert board_of_site(url, REGSTRUP, "Bestyrelse") == "Bestyrelsen for Lokalforum Regstrup"
    assert board_of_site(url, REGSTRUP, "Skolebestyrelsen") is None
    assert board_of_site(url, REGSTRUP, "Generalforsamling") is None
    assert board_of_site(url, REGSTRUP, None) is None
    # a name the text does not print, one word alone (a town: "Tversted" on tversted.dk), a municipality's site
    assert board_of_site("https://www.graenseforeningen.dk/r.html", "Referat af bestyrelsesmøde", "Bestyrelse") is None
    assert board_of_site("https://www.tversted.dk/index.php/n", "Bestyrelsesmøde i Tversted", "Bestyrelse") is None
    assert board_of_site("https://www.holbaek.dk/x", "Bestyrelse\nHolbæk Kommune", "Bestyrelse") is None


# aarhus-stift-stiftsraadet-2017-12-06: the header reads the council by its word alone
STIFT = (
    "Beslutningsprotokoller\nStiftsrådsmøde den 6. december 2017\n\nBeslutningsprotokol\n"
    "fra 00. møde (konstituerende møde) Stiftsrådet i Aarhus Stift\n"
    "onsdag den 6. december 2017 kl. 16.00 i bispegården\n"
)


def test_a_council_is_named_with_the_organisation_its_site_is_named_for() -> None:
    url = "https://aarhusstift.dk/stiftsraadet-i-aarhus-stift/beslutningsprotokoller/stiftsraadsmoede"
    assert body_of_site(url, STIFT, "Stiftsrådet") == "Stiftsrådet i Aarhus Stift"
    # ribe-domprovsti-provstiudvalg-2024-02-20
    text = "Referat fra Provstiudvalgsmøde\nRibe Domprovsti\nTirsdag den 20. februar 2024"
    assert body_of_site("https://ribedomprovsti.dk/referater/", text, "Provstiudvalget") == (
        "Provstiudvalget i Ribe Domprovsti"
    )


def test_no_council_of_a_municipality_or_a_region_is_named_so() -> None:
    # a municipality's or a region's own bodies, on its site or not; a board or a general meeting is another reader's
    varde = "Referat Byrådet\nVarde Kommune\nHandicaprådet"
    assert body_of_site("https://preparepublic.vardekommune.dk/c/a.html", varde, "Handicaprådet") is None
    assert body_of_site("https://aarhusstift.dk/x", STIFT, "Byrådet") is None
    assert body_of_site("https://aarhusstift.dk/x", STIFT, "Økonomiudvalget") is None
    region = "Forretningsudvalget\nRegion Syddanmark\nSundhedskoordinationsudvalget"
    assert body_of_site("https://www.regionsyddanmark.dk/wm228748", region, "Sundhedskoordinationsudvalget") is None
    assert body_of_site("https://aarhusstift.dk/x", STIFT, "Bestyrelse") is None
    assert body_of_site("https://aarhusstift.dk/x", STIFT, "Generalforsamling") is None
    assert body_of_site("https://aarhusstift.dk/x", STIFT, "Stiftsrådet i Aarhus Stift") is None

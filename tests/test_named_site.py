"""The municipality an association's or institution's own site is named for ("koegescenen.dk": Køge), for the
meeting of that site's own body when its text names no municipality (dev-write: Køge Amatørscene, Fanø Museum,
Furesø Idrætsråd, Krop & Sind Favrskov, Tieren Halsnæs, Ungerådet i Assens, Viborg Orienteringsklub: seven
publishers); a site named for a place across municipalities or a parish, a utility's or a newspaper's, a body
of wider reach, or a header naming another municipality give none."""

from __future__ import annotations

import pytest

from graphbuild.extract import extract_facts
from graphbuild.parse import parse_meeting
from graphbuild.parse.named_site import site_named_for_municipality
from graphbuild.sources import source_from_text


@pytest.mark.parametrize(
    ("host", "expected"),
    [
        # the municipality's name glued before or after the association's own word
        ("www.koegescenen.dk", "Køge"),
        ("fanoemuseum.dk", "Fanø"),
        ("www.viborgok.dk", "Viborg"),
        ("furesoe-idraetsraad.dk", "Furesø"),
        ("tierenhalsnaes.dk", "Halsnæs"),
        ("uhusassens.dk", "Assens"),
        ("www.kropogsindfavrskov.dk", "Favrskov"),
        # a place across municipalities, a parish, a land of several
        ("www.koegebugtalliancen.dk", None),
        ("www.brondbyvesterkirke.dk", None),
        ("lollandfalster-forening.dk", None),
        # a national association's district, which may span municipalities ("Firmaidræt, Århus, kredsbestyrelsen")
        ("firmaidraet-aarhus-kreds.dk", None),
        # a utility, a newspaper
        ("aarhusvand.dk", None),
        ("sonderborg-varme.dk", None),
        ("silkeborgnyt.dk", None),
        ("rebild-avis.dk", None),
        # an institution of the state or a region named for its town
        ("skive-gymnasium.dk", None),
        ("www.holbaeksygehus.dk", None),
        # a gymnasium by its short name (tests/realworld: greve-gymnasium-bestyrelse-2023-03-21, greve-gym.dk); a
        # longer word so begun is a club's
        ("greve-gym.dk", None),
        ("greve-hf.dk", None),
        ("holbaekgymnastik.dk", "Holbæk"),
        # a council's or a municipal school's own site: left to publisher_site's readers, for that body only
        ("aeldreraadetdragoer.dk", None),
        ("www.lejreungdomsskole.dk", None),
        # the municipality's own site (read by publisher_site), a host of many, no municipality, not .dk
        ("www.holbaek.dk", None),
        ("docplayer.dk", None),
        ("trung.dk", None),
        ("koegescenen.com", None),
    ],
)
def test_the_municipality_a_site_is_named_for(host: str, expected: str | None) -> None:
    found = site_named_for_municipality(f"https://{host}/referat")
    assert (found.name if found else None) == expected


# koege-amatoerscene-bestyrelse-2018-02-04 (opening)
PAGE = (
    "Køge Amatørscene Rotating Header Image\n\nReferat af bestyrelsesmøde den 4 februar 2018\n\n"
    "Dagsorden for bestyrelsesmøde d. 4 /2 2018\n"
    "Tilstede: Lisbeth, Per, Hother, Dennis, Merete Fraværende: Rasmus, Line\n"
    "Pkt. Dagsorden Beslutninger Ansvarlige og frister\n1. Meddelelser Se andre pkt.\n\n"
    "2. Godkendelse af Referat Referatet godkendt\n\n"
    "3. Opfølgning på aftaler Per har sendt til kommunen om tilskud.\n"
)
SITE = "http://www.koegescenen.dk/?page_id=3665"


def _municipality(text: str, url: str) -> str | None:
    facts = extract_facts(parse_meeting(source_from_text(text, url=url)))
    return facts.municipality.name if facts.municipality else None


def test_an_associations_board_on_a_site_named_for_its_municipality_is_its() -> None:
    assert _municipality(PAGE, SITE) == "Køge"


def test_a_site_named_for_a_place_across_municipalities_or_a_parish_gives_none() -> None:
    assert _municipality(PAGE, "https://www.koegebugtalliancen.dk/nyheder/referat") is None
    assert _municipality(PAGE, "https://www.brondbyvesterkirke.dk/page/4249/referat") is None


def test_a_header_naming_another_municipality_gives_none() -> None:
    page = PAGE.replace("Tilstede:", "Mødet holdes hos Stevns Kommune.\nTilstede:")
    assert _municipality(page, SITE) is None


def test_a_body_of_wider_reach_on_such_a_site_gives_none() -> None:
    page = PAGE.replace("Referat af bestyrelsesmøde", "Referat af møde i Direktørkredsen")
    page = page.replace("Dagsorden for bestyrelsesmøde", "Dagsorden for Direktørkredsen")
    assert _municipality(page, SITE) is None


def test_an_article_is_no_meeting_and_gives_none() -> None:
    news = "Nyt fra scenen\n\nVi har fået nye stole fra den gamle biograf, skriver formanden.\n"
    assert _municipality(news, SITE) is None


def test_a_meeting_before_the_reform_of_a_municipality_it_changed_gives_none() -> None:
    # Køge took in Skovbo in 2007: a 2005 meeting's Køge is not today's
    page = PAGE.replace("4 februar 2018", "4 februar 2005").replace("4 /2 2018", "4 /2 2005")
    assert _municipality(page, SITE) is None

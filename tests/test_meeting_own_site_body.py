"""A council or board of no known reach ("Idrætsrådet", "Kulturrådet") on a municipality's own site, in minutes
that name no municipality, is that municipality's (dev-write: Gribskov, Kolding, Middelfart and Stevns pages, the
site's municipality the gold's in all six); an executive committee (an association's) and a site not the
municipality's own give none."""

from __future__ import annotations

from graphbuild.extract import extract_facts
from graphbuild.parse import parse_meeting
from graphbuild.sources import source_from_text

# gribskov-idraetsraadet-2018-03-01 (shortened)
PAGE = (
    "Dagsordener og referater\n\nIdrætsrådet\n\nTorsdag den 01-03-2018 kl. 19:45\n\nIndholdsfortegnelse\n\n"
    "1. Godkendelse af dagsorden, Idrætsrådet\n\nSagsnummer: 18.15.00-G01-6-18\n\n"
    "Administrationen indstiller til Idrætsrådet,\n\nat godkende dagsordenen.\n\nBeslutning\n\n"
    "Der var accept fra rådet til dette.\n\nFraværende: Jeanette Jensen.\n"
)
SITE = "https://www.gribskov.dk/politik/moeder-og-referater/dagsordener-og-referater?agendaId=324866"


def _municipality(text: str, url: str) -> str | None:
    facts = extract_facts(parse_meeting(source_from_text(text, url=url)))
    return facts.municipality.name if facts.municipality else None


def test_a_council_of_no_known_reach_on_the_municipalitys_own_site_is_its() -> None:
    assert _municipality(PAGE, SITE) == "Gribskov"


def test_an_executive_committee_on_the_site_is_no_municipalitys() -> None:
    assert _municipality(PAGE.replace("Idrætsrådet", "Forretningsudvalget"), SITE) is None


def test_a_host_of_many_publishers_names_none() -> None:
    assert _municipality(PAGE, "http://docplayer.dk/12345-idraetsraadet.html") is None


def test_a_steering_group_or_a_council_shared_by_law_on_the_site_is_no_municipalitys() -> None:
    assert _municipality(PAGE.replace("Idrætsrådet", "Styregruppen"), SITE) is None
    assert _municipality(PAGE.replace("Idrætsrådet", "Vandrådet"), SITE) is None


def test_a_committee_named_by_its_areas_on_the_site_is_its() -> None:
    # kolding-oekonomi-strategi-2022-03-14: "Økonomi og Strategi", a committee with no body's head word
    page = "Dagsorden\n\nMandag 14. mar 2022 kl. 07:45\n\nØkonomi og Strategi\n\nBorgmesterens mødelokale\n\n"
    page += "Referat\n\n1. Godkendelse af dagsorden\n\nBeslutning Økonomi og Strategi den 14-03-2022\n\nGodkendt.\n"
    kolding = "https://www.kolding.dk/politik/dagsordener-referater/dagsorden/?agendaid=1"
    assert _municipality(page, kolding) == "Kolding"

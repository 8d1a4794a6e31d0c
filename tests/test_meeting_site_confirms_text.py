"""A municipality the text names, dropped because the text alone cannot tell whose meeting it is (no body named,
a body of unknown reach), is the meeting's when the document is on that same municipality's own site: the text
and the address agree (dev-write: two Glostrup council pages whose text names no body). A host of many
publishers, or another municipality's site, confirms nothing."""

from __future__ import annotations

from graphbuild.extract import extract_facts
from graphbuild.parse import parse_meeting
from graphbuild.sources import source_from_text

# glostrup-kommunalbestyrelsen-agenda-3245 (the contents line up to item 20 and the first participants)
PAGE = (
    'Vi bruger cookies\n\nVed at bruge sitet acceptere du dette. "nej tak til cookies"\n\n'
    "Læs vores cookiepolitik\n\nReferat\n\n"
    "1. Godkendelse af dagsordenen 2. Orientering fra borgmesteren 3. Forbrugs- og likviditetsopgørelser "
    "pr. 31. marts 2021 4. Forslag til Kommuneplantillæg nr. 19 for et nyt rammeområde i Hvissinge "
    "Lokalcenter (8-tallet på Granskoven) 5. Forslag til Lokalplan HL13.3 for boliger mellem Granskoven "
    "og Degnestien (8-tallet) 6. Vedtagelse af Lokalplan HL13.4 - Boliger og erhverv ved Granskoven 14-22 "
    "7. Anvisning af erstatningsskov i forbindelse med arbejder relateret til letbanen 8. Kommunale "
    "vejafvandingsprojekter i forbindelse med letbanen 9. Ejendomsrenoveringspulje 2021 10. Deltagelse i "
    '"Danmarks vildeste Kommune" 11. Konvertering af UU-lektioner for 2021/22 12. Kapacitetsudvidelse på '
    "afdeling Nordvang og prioritering af renoveringstiltag på Glostrup Skole 13. Udbud af tøjvask 14. "
    "KKR Hovedstadens økonomimodel til udvikling af tilbudsviften på det specialiserede socialområde 15. "
    "Opsigelse af driftsaftalen for arealet ved Rødkælkevej 16. Regler om Anlægsstyring 17. Overførsel af "
    "driftsbevillinger og rådighedsbeløb fra 2020 til 2021 18. Glostrup Kommunes regnskab 2020 19. Ny "
    "udlejningsaftale for Glostrup Ejendomsselskab"
    "\n\nDeltagere:\n\n\nJohn Engelhardt, V\nLisa Ward, A\nLars Thomsen, U\nSøren Enemark, A\n"
)
SITE = "https://www.glostrup.dk/politik/81/2922?agendaid=3245"


def _municipality(text: str, url: str | None) -> str | None:
    facts = extract_facts(parse_meeting(source_from_text(text, url=url)))
    return facts.municipality.name if facts.municipality else None


def test_the_municipality_the_text_names_on_its_own_site_is_the_meetings() -> None:
    assert _municipality(PAGE, SITE) == "Glostrup"


def test_without_the_address_the_text_alone_names_none() -> None:
    assert _municipality(PAGE, None) is None


def test_a_host_of_many_publishers_confirms_nothing() -> None:
    assert _municipality(PAGE, "http://docplayer.dk/12345-referat.html") is None


def test_another_municipalitys_site_confirms_nothing() -> None:
    assert _municipality(PAGE, "https://www.albertslund.dk/politik/referat?agendaid=1") is None


def test_a_doubt_the_address_shares_is_not_settled_by_it() -> None:
    # a meeting held in a region's house is no municipality's, whatever site publishes it
    held_at_a_region = PAGE.replace("Referat\n\n", "Referat\n\nMødested: Regionsgården i Hillerød\n\n", 1)
    assert _municipality(held_at_a_region, SITE) is None

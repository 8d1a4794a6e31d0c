"""A municipality named only in agenda items' titles (a contents entry and the item's heading) is a matter's
place, never on its own the meeting's (issue 12: a wrong municipality is worse than none)."""

from __future__ import annotations

from graphbuild.extract import extract_facts
from graphbuild.parse import parse_meeting
from graphbuild.parse.municipality_in_titles import is_contents_entry, named_only_in_titles, title_spans
from graphbuild.sources import source_from_text

# fynbus-bestyrelse-2017-02-01: the contents list and the item of a transport company's board, its body's name
# left out (as a publisher that prints none would)
_FYNBUS = (
    "Referat\nMødet onsdag den 1. februar 2017 kl. 10.00\n\nDAGSORDEN:\nSager til beslutning:\n"
    "Grupperejser\nTelekørsel i Nordfyns Kommune\nRejsekortudstyr til Letbanen\n\n"
    "1. Grupperejser\n\nSagsfremstilling\nGrupperejser med bus bestilles hos trafikselskabet.\n\n"
    "Beslutning\nGodkendt.\n\n"
    "2. Telekørsel i Nordfyns Kommune\n\nSagsfremstilling\nTelekørslen erstatter de faste ruter om aftenen.\n\n"
    "Beslutning\nGodkendt.\n\n"
    "3. Rejsekortudstyr til Letbanen\n\nSagsfremstilling\nUdstyret indkøbes i år.\n\nBeslutning\nGodkendt.\n"
)


def _municipality(text: str, url: str | None = None) -> str | None:
    facts = extract_facts(parse_meeting(source_from_text(text, url=url)))
    return facts.municipality.name if facts.municipality else None


def test_a_municipality_named_only_in_an_items_title_is_not_the_meetings() -> None:
    assert _municipality(_FYNBUS) is None


def test_a_municipality_the_header_names_besides_the_title_still_is() -> None:
    assert _municipality("Nordfyns Kommune\n" + _FYNBUS) == "Nordfyns"


def test_a_committees_item_title_names_its_own_municipality_when_no_address_says_otherwise() -> None:
    # hoersholm-oekonomiudvalget-2009-05-14: "Årsregnskab 2008 for Hørsholm Kommune", the committee's own
    committee = _FYNBUS.replace("Mødet onsdag", "Økonomiudvalget onsdag")
    assert _municipality(committee) == "Nordfyns"


def test_an_executive_committees_item_title_names_no_municipality() -> None:
    # regionsyddanmark-forretningsudvalget-*, regionh-forretningsudvalget-*, regionsaeldreraad-hovedstaden-*: a
    # "Forretningsudvalget" is a region's, an association's or a company's; its matters' places are no owner
    executive = _FYNBUS.replace("Mødet onsdag", "Forretningsudvalget onsdag")
    assert _municipality(executive) is None


def test_a_committees_own_site_outweighs_a_municipality_named_only_in_a_title() -> None:
    committee = _FYNBUS.replace("Mødet onsdag", "Økonomiudvalget onsdag")
    url = "https://www.odense.dk/politik/referater/oekonomiudvalget-2017-02-01"
    assert _municipality(committee, url) == "Odense"


def test_title_spans_cover_the_contents_entry_and_the_heading_but_not_the_text() -> None:
    spans = title_spans(_FYNBUS, parse_meeting(source_from_text(_FYNBUS)).items, 0)
    at = [i for i in range(len(_FYNBUS)) if _FYNBUS.startswith("Nordfyns Kommune", i)]
    assert len(at) == 2 and named_only_in_titles([(a, a + 16) for a in at], spans)
    assert not named_only_in_titles([(0, 8)], spans)
    assert not named_only_in_titles([], spans)


# roskilde-klima-miljoeudvalget-2017-12-05: a committee's minutes on its municipality's own site, whose text names
# another municipality once, as a party to a matter
_ROSKILDE = (
    "Referat\n\nKlima- og Miljøudvalget\nDato: Tirsdag, December 5, 2017 - 08:15\nSted: Mødelokale 2A\n\n"
    "Pkt. 189\n\nVandrådet for Isefjord og Roskilde Fjord\n\nSagsnr. 280954 Klima- og Miljøudvalget Åbent punkt\n\n"
    "Sagsfremstilling\n\nPå udvalgets møde den 6. december 2016, punkt 160, blev det besluttet, at Lejre Kommune er "
    "sekretariatskommune for nyt vandråd.\n\nBeslutning\n\nGodkendt.\n"
)
_ROSKILDE_URL = "https://roskilde.dk/dagsorden-og-referat/moeder/klima-og-miljoeudvalget-05-12-2017-kl-0815"


def test_a_committees_own_site_outweighs_a_municipality_its_text_names_once() -> None:
    assert _municipality(_ROSKILDE, _ROSKILDE_URL) == "Roskilde"


def test_without_the_site_the_one_municipality_named_still_is_read() -> None:
    assert _municipality(_ROSKILDE) == "Lejre"


def test_the_site_gives_no_body_of_unknown_reach_its_municipality() -> None:
    board = _ROSKILDE.replace("Klima- og Miljøudvalget\nDato", "Bestyrelsen for Vandrådet\nDato")
    assert _municipality(board, _ROSKILDE_URL) != "Roskilde"


# alleroed-teknik-erhverv-plan-miljoe-2018-03-06 with one guest's line in its header: the guest's municipality is
# not the meeting's, and it leaves the committee's own site to say whose the meeting is
_ALLEROED = (
    "UDVALG\n\nTeknik, Erhverv, Plan og Miljøudvalget 2018-2021\nHanne Kjærgaard, Middelfart Kommune\n\n"
    "MØDE\n\nReferat\n\nSTED\n\nMødelokale C\n\nSTARTTIDSPUNKT\n\n06-03-2018 07:30:00\n\n"
    "1. Bemærkninger til dagsordenen\n\nBeslutning\n\nIngen bemærkninger.\n\n"
    "2. Belægningspuljen 2018\n\nSagsfremstilling\n\nPuljen fordeles på vejene.\n\nBeslutning\n\nGodkendt.\n"
)
_ALLEROED_URL = "https://www.alleroed.dk/Files/Files/Dagsordener/committee_189346/agenda_327182/agenda_327182.html"


def test_a_guests_municipality_leaves_the_committees_own_site_its_say() -> None:
    assert _municipality(_ALLEROED, _ALLEROED_URL) == "Allerød"


def test_a_guests_municipality_is_no_meetings_without_the_site() -> None:
    assert _municipality(_ALLEROED) is None


# midttrafik-bestyrelsen-2013-03-01: a contents entry ending on its page number, its item not in the excerpt
_MIDTTRAFIK = (
    "Referat\nMødet fredag den 1. marts 2013 kl. 10.00\n\nIndholdsfortegnelse\n"
    "Strategiplan ........ 2\nFlextur til lavere pris i Lemvig Kommune ........ 5\n\n"
    "1. Strategiplan\n\nSagsfremstilling\nStrategiplanen drøftes.\n\nBeslutning\nGodkendt.\n"
)


def test_a_municipality_named_only_in_a_contents_entry_is_not_the_meetings() -> None:
    assert _municipality(_MIDTTRAFIK) is None


def test_contents_entries_by_their_layout() -> None:
    assert is_contents_entry("Flextur til lavere pris i Lemvig Kommune ........ 5")
    assert is_contents_entry("3. Telekørsel i Nordfyns Kommune")
    assert is_contents_entry("Pkt. 12 Lokalplan i Lemvig Kommune")
    assert not is_contents_entry("Lemvig Kommune")
    assert not is_contents_entry("Mødested: Rådhuset, 7620 Lemvig")
    assert not is_contents_entry("2020. Byrådet i Lemvig Kommune")


_ROSKILDE_AWAY = _ROSKILDE.replace("Sted: Mødelokale 2A", "Sted: Lejre Rådhus, mødelokale 2").replace(
    "at Lejre Kommune er", "at nabokommunen er"
)


def test_a_committees_own_site_outweighs_the_town_hall_it_met_in() -> None:
    assert _municipality(_ROSKILDE_AWAY, _ROSKILDE_URL) == "Roskilde"


def test_without_the_site_the_committees_town_hall_is_read() -> None:
    assert _municipality(_ROSKILDE_AWAY) == "Lejre"

"""What may give a meeting its municipality, and what is too weak to (issue 12: a wrong municipality is
worse than none): a municipality an item's text names on a flattened page, a town the text names most
for a body not known to be one municipality's, a person's municipality, the people of several
municipalities, the postcode of the meeting place."""

from __future__ import annotations

from graphbuild.extract import extract_facts
from graphbuild.parse import parse_meeting
from graphbuild.parse.header_affiliations import affiliated_municipalities, represents_several
from graphbuild.parse.header_municipality import header_municipality
from graphbuild.parse.lines import split_lines
from graphbuild.sources import source_from_text


def _municipality(text: str, url: str | None = None) -> str | None:
    facts = extract_facts(parse_meeting(source_from_text(text, url=url)))
    return facts.municipality.name if facts.municipality else None


# movia-bestyrelse-2015-09-02: a PDF page on one line, its first item and the item's text after the header
_PAGE = (
    "Politisk dokument uden resume Styregruppen 2. september 2015 Dagsorden for møde 2. september 2015 "
    "klokken 9.30-12.00 1. Godkendelse af dagsordenen Til stede: Thomas Gyldal Petersen, Per Hovmand. "
    "Jens Kjær Christensen deltog som repræsentant for Københavns Kommune, idet Niels E. Bjerrum har orlov"
)


def test_a_municipality_an_items_text_names_on_a_flattened_page_is_not_the_meetings() -> None:
    first_item = _PAGE.index("1. Godkendelse")
    assert header_municipality(split_lines(_PAGE), "Styregruppen", None, first_item) is None
    assert header_municipality(split_lines(_PAGE), "Styregruppen", None, None) is not None  # the whole page


def test_a_municipality_the_flattened_header_names_before_the_first_item_still_is() -> None:
    page = "Københavns Kommune " + _PAGE
    found = header_municipality(split_lines(page), "Styregruppen", None, page.index("1. Godkendelse"))
    assert found is not None and found.name == "København"


# koege-bugt-alliancen-borgmestermoede-2024-06-24: an alliance's meeting names "Køge Bugt" most
_ALLIANCE = (
    "Referat borgmestermøde 24.06.2024\n\nMødedeltagere\n\nAnette Laustsen, Anne-Sofie Degn, Emil Blücher.\n\n"
    "1. Borgmestermøde\n\nBaggrund og vurdering\n\n"
    "Velkommen i Køge Bugt Alliancen til Brøndbys Borgmester Maja Højgaard.\n"
    "mødet med Køge Bugt Stenrev og Morten Dahlin udskudt til 3.juli\n"
    "2. Samarbejde med Tænketanken HAV\n\nsamarbejdsprojekter mellem Køge Bugt Alliancen og Tænketanken\n"
)


def test_the_town_a_body_of_unknown_reach_names_most_is_not_its_owner() -> None:
    assert _municipality(_ALLIANCE) is None


def test_the_town_a_municipal_committee_names_most_is_its_own() -> None:
    committee = _ALLIANCE.replace("Referat borgmestermøde", "Referat Økonomiudvalget")
    assert _municipality(committee) == "Køge"


# bkf-region-hovedstaden-bestyrelse-2016-11-11 and fot-specifikationsforum-2010-11-10
_ONE_PERSON = "På dette møde deltog ekstern næstformand Jan Henriksen, Middelfart Kommune"
_PEOPLE = (
    "Deltagere Inge Flensted (Herning Kommune), Hanne Christensen (Hillerød Kommune), Per Johannsen (Kolding Kommune)"
)


def test_a_municipality_after_a_persons_name_is_the_persons() -> None:
    assert affiliated_municipalities(_ONE_PERSON) == {"0410"}  # Middelfart
    assert affiliated_municipalities(_PEOPLE) == {"0657", "0219", "0621"}  # Herning, Hillerød, Kolding
    assert not represents_several(_ONE_PERSON)
    assert represents_several(_PEOPLE)


def test_a_municipality_after_an_office_or_a_place_is_no_persons() -> None:
    assert affiliated_municipalities("Teknisk Forvaltning, Aarhus Kommune") == set()
    assert affiliated_municipalities("Mødested: Rådhuset, Vejle Kommune") == set()


_FORUM = (
    "Referat Specifikationsforum\n\nDato: 10. november 2010\n\n{people}\n\n1. Godkendelse af dagsorden\n\nGodkendt.\n"
)


def test_a_persons_municipality_in_the_header_is_not_the_meetings() -> None:
    assert _municipality(_FORUM.format(people=_ONE_PERSON)) is None


def test_the_people_of_several_municipalities_meet_for_none_of_them() -> None:
    committee = _FORUM.replace("Specifikationsforum", "Økonomiudvalget").format(people=_PEOPLE)
    assert _municipality(committee, url="https://www.kolding.dk/politik/dagsordener") is None
    alone = _FORUM.replace("Specifikationsforum", "Økonomiudvalget").format(people="Deltagere Inge Flensted")
    assert _municipality(alone, url="https://www.kolding.dk/politik/dagsordener") == "Kolding"


# koege-klima-plan-2020-01-09: the meeting place's postcode
_PLACE = (
    "Referat af møde i Klima- og Planudvalget\n\nDen 09.01.2020 kl. 13:00 i Tapperiet, Sdr. Badevej 1, 4600 Køge"
    "\n\n1. Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n"
)


def test_the_postcode_of_the_meeting_place_says_where_not_whose() -> None:
    assert _municipality(_PLACE) is None


def test_a_town_hall_in_the_header_and_the_publishers_site_still_name_it() -> None:
    assert _municipality(_PLACE, url="https://www.koege.dk/politik/klima-og-planudvalget") == "Køge"
    assert _municipality(_PLACE.replace("Tapperiet, Sdr. Badevej 1, 4600 Køge", "Køge Rådhus")) == "Køge"


# glostrup-kommunalbestyrelsen-agenda-3142: a municipality's own portal, minutes whose text names no body
_UNNAMED = (
    "Referat\n\n1. Godkendelse af dagsordenen\n\nBeslutning\n\nGodkendt.\n\n"
    "2. Orientering fra borgmesteren\n\nBeslutning\n\nTaget til efterretning.\n"
)
_GLOSTRUP = "http://www.glostrup.dk/politik/81/2836?agendaid=3142"


def test_minutes_naming_no_body_on_a_municipalitys_own_site_are_its() -> None:
    assert _municipality(_UNNAMED, url=_GLOSTRUP) == "Glostrup"


def test_a_body_of_unknown_reach_or_several_municipalities_people_on_its_site_are_not() -> None:
    assert _municipality("Styregruppen\n\n" + _UNNAMED, url=_GLOSTRUP) is None
    several = _UNNAMED.replace("Referat\n\n", f"Referat\n\n{_PEOPLE}\n\n")
    assert _municipality(several, url=_GLOSTRUP) is None

"""A municipality named as the party a matter comes from or goes to ("tilskud fra Hjørring Kommune",
"aftale med Rødovre Kommune") is not the meeting's own, in the header or beside a self-reference ("vi")."""

from __future__ import annotations

from graphbuild.extract import extract_facts
from graphbuild.parse import parse_meeting
from graphbuild.parse.header_municipality import header_municipality
from graphbuild.parse.lines import split_lines
from graphbuild.sources import source_from_text
from graphbuild.vocab.municipality_names import named_as_a_party, named_municipalities


def _municipality(text: str) -> str | None:
    facts = extract_facts(parse_meeting(source_from_text(text)))
    return facts.municipality.name if facts.municipality else None


# modelled on a village council's post: its funder named once, beside the council's own "vi"
_VILLAGE = (
    "Referat af mødet 22.11.07\n\nVedtægter.\n\nDisse blev gennemgået.\n\nØkonomi.\n\n"
    "Kassereren lovede at lave budget og regnskab, således at vi kan modtage tilskud fra Hjørring Kommune.\n"
)


def test_a_funder_named_after_fra_is_no_owner_of_the_minutes() -> None:
    assert header_municipality(split_lines(_VILLAGE), "Landsbyrådet", None, None) is None
    assert _municipality(_VILLAGE) is None


def test_the_municipality_named_as_the_place_still_is_the_headers() -> None:
    placed = _VILLAGE.replace("tilskud fra Hjørring Kommune", "tilskud til foreningerne i Hjørring Kommune")
    found = header_municipality(split_lines(placed), "Landsbyrådet", None, None)
    assert found is not None and found.name == "Hjørring"


def test_party_words_before_the_name() -> None:
    def parties(text: str) -> list[bool]:
        return [named_as_a_party(text, named) for named in named_municipalities(text)]

    assert parties("Henvendelse fra Ballerup Kommune") == [True]
    assert parties("en aftale med Rødovre Kommune om drift") == [True]
    assert parties("Vi i Rødovre Kommune arbejder") == [False]
    assert parties("Udvalget for Teknik, Aabenraa Kommune") == [False]
    assert parties("Aabenraa Byråd til møde") == [False]  # a council, not "X Kommune"


# modelled on a cross-municipal steering group's flattened header: its meeting's host and its secretariat's
_STEERING = (
    "Referat Mødeforum Styregruppen for Rammeaftalen Mødedato 18/8 Tid Kl. 9-13 "
    "Sted Slagelse Kommune, Torvegade 2 - Mødelokale 3. Deltagere Vini Hansen Slagelse, Jan Dehn Lejre "
    "Referent Povl Skov - Sekretariatet Næstved Kommune Teatergade 8, 2. sal\n"
)


def test_the_host_of_a_meeting_or_of_a_secretariat_owns_no_body_of_unknown_reach() -> None:
    assert header_municipality(split_lines(_STEERING), "Styregruppen for Rammeaftalen", None, None) is None
    one_host = _STEERING.replace("Sted Slagelse Kommune, Torvegade 2", "Sted Torvegade 2")
    assert header_municipality(split_lines(one_host), "Styregruppen for Rammeaftalen", None, None) is None


def test_a_municipal_committees_meeting_place_still_names_its_municipality() -> None:
    committee = "Referat Økonomiudvalget Mødedato 18. august 2016 Mødested: Slagelse Kommune, Rådhuset\n"
    found = header_municipality(split_lines(committee), "Økonomiudvalget", None, None)
    assert found is not None and found.name == "Slagelse"

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

"""A flattened header read as the lines it was: the first page-long line's header cut at sentence ends, kind words,
labels and weekdays, its heading pieces read by the body lexicon; a section heading in the text, another meeting's
minutes, a short line and a name after the first item none; a council held in a room is no one's. Snippets:
dev-write documents flattened as benchmarks.realworld_flattened flattens them (skagen-byting-bestyrelse-2020-11-24,
taarnborg-lokalraad-2017-03-06, aeldresagen-odense-bestyrelse-2025-06-06, uhusassens-ungeraadet-2020-05-12,
samsoe-kommunalbestyrelsen-2025-10-07, varme8350-bestyrelse-2011-10-18)."""

from __future__ import annotations

import pytest

from graphbuild.parse import parse_meeting
from graphbuild.parse.header_page_pieces import body_in_page_pieces
from graphbuild.parse.lines import split_lines
from graphbuild.sources import source_from_text

_CASE = (
    "Sagsfremstilling Efter udsendelse af dagsorden har formanden modtaget følgende spørgsmål fra borgere i "
    "området, og spørgsmålene blev besvaret på mødet. "
)
SKAGEN = (
    "1 Referat fra bestyrelsesmødet d. 24-11-20. Referat fra Skagen Bytings bestyrelsesmøde d. 24. november 2020. "
    "Tilstede var formand Erik Hatt, kasserer Jørgen Fink Petersen, Michael Jørgensen, Helle Christensen & Hanne D. "
    "Heilmann. Afbud fra Chresten Sloth Christensen samt suppl. Hans Nielsen. 1. Nyhedsbrev fra næstformand "
    "fremsendt til videre formidling. " + _CASE * 3 + "\n"
)
TAARNBORG = (
    "1 Møde den 6. marts 2017 Referat af lokalrådsmødet mandag den 6. marts 2017 klokken 18.30 hos Karen Holst "
    "Carlsen på Svalevej Til stede var Karen, Mette, Thomas og Jørgen 1. Godkendelse af dagsorden og referat Begge "
    "dele godkendt uden kommentarer 2. Regnskab 2016 " + _CASE * 3 + "\n"
)
AELDRE_SAGEN = (
    "1 Søg på lokalafdelingens hjemmeside Logo juni Referat Bestyrelsesmøde i Odense Lokalafdeling Dato og "
    "klokkeslæt: fredag, den 06. juni 25 kl. 10.00-13.00 Mødelokale: Kochsgade 23B Deltagere: Helle Frøslev, Karin "
    "Petersen, Kim Slott, Sonja Vind, Gert Broxgaard, Bodil Boe Lystlund Afbud: 1. Godkendelse af dagsordenen. "
    "Godkendt. 2. Økonomi. " + _CASE * 3 + "\n"
)
UNGERAADET = (
    "1 skip to Main Content Referat Ungerådsmøde d. 12. maj 2020 1. Besøg fra arbejdsgruppen fra kommunen – ny "
    "børn- og ungepolitik. 1. Status på Børne- og Ungepolitikken: 1. Byrådets godkendelse af udkast til politik 2. "
    "Høring " + _CASE * 3 + "\n"
)
SAMSOE = (
    "1 Der afholdes ordinært kommunalbestyrelsesmøde i Kantinen på rådhuset, Søtofte 10, tirsdag den 7. oktober "
    "2025 kl. 17.30. Kommunalbestyrelsens møder livestreames og videooptages af Kommune TV, så du har mulighed for "
    "at følge møderne derhjemme. " + _CASE * 3 + "\n"
)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (SKAGEN, "Skagen Bytings bestyrelse"),  # a sentence's heading after the page's first sentence
        (TAARNBORG, "Lokalrådet"),  # the kind word's heading, cut before its weekday
        (AELDRE_SAGEN, "Bestyrelsen i Odense Lokalafdeling"),  # a board's meeting and whose, cut before "Dato"
        (UNGERAADET, "Ungerådet"),  # a council's meeting word after the kind word
        (SAMSOE, "Kommunalbestyrelsen"),  # a council meeting in a room: the room owns no council
    ],
)
def test_a_flattened_headers_heading_names_the_body(text: str, body: str) -> None:
    assert body_in_page_pieces(split_lines(text)) == body


@pytest.mark.parametrize(("text", "body"), [(SKAGEN, "Skagen Bytings bestyrelse"), (TAARNBORG, "Lokalrådet")])
def test_the_header_reads_the_pieces_when_nothing_else_names_the_body(text: str, body: str) -> None:
    assert parse_meeting(source_from_text(text)).body == body


@pytest.mark.parametrize(
    "text",
    [
        # a section's heading in the text, no heading's word in its piece: "… i næste referat) Generalforsamling"
        "1 Heimo Dalsgaard – HD Lars Wahlqvist – LW Karl Anker Jensen – KAJ Michael Kock – MK (afbud) Daglig drift: "
        "Intet unormalt at bemærke – værket kører som det skal. Økonomi: Økonomien ”ser ud som sidste år” (sekretæren "
        "lover at dette emne uddybes i næste referat) Generalforsamling afholdes i marts. " + _CASE * 3,
        # another meeting's minutes, approved: "Referat fra … blev godkendt"
        "1 Referat fra Skagen Bytings bestyrelsesmøde d. 20. oktober 2020 blev godkendt. Tilstede var Erik Hatt og "
        "Hanne D. Heilmann. " + _CASE * 3,
        # a short line: the line-start readers'
        "Referat fra Skagen Bytings bestyrelsesmøde d. 24. november 2020. Tilstede var formand Erik Hatt.",
    ],
)
def test_no_body_from_a_piece_that_is_no_heading_of_this_meeting(text: str) -> None:
    assert body_in_page_pieces(split_lines(text)) is None


def test_nothing_after_the_first_item() -> None:
    # the first item starts before the heading: the heading is an item's
    assert body_in_page_pieces(split_lines(SKAGEN), items_start=40) is None

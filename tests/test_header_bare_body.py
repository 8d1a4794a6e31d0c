"""A flattened header's bare body name between its fields: after the meeting's clock time, before a label of who
comes, before the kind word and its day; a name in a sentence, an indefinite name after its owner's, a council after a
place field's last word, a menu's repeated name and a name after the first item none. Snippets: dev-write documents
flattened as benchmarks.realworld_flattened flattens them (ringkoebing-skjern-byraadet-2019-05-21,
kolding-byraadet-2014-06-23, odense-byraad-2008-03-26, regionsyddanmark-uddannelse-arbejdskraft-2019-03-07,
fynbus-bestyrelse-2016-12-08, ringkoebing-skjern-landdistriktsraadet-2019-11-11, randers-byraadet-nemagenda-1748986)."""

from __future__ import annotations

import pytest

from graphbuild.parse import parse_meeting
from graphbuild.parse.header_bare_body import bare_body_in_page_header
from graphbuild.parse.lines import split_lines
from graphbuild.sources import source_from_text

_CASE = (
    "Sagsfremstilling Efter udsendelse af dagsorden har borgmesteren modtaget følgende spørgsmål fra borgere i "
    "kommunen, og spørgsmålene blev besvaret på mødet. "
)
RINGKOEBING_SKJERN = (
    "1 Referat: 21. maj 2019 kl. 16:00 Byrådssalen, Rådhuset, Ved Fjorden 6, Ringkøbing Byrådet Deltagere • Pia "
    "Vestergaard • Gitte Kjeldsen • Erik Viborg • Niels Rasmussen Fraværende • Svend Boye Thomsen • Kristian Bøgsted "
    "Kopier link til punktet - Print 1: Spørgetid i Byrådet Sagsnr: " + _CASE * 3 + "\n"
)
KOLDING = (
    "1 Skip til hoved indholdet Dagsorden Mandag 23. jun 2014 kl. 17:00 Byrådet Byrådssalen Referat Resumé "
    "Ansøgning om anlægsbevilling til projekt nr. 4699 Lindegade 26, Christiansfeld. Anlægsbevillingen søges til en "
    "totalrenovering af ejendommen. Sagen behandles i Plan- og Boligudvalget, Økonomiudvalget og Byrådet. "
    + _CASE * 3
    + "\n"
)
ODENSE = (
    "1 Spring til indhold Dagsordener og referater 2008 Oversigt over dagsordener og referater for odense byråd 2008 "
    "Odense Byråd Åben Referat Onsdag den 26-03-2008 kl. 17:00 Rådhuset Afbud fra: Vivi Kier I stedet for Vivi Kier "
    "deltog Preben Petersen. " + _CASE * 3 + "\n"
)
REGION_SYDDANMARK = (
    "1 Gå til indhold Forsiden | Kontakt | Ledige job | For ansatte | Presse og nyheder | Web-TV | tysk flag engelsk "
    "flag | Region SyddanmarkTil forsiden ForsidepilPolitikpilDagsordner og referaterpilReferater "
    "2019pilUdvalget for uddannelse og arbejdskraftpilUdvalget for uddannelse og arbejdskraft - Referat - 07. marts "
    "2019 Udvalget for uddannelse og arbejdskraft - Referat - 07. marts 2019 Mødedato 07-03-2019 kl. 14:00 - 17:00 "
    "Mødested Mødelokale 7 Deltagere • Tage Petersen, V • Poul Andersen, A " + _CASE * 3 + "\n"
)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (RINGKOEBING_SKJERN, "Byrådet"),  # before a people label, after the place field's last word
        (KOLDING, "Byrådet"),  # after the clock time, before the place
        (ODENSE, "Odense Byråd"),  # before the kind word and the day
        (REGION_SYDDANMARK, "Udvalget for uddannelse og arbejdskraft"),  # the page's heading: name, kind, day
    ],
)
def test_a_bare_name_between_the_header_fields_is_the_body(text: str, body: str) -> None:
    assert bare_body_in_page_header(split_lines(text)) == body


@pytest.mark.parametrize(
    ("text", "body"), [(RINGKOEBING_SKJERN, "Byrådet"), (KOLDING, "Byrådet"), (ODENSE, "Odense Byråd")]
)
def test_the_header_reads_the_bare_name_when_nothing_else_names_the_body(text: str, body: str) -> None:
    assert parse_meeting(source_from_text(text)).body == body


@pytest.mark.parametrize(
    "text",
    [
        # an indefinite one-word name after its owner's: "FynBus Bestyrelse" is the body, "Bestyrelse" no name
        "1 FynBus Bestyrelse Referat Torsdag den 8. december 2016 Deltagere: Formand Morten Andersen, Nordfyn "
        + _CASE * 3,
        # the place field's last word is no district of the council: "Lem Landdistriktsrådet" none
        "1 Referat: 11. november 2019 kl. 16:30 Hotel Smedegaarden Lem, Jernbanegade 2, 6940 Lem Landdistriktsrådet "
        "Deltagere • Dennis Barbesgaard • Irene Lund Pederen " + _CASE * 3,
        # a sentence: a lower-case word after the name that follows the clock, before the name that precedes the label
        "1 Referat 3. maj 2024 kl. 17:00 Byrådet vedtog budgettet, og formanden takkede i Byrådet Deltagere • Ole Berg "
        + _CASE * 3,
        # a site's menu repeats the name: "Funktioner Byrådet Byrådet Vis medlemmer"
        "1 | Rss | Tip en ven | Print | Titel Udvalg Funktioner Byrådet Byrådet Deltagere • Anders Buhl-Christensen "
        + _CASE * 3,
        # a short line: the line-start readers'
        "Dagsorden Mandag 23. jun 2014 kl. 17:00 Byrådet Byrådssalen",
    ],
)
def test_no_bare_name_outside_the_header_fields(text: str) -> None:
    assert bare_body_in_page_header(split_lines(text)) is None


def test_nothing_after_the_first_item() -> None:
    # the first item starts before the name: the name is an item's
    assert bare_body_in_page_header(split_lines(KOLDING), items_start=40) is None

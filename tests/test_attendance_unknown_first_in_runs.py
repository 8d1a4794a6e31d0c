"""A name whose first name the name lists do not know, where a run of names a PDF flattened with no separator opens
an entry (``attendance_unknown_first``): between two names read, right after a list's label with or without its colon.
Excerpts from dev-write documents as printed (aab-organisationsbestyrelse-2012-12-05, naturstyrelsen-skovraadet-
2016-04-06, rammeaftale-sjaelland-styregruppen-18-08); the near misses are what the guards reject."""

from __future__ import annotations

import pytest

from graphbuild.parse.attendance_groups import names_follow
from graphbuild.parse.attendance_lists import find_attendance
from graphbuild.parse.attendance_names import split_run

P = "present"


def _rows(text: str) -> set[tuple[str, str]]:
    return {(row.name, row.status) for row in find_attendance(text)}


def _names(text: str) -> list[str]:
    return [hit.name for hit in split_run(text, 0, len(text))]


def test_an_unknown_first_name_between_two_names_of_a_run() -> None:
    text = (
        "1 Referat af OB-møde Mødedato: 5. december 2012 kl Til stede: Bent Haupt Jensen, Formand Jørn Nielsen, "
        "Næstformand Michael Bagge Kuehn Jette Kragh Michael Bendixen Palle S. Madsen Käthe Pedersen David Jennow "
        "Christian Høgsbro, Adm. Direktør Inge Vilhof, Direktionssekretær\n"
    )
    rows = _rows(text)
    assert {("Palle S. Madsen", P), ("Käthe Pedersen", P), ("David Jennow", P)} <= rows


def test_an_unknown_first_name_opening_a_list_after_its_colon() -> None:
    text = (
        "DCE - Nationalt Center for miljø og Energi, AU Fra Naturstyrelsen deltog: Camila Brask Lentz Mette Marcker "
        "Christiansen Henrik Kundby (under pkt. 4) Pernille Karlog (under pkt. 6)\n"
    )
    rows = _rows(text)
    assert {("Camila Brask Lentz", P), ("Mette Marcker Christiansen", P)} <= rows


def test_an_unknown_first_name_after_a_label_without_its_colon() -> None:
    # a page flattened: "Deltagere" mid-line, each name followed by the municipality its member comes for
    text = (
        "1 Referat Mødeforum Styregruppen for Rammeaftale Sjælland Mødedato 18/ Tid Kl Sted Slagelse Kommune, "
        "Torvegade 2, 4000 Slagelse - Mødelokale 3. sal Lille Auditorie. Deltagere Vini Lindhardt Slagelse Christian "
        "Harsløf Roskilde Jan Dehn Lejre Charlotte Houlberg Solrød Erik Pedersen Odsherred Afbud: Bo Guntofte\n"
    )
    rows = _rows(text)
    assert {("Vini Lindhardt", P), ("Christian Harsløf", P), ("Erik Pedersen", P)} <= rows
    assert not any("Slagelse" in name for name, _ in rows)


@pytest.mark.parametrize(
    ("text", "rejected"),
    [
        # a common noun the document also writes in lower case is no first name ("Direkte tlf.", "direkte")
        ("Ole Berg Direkte Hansen Lis Holm, som er direkte valgt", "Direkte Hansen"),
        # a municipality before a surname is whom the member before comes for
        ("Ole Berg Faxe Hansen Lis Holm", "Faxe Hansen"),
        # a genitive is a body's or place's word
        ("Ole Berg Københavns Hansen Lis Holm", "Københavns Hansen"),
        # a post's noun ("Observatør") is no first name
        ("Ole Berg Observatør Hansen Lis Holm", "Observatør Hansen"),
        # no known first name, municipality or bracket after the surname: the words may be a place or a body
        ("Ole Berg Trekroner Hansen Bygningsservice", "Trekroner Hansen"),
        # not where an entry opens: inside the words after a name's affiliation
        ("Ole Berg Lejre Kommune Vestegnens Trekroner Hansen Lis Holm", "Trekroner Hansen"),
    ],
)
def test_the_guards_reject_a_near_miss(text: str, rejected: str) -> None:
    names = _names(text)
    assert rejected not in names
    assert "Ole Berg" in names


def test_a_label_without_its_colon_heads_a_list_only_before_a_second_name() -> None:
    # the unknown first name opens the list only when a known name follows it: "Deltagere Vini Lindhardt Slagelse
    # Christian Harsløf" heads a list; an unknown word, a surname and a municipality followed by places and a company
    # ("Trekroner Hansen Slagelse Nordhavn Bygningsservice …") are no run of names
    assert names_follow(" Vini Lindhardt Slagelse Christian Harsløf Roskilde", 0, 1)
    assert not names_follow(" Trekroner Hansen Slagelse Nordhavn Bygningsservice Havnevej Fyrvej", 0, 1)
    assert not names_follow(" Trekroner Hansen Vestegnen Bygningsservice Nordhavn Havnevej", 0, 1)

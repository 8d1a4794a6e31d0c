"""The municipality a header names as a meeting place's, a secretariat's or a party's ("Mødested: Vejle Kommune,
mødelokale 2", "Sekretariatet Næstved Kommune", "Sted Slagelse Kommune") is no owner of a body of unknown reach:
``header_municipality`` left it out, and ``inference``'s header mention no longer takes it back. Forms quoted
(shortened) from dev-write documents of tests/realworld/ (Styregruppen for Rammeaftale Sjælland: "Sted Slagelse
Kommune"; the forms `header_municipality`'s guards quote); the test split is never read while writing these rules."""

from __future__ import annotations

import pytest
from snippet_municipality import header_municipality

from graphbuild.parse.header_municipality import hosts_or_addresses


@pytest.mark.parametrize(
    "line",
    [
        "Mødested: Vejle Kommune, mødelokale 2",
        "Sted Slagelse Kommune",
        "Sekretariatet Næstved Kommune",
        "Kopi til Horsens Kommune",
        "Kontakt: sekretariat Torvegade 7, 8450 Hammel Favrskov Kommune",
    ],
)
def test_a_hosts_municipality_owns_no_body_of_unknown_reach(line: str) -> None:
    assert header_municipality("Styregruppen", line) is None


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Mødested: Vejle Kommune, mødelokale 2", "Vejle"),
        ("Sted Slagelse Kommune", "Slagelse"),
        ("Sekretariatet Næstved Kommune", "Næstved"),
        ("Kopi til Horsens Kommune", "Horsens"),
    ],
)
def test_the_host_is_told(line: str, name: str) -> None:
    assert hosts_or_addresses(line, line.index(name))


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Vejle Kommune", "Vejle"),  # the publisher's name heading the page
        ("Referat af møde i Vejle Kommunes styregruppe", "Vejle"),
        ("Deltagere: Ole Berg, formand", "Ole"),
    ],
)
def test_a_near_miss_is_no_host(line: str, name: str) -> None:
    assert not hosts_or_addresses(line, line.index(name))


def test_a_municipal_body_keeps_its_meeting_place() -> None:
    assert header_municipality("Økonomiudvalget", "Mødested: Vejle Kommune, mødelokale 2") == "Vejle"

"""A header's "X Kommune" named as the meeting's host, venue, next meeting's place, or a letter's addressee or sender
("Vært: Hjørring Kommune", "Mødet afholdes hos Hjørring Kommune", "Næste møde afholdes i Vejle Kommune", "Til:
Byrådet i Silkeborg Kommune", "på vegne af Silkeborg Kommune") owns no body of unknown reach, nor is it the publisher
of a document with no body; a publisher's heading ("Vejle Kommune – Økonomiudvalget") and a municipal body's own
meeting place keep theirs. The cues are those dev-write prints around a host ("Haderslev er vært på næste møde",
"køber begge beredskabsydelsen hos Køge Kommune", "Mødested: Vejle Kommune"); the test split is never read while
writing these rules."""

from __future__ import annotations

import pytest
from snippet_municipality import header_municipality

from graphbuild.parse.header_hosts import names_a_host

_HOSTS = [
    "Vært: Hjørring Kommune",
    "Værtskommune: Hjørring Kommune",
    "Mødet afholdes hos Hjørring Kommune",
    "Mødet afholdes på Rådhuset i Vejle Kommune",
    "Næste møde afholdes i Vejle Kommune",
    "Næste møde: 12. oktober hos Vejle Kommune",
    "Til: Byrådet i Silkeborg Kommune",
    "Modtager: Silkeborg Kommune",
    "På vegne af Silkeborg Kommune",
    "Værtskab: Vejle Kommune",
    "Mødet finder sted hos Vejle Kommune",
    "Næste møde holdes den 5. maj 2016 i Vejle Kommune",  # a date's full stops inside the cue
    "Kommende møder: 5. maj i Vejle Kommune",
]


@pytest.mark.parametrize("line", _HOSTS)
def test_a_host_owns_no_body_of_unknown_reach(line: str) -> None:
    assert header_municipality("Styregruppen", line) is None


@pytest.mark.parametrize("line", _HOSTS)
def test_a_host_is_no_publisher_of_a_document_without_a_body(line: str) -> None:
    assert header_municipality("", line) is None


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Vejle Kommune – Økonomiudvalget", "Vejle"),  # the publisher's own heading
        ("Vejle Kommune", "Vejle"),
        ("Referat af møde i Vejle Kommunes styregruppe", "Vejle"),
        ("Tilsynet i Vejle Kommune", "Vejle"),  # "til" opens a word, no label
        ("Værdighedspolitik for Vejle Kommune", "Vejle"),  # "vær" opens a word, no host
        ("Næste møde aflyst. Vejle Kommune", "Vejle"),  # a sentence ends before the name
        ("Mødet holdes. Vejle Kommune", "Vejle"),
    ],
)
def test_a_near_miss_names_no_host(line: str, name: str) -> None:
    assert not names_a_host(line, line.index(name))


def test_a_label_deep_in_a_long_line_is_no_labels_line_start() -> None:
    line = "Til: " + "x" * 100 + " Vejle Kommune"
    assert not names_a_host(line, line.index("Vejle"))


def test_the_publishers_heading_stays_with_a_body_of_unknown_reach() -> None:
    assert header_municipality("Styregruppen", "Vejle Kommune – Økonomiudvalget") == "Vejle"


def test_a_municipal_body_keeps_its_meeting_place() -> None:
    assert header_municipality("Økonomiudvalget", "Mødet afholdes hos Hjørring Kommune") == "Hjørring"

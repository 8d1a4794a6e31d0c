"""A round of introductions told in other words than "præsentationsrunde" is a welcome: a decision of such sentences
only is none. Quoted from the minutes of Assens Handicapråd (assens-handicapraadet-2018-01-18, dev-write: "Alle
medlemmer gav en kort præsentation."), KIF Gymnastik's general meeting (kif-gymnastik-generalforsamling-2020-10-25,
dev-write), FOTdanmark's specification forum (fot-specifikationsforum-2010-11-10, dev-write), Region Midtjylland's
committee for digital health (rm-digital-sundhed-2020-08-18, dev-write) and Aalborg's Udsatteråd
(aalborg-udsatteraadet-2025-03-12, dev-write); the near misses from the same minutes and invented variants."""

from __future__ import annotations

import pytest

from graphbuild.extract import extract_facts
from graphbuild.extract.outcome_introductions import introduction_only
from graphbuild.parse import parse_meeting
from graphbuild.sources import source_from_text
from tests.snippet_outcome import headed_outcome


@pytest.mark.parametrize(
    "sentence",
    [
        "Alle medlemmer gav en kort præsentation.",
        "Søren takkede for invitationen og præsenterede kort sig selv.",
        "Alle de tilstedeværende præsenterede dernæst dem selv.",
        "Efterfølgende var der en kort præsentation af udvalgets medlemmer samt de administrative mødedeltagere.",
        "Christina præsenterer sig kort",
    ],
)
def test_an_introduction(sentence: str) -> None:
    assert introduction_only(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a form of the table beside the introduction: the information given is the verdict
        "Kassereren præsenterede kort sig selv og informerede om at regnskabet var blevet uddelt.",
        # a presentation of something else than the members
        "Formanden gav en kort præsentation af projektet.",
        "Alle medlemmer gav en kort præsentation af deres arbejde.",
        "Projektlederen præsenterede dem for planen.",
        "Jens præsenterede sagen.",
    ],
)
def test_no_introduction_only(sentence: str) -> None:
    assert not introduction_only(sentence)


def test_a_decision_of_introductions_only_is_none() -> None:
    assert headed_outcome("Præsentation", "Alle medlemmer gav en kort præsentation.") == "none"
    assert (
        headed_outcome("Velkomst", "Formanden bød velkommen.\n\nAlle de tilstedeværende præsenterede dernæst dem selv.")
        == "none"
    )


def test_information_beside_the_introductions_is_noted() -> None:
    decision = "Alle medlemmer gav en kort præsentation.\n\nFormanden orienterede om rådets arbejde."
    assert headed_outcome("Præsentation", decision) == "noted"
    # a presentation of a matter, not of the members: information given
    assert headed_outcome("Projektet", "Formanden gav en kort præsentation af projektet.") == "noted"


def test_the_introductions_read_in_minutes() -> None:
    text = (
        "Referat af Handicaprådets møde\n\n1. Velkommen\n\nBeslutning\n\nAlle medlemmer gav en kort præsentation.\n\n"
        "2. Forretningsorden\n\nBeslutning\n\nForretningsorden blev godkendt.\n"
    )
    facts = extract_facts(parse_meeting(source_from_text(text)))
    assert [(i.number, i.outcome) for i in facts.items] == [("1", "none"), ("2", "approved")]

"""An election item whose text is the elected person's name alone is approved: the written rule's election "also its
result printed as a list of names and posts", here one name, a first name too. Quoted (shortened) from the minutes of
Krop & Sind Favrskov (kropogsind-favrskov-bestyrelse-2013-09-26, dev-write), a residents' association's board
(sosum.dk, 7 November 2012: "1. Valg af referent / Lars"), Dansk Selskab for ALS ("Valg af dirigent: Helle
Thagesen.") and Gjessø Lokalråd (gjesso-lokalraad-generalforsamling-2023-03-29: "Valg af ordstyrer / Ordstyrer:
Kristian Mortensen")."""

from __future__ import annotations

import pytest

from graphbuild.extract import extract_facts
from graphbuild.extract.outcome_prose import elected_name
from graphbuild.extract.outcomes import outcome_of
from graphbuild.parse import parse_meeting
from graphbuild.sources import source_from_text

CASES = [
    # Krop & Sind Favrskov: a first name alone under the election's title, indented
    ("1. Valg af ordstyrer\n     Anna\n\n2. Valg af referent\n     Lise\n", ["approved", "approved"]),
    # sosum.dk: the name on a line of its own after a blank line
    ("1. Valg af referent\n\nLars\n\n2. Godkendelse af dagsorden\n\nGodkendt\n", ["approved", "approved"]),
    # a full name and its full stop
    ("1. Valg af dirigent\nHelle Thagesen.\n", ["approved"]),
    # Gjessø Lokalråd: the post's word before the names, two names joined by "og"
    ("2. Valg af ordstyrer\n\nOrdstyrer: Kristian Mortensen\n", ["approved"]),
    ("3. Valg af to stemmetællere\n\nStemmetællere: Carina og Vita\n", ["approved"]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_an_election_decided_by_the_name_alone(text: str, expected: list[str]) -> None:
    facts = extract_facts(parse_meeting(source_from_text("Referat\n\nBestyrelsesmøde\n\n" + text)))
    assert [i.outcome for i in facts.items] == expected


NOT_ELECTED = [
    # a name alone under a title that elects no one is no decision (Krop & Sind Favrskov's "5. Økonomi orientering
    # (Jette)" had its text; a bare name under a plain title names who brings the item)
    ("1. Skridttællerkampagne\n     Lise\n", "none"),
    # an election item whose text is more than a name: read as before (talk, a verdict)
    ("1. Valg af referent\n     Lise kan ikke i dag\n", "discussed"),
    ("1. Valg af referent\n     Udsat\n", "postponed"),
    ("1. Valg af referent\n     Ingen\n", "none"),
    # a label over a text that is no name (Gjessø Lokalråd's "Se regnskab"; a label's lower-case words)
    ("3. Valg af revisor\n\nRevisor: se regnskab\n", "none"),
]


@pytest.mark.parametrize(("text", "expected"), NOT_ELECTED)
def test_no_election_by_a_name_elsewhere(text: str, expected: str) -> None:
    facts = extract_facts(parse_meeting(source_from_text("Referat\n\nBestyrelsesmøde\n\n" + text)))
    assert [i.outcome for i in facts.items] == [expected]


def test_the_elected_name_is_the_decision_text() -> None:
    item = "1. Valg af ordstyrer\n     Anna\n"
    assert elected_name(item, 100, "Valg af ordstyrer") == ("Anna", 100 + item.index("Anna"))
    assert elected_name(item, 0, "Godkendelse af dagsorden") == (None, -1)
    assert elected_name("1. Valg af ordstyrer\n     anna og bo\n", 0, "Valg af ordstyrer") == (None, -1)


def test_the_outcome_of_a_name_alone() -> None:
    assert outcome_of("Valg af referent", True, "Lise", False, "2. Valg af referent\nLise") == "approved"
    assert outcome_of("Sommerfest", True, "Lise", False, "2. Sommerfest\nLise") == "none"

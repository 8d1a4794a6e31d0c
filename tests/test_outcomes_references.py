"""An item of minutes whose whole record is a reference to elsewhere ("Se formandens beretning", "Se referatet fra
lokalrådsmødet 2. februar 2017", "1. Meddelelser Se andre pkt."): noted under an information item's title, else none;
cases shortened from dev-write documents of tests/realworld/ (gjesso-lokalraad-generalforsamling-2023-03-29,
taarnborg-lokalraad-2017-03-06, koege-amatoerscene-bestyrelse-2018-02-04, lejre-ungdomsskolebestyrelsen-2015-09-21),
the test split never read."""

from __future__ import annotations

import pytest

from graphbuild.extract import extract_facts
from graphbuild.extract.outcome_references import heading_before_reference, reference_only
from graphbuild.parse import parse_meeting
from graphbuild.sources import source_from_text

_HEADER = (
    "Referat fra generalforsamling i lokalrådet 29. marts 2023\n\n  1. Valg af ordstyrer\n\nOrdstyrer: Kristian\n\n"
)


def _outcomes(text: str) -> dict[str, str]:
    facts = extract_facts(parse_meeting(source_from_text(_HEADER + text)))
    return {item.title: item.outcome for item in facts.items}


@pytest.mark.parametrize(
    ("text", "title", "expected"),
    [
        ("  2. Årsberetning ved siddende lokalrådsformand\n\nSe formandens beretning\n", "Årsberetning", "noted"),
        ("  2. Meddelelser Se andre pkt.\n", "Meddelelser", "noted"),
        ("  2. Sommerfest\n  Se referatet fra lokalrådsmødet 2. februar 2017\n", "Sommerfest", "none"),
        # near misses: a verdict beside the reference, an action's "se på", a record of many words
        ("  2. Sommerfest\n  Se bilag. Sommerfesten blev godkendt.\n", "Sommerfest", "approved"),
        ("  2. Sommerfest\n  Se på mulighederne for en ny sommerfest med telt\n", "Sommerfest", "discussed"),
    ],
)
def test_a_record_that_only_refers_elsewhere(text: str, title: str, expected: str) -> None:
    outcomes = _outcomes(text)
    found = next(outcome for item_title, outcome in outcomes.items() if item_title.startswith(title))
    assert found == expected


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        ("Se formandens beretning", True),
        ("Høringssvar, se bilag", True),
        ("Jf. bilag 3", True),
        # near misses: a verdict form, an action, a second line, too many words
        ("Se bilag. Godkendt.", False),
        ("Se på mulighederne for et nyt lokale", False),
        ("Se bilag\nDer var enighed om at fortsætte", False),
        ("Se referatet fra lokalrådsmødet den 2. februar 2017 om sommerfesten og teltet", False),
    ],
)
def test_reference_only(record: str, expected: bool) -> None:
    assert reference_only(record) is expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Meddelelser Se andre pkt", "Meddelelser"),
        # near misses: "Se" opening the title, a verb's particle after it, a verdict form after it
        ("Se på fremtidens skole", None),
        ("Meddelelser Se frem til sommerfesten", None),
        ("Meddelelser Se bilag godkendt", None),
    ],
)
def test_heading_before_reference(title: str, expected: str | None) -> None:
    assert heading_before_reference(title) == expected

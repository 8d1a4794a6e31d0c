"""A flattened page's item line that prints its verdict right after its title ("1. Godkendelse af referat af mødet
9. september 2014 Godkendt 3"), and a decision section that holds only a dash. Snippets follow the forms of dev
minutes, names and dates varied; the test split is never read."""

from __future__ import annotations

import pytest

from graphbuild.extract.outcome_prose import verdict_after_title
from graphbuild.extract.outcomes import outcome_of


@pytest.mark.parametrize(
    ("item_text", "title", "expected"),
    [
        # the title's year and the page number after the verdict
        (
            "1. Godkendelse af referat af mødet 9. september 2014 Godkendt 3\n\n4",
            "Godkendelse af referat af mødet 9. september",
            "Godkendt",
        ),
        # a page number as "page/pages"
        (
            "2. Godkendelse af referat fra møde 14. december Godkendt 2/12\n\n3",
            "Godkendelse af referat fra møde 14. december",
            "Godkendt",
        ),
        # the next item's number on the same line
        ("1. Godkendelse af dagsorden Godkendt 2. Sager til behandling", "Godkendelse af dagsorden", "Godkendt"),
        # the item parser kept the verdict as the title's end
        ("1. Godkendelse af dagsorden Godkendt", "Godkendelse af dagsorden Godkendt", "Godkendt"),
        (
            "3. Orientering fra sekretariatet Taget til efterretning 4",
            "Orientering fra sekretariatet",
            "Taget til efterretning",
        ),
    ],
)
def test_a_verdict_right_after_the_title(item_text: str, title: str, expected: str) -> None:
    found, at = verdict_after_title(item_text, 100, title)
    assert found == expected
    assert at == 100 + item_text.index(expected)


@pytest.mark.parametrize(
    ("item_text", "title"),
    [
        # a lower-case word in running text is the case's, not a verdict of its own
        ("3. Budget 2015 godkendt af Byrådet skal udmøntes", "Budget 2015"),
        # text after the verdict that is no page number nor the next item: a sentence of the case
        ("2. Lokalplan 12 Godkendt plan for området revideres i år", "Lokalplan 12"),
        # a contents line: a page number only
        ("1. Godkendelse af referat af mødet 9. september 2014 3", "Godkendelse af referat af mødet 9. september"),
    ],
)
def test_no_verdict_after_the_title(item_text: str, title: str) -> None:
    assert verdict_after_title(item_text, 0, title) == (None, -1)


def test_a_decision_section_of_a_dash_is_empty() -> None:
    # "Meddelelser" with "Beslutning\n-": no decision recorded, not the information item's noted
    assert outcome_of("Meddelelser", True, "-", False, "2. Meddelelser\nBeslutning\n-") == "none"
    assert outcome_of("Meddelelser", True, "Taget til efterretning.", False, "") == "noted"


@pytest.mark.parametrize(
    ("decision", "expected"),
    [
        # the heading's rest before the sentence of nothing, then who was absent: nothing decided
        ("den : Der var ingen spørgsmål. Jens Hansen (V) deltog ikke under behandlingen af dette punkt.", "none"),
        # a verdict after the sentence of nothing is the item's verdict
        ("i Byrådet den : Der var ingen spørgsmål. Pia Holm (A) var fraværende. Dagsorden godkendt.", "approved"),
        # the noun of the title in the sentence of nothing ("til orienteringen") is no verdict after it
        ("Ingen punkter til orienteringen.\nAfbud: Per Sørensen, Anne Berg", "none"),
    ],
)
def test_a_sentence_of_nothing_first(decision: str, expected: str) -> None:
    assert outcome_of("Spørgetid", True, decision, False, "") == expected

"""Item forms read by their shape (issue 12 items 2 and 6): one table of (text, expected (number, title,
outcome)) and one of headings. Texts are shortened excerpts of public A-K minutes (Gentofte, Gribskov,
Helsingør, Hvidovre, Hedensted) or variants written for the form; the test split is never read."""

from __future__ import annotations

import pytest

from graphbuild.extract import extract_facts
from graphbuild.parse import parse_meeting
from graphbuild.parse.sections import heading_kind
from graphbuild.sources import source_from_text

HEAD = "Referat af møde i Økonomiudvalget\n\nMødedato 10. juni 2013\n\n"


def _item(heading: str, decision: str, between: str = "", first: str = "Resumé") -> str:
    return (
        f"{heading}\n\n{between}{first}\n\nSagen forelægges udvalget.\n\nIndstilling\n\n"
        f"Forvaltningen indstiller, at sagen godkendes.\n\nBeslutning\n\n{decision}\n\n"
    )


CASES = [
    pytest.param(
        HEAD
        + _item("1 Åbent Kommuneplan 2013 - juni. Endelig vedtagelse", "Godkendt.", "018520-2013\n\n")
        + _item("2 Åbent Lokalplan 350 for Tuborg Nord", "Taget til efterretning.", "018521-2013\n\n"),
        [
            ("1", "Kommuneplan 2013 - juni. Endelig vedtagelse", "approved"),
            ("2", "Lokalplan 350 for Tuborg Nord", "noted"),
        ],
        id="first-title-with-a-stage-after-its-full-stop-over-a-case-number",
    ),
    pytest.param(
        HEAD
        + _item("1 (Åben) Lokalplan 356 for Eksperimentariet. Offentlig høring", "Godkendt.")
        + _item("2 (Åben) Meddelelser fra formanden", "Taget til efterretning."),
        [
            ("1", "Lokalplan 356 for Eksperimentariet. Offentlig høring", "approved"),
            ("2", "Meddelelser fra formanden", "noted"),
        ],
        id="access-in-brackets-title-with-a-stage",
    ),
    pytest.param(
        HEAD
        + _item("1. Forskellige cirkulærer og meddelelser. Orientering ved borgmesteren", "Taget til efterretning.")
        + _item("2. Budgetopfølgning", "Godkendt."),
        [
            ("1", "Forskellige cirkulærer og meddelelser. Orientering ved borgmesteren", "noted"),
            ("2", "Budgetopfølgning", "approved"),
        ],
        id="first-dotted-title-holding-a-full-stop",
    ),
    pytest.param(
        HEAD
        + "1. Udvalget godkendte sagen. Herefter blev mødet hævet.\n\nDer var ingen yderligere bemærkninger.\n\n"
        + _item("2. Budgetopfølgning", "Godkendt."),
        [("2", "Budgetopfølgning", "approved")],
        id="numbered-sentence-with-no-heading-under-it-is-no-item",
    ),
    pytest.param(
        HEAD
        + _item("Godkendelse af dagsorden", "Godkendt.", first="Beslutningstema")
        + _item("Valg af tre nye suppleanter til Handicaprådet", "Godkendt.", first="Beslutningstema"),
        [
            ("1", "Godkendelse af dagsorden", "approved"),
            ("2", "Valg af tre nye suppleanter til Handicaprådet", "approved"),
        ],
        id="unnumbered-title-over-beslutningstema",
    ),
    pytest.param(
        HEAD
        + _item("Beslutningstema\n\nGodkendelse af dagsorden", "Godkendt.", first="Sagsfremstilling")
        + _item("Beslutningstema\n\nBudgetopfølgning", "Godkendt.", first="Sagsfremstilling"),
        [("1", "Godkendelse af dagsorden", "approved"), ("2", "Budgetopfølgning", "approved")],
        id="title-under-a-beslutningstema-label",
    ),
    pytest.param(
        "Punkter Top\n\n01 Bemærkninger til dagsordenen\n\nReferat:\n\nGodkendt\n\n"
        "02 Godkendelse af referat fra mødet den 18.06.2009\n\nReferat:\n\nGodkendt\n\n"
        "03 Orientering fra nedsatte arbejdsgrupper\n\nReferat:\n\nTaget til efterretning.\n",
        [
            ("01", "Bemærkninger til dagsordenen", "approved"),
            ("02", "Godkendelse af referat fra mødet den 18.06.2009", "approved"),
            ("03", "Orientering fra nedsatte arbejdsgrupper", "noted"),
        ],
        id="zero-padded-numbers-kept-as-printed",
    ),
    pytest.param(
        HEAD + _item("Punkt 01: Godkendelse af dagsorden", "Godkendt.") + _item("Punkt 02: Budget", "Godkendt."),
        [("01", "Godkendelse af dagsorden", "approved"), ("02", "Budget", "approved")],
        id="zero-padded-punkt-numbers",
    ),
    pytest.param(
        HEAD + _item("9. Godkendelse af dagsorden", "Godkendt.") + _item("10. Budget", "Godkendt."),
        [("9", "Godkendelse af dagsorden", "approved"), ("10", "Budget", "approved")],
        id="unpadded-numbers-unchanged",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_item_forms_by_shape(text: str, expected: list[tuple[str, str, str]]) -> None:
    facts = extract_facts(parse_meeting(source_from_text(text)))
    found = [(i.number, i.title, i.outcome) for i in facts.items]
    assert [item for item in expected if item not in found] == []
    assert len(found) == len(expected)


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("Sagsresumé", "resume"),
        ("Sagsresume:", "resume"),
        ("Sagens kerne", "resume"),
        ("Beslutningstema", "resume"),
        ("Problemstilling", "sagsfremstilling"),
        ("Sagens kerne er denne", None),
        ("Beslutningstemaet drøftes", None),
    ],
)
def test_section_headings(heading: str, kind: str | None) -> None:
    assert heading_kind(heading) == kind

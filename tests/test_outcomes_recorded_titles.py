"""Minutes whose item line is itself the record of information given at the meeting, with no text under it
("Formanden orienterer", "Sigurd præsenterede sit projekt", an item line that ran on into "X gav en kort introduktion
til …"): noted by the written rule's noted row. Modelled on dev-write minutes of an I/S board, a parish council, a
senior council and a regional growth forum; an agenda's label of an information item stays none."""

from __future__ import annotations

import pytest

from graphbuild.extract.outcomes import outcome_of

RECORDED_TITLES = [
    ("Formanden orienterer", "noted"),
    ("Direktøren orienterede om status på genbrugspladserne", "noted"),
    ("Sigurd præsenterede sit projekt om kirkens historie", "noted"),
    ("Introduktion til virksomheden ved Anne Holm Anne Holm gav en kort introduktion til virksomheden", "noted"),
    # an information item's label, with nothing recorded under it
    ("Sager til orientering", "none"),
    ("Til efterretning", "none"),
    ("Orientering", "none"),
    ("Orientering om budget 2024", "none"),
    ("Projektet præsenteres", "none"),
    ("Godkendelse af dagsorden", "none"),
]


@pytest.mark.parametrize(("title", "expected"), RECORDED_TITLES)
def test_an_item_line_that_records_information(title: str, expected: str) -> None:
    assert outcome_of(title, True, None, False, title) == expected


def test_an_agenda_item_line_stays_without_decision() -> None:
    assert outcome_of("Formanden orienterer", True, None, True, "Formanden orienterer") == "none"


# Narrative minutes whose item line is the minute's first sentence, its verdict in it, the text after it with no form
# (an association's general meeting: "1.Til dirigent valgtes …", "4. Efter bestyrelsens forslag vedtoges …"); a title
# that is no sentence, or a decision that prints a form of its own, leaves the decision's reading
TITLE_SENTENCES = [
    ("Til dirigent valgtes Inge Marie Holm", "Hun konstaterede generalforsamlingens lovlighed.", False, "approved"),
    (
        "Efter bestyrelsens forslag vedtoges uændret kontingent",
        "Personlige medlemmer 240 kr. Familier 400 kr.",
        False,
        "approved",
    ),
    (
        "Forslaget om ny sti blev udsat til næste møde",
        "Kassereren undersøger prisen hos to entreprenører.",
        False,
        "postponed",
    ),
    (
        "Godkendelse af kontingent for næste år",
        "Kassereren gennemgik satserne for de enkelte grupper.",
        False,
        "discussed",
    ),
    (
        "Til dirigent valgtes Inge Marie Holm",
        "Formanden takkede for fremmødet og forsamlingen drøftede sagen.",
        False,
        "discussed",
    ),
    ("Til dirigent valgtes Inge Marie Holm", "Hun konstaterede generalforsamlingens lovlighed.", True, "discussed"),
]


@pytest.mark.parametrize(("title", "decision", "headed", "expected"), TITLE_SENTENCES)
def test_a_verdict_in_the_item_line_sentence(title: str, decision: str, headed: bool, expected: str) -> None:
    assert outcome_of(title, True, decision, False, f"{title}. {decision}", headed=headed) == expected

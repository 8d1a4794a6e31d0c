"""Narrative minutes' own lines read as the record: an item line that records information given, with no text under
it ("Formanden orienterer", "Sigurd præsenterede sit projekt", an item line that ran on into "X gav en kort
introduktion til …"), is noted; an item line that is a sentence printing the verdict ("Til dirigent valgtes …") gives
it where the text after it prints none; the noun "kompetence" in a minute's sentence is no presented case's heading.
Modelled on dev-write minutes of an I/S board, a parish council, a senior council, a regional growth forum, an art
society's general meeting and a medical society's board; an agenda's label of an information item stays none."""

from __future__ import annotations

import pytest

from graphbuild.extract.outcome_prose import narrative
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


# A presented case's heading holding "kompetence" stops the narrative reading; the plain noun in a minute's sentence
# does not (an association's board: "Også her ønske om, at kompetencer vedr. redigering ligger hos bestyrelsen")
def test_competence_in_a_sentence_is_the_minutes_own_word() -> None:
    item = (
        "3) Hjemmeside.\nDer er behov for at bestyrelsen selv kan redigere hjemmesiden. Også her ønske om, at "
        "kompetencer vedr. redigering af opsætningen ligger hos bestyrelsen."
    )
    found, _at = narrative(item, 0, "Hjemmeside")
    assert found is not None and found.startswith("Der er behov")


@pytest.mark.parametrize("heading", ["Beslutningskompetence: Udvalget", "KOMPETENCE Udvalget for Kultur"])
def test_a_competence_heading_is_a_presented_case(heading: str) -> None:
    item = f"4. Tilskud til hallen\n{heading}\nForvaltningen foreslår at udvalget drøfter muligheden for tilskud."
    assert narrative(item, 0, "Tilskud til hallen") == (None, -1)


def test_an_empty_decision_section_under_a_recorded_line_is_none() -> None:
    # the README's none row: an information item's empty decision section
    assert outcome_of("Formanden orienterer", True, None, False, "Formanden orienterer", headed=True) == "none"


# Information received in other words than "modtog orientering" (an association's board, a nature park's council):
# the noted form is printed first, before what the body decided after it
@pytest.mark.parametrize(
    ("decision", "expected"),
    [
        (
            "Bestyrelsen fik en orientering om mødets indhold og besluttede, at der stadig skal være 2 gruppeledere.",
            "noted",
        ),
        ("Rådet fik en kort orientering om projektet.", "noted"),
        ("Udvalget har fået orienteringen og tager den til efterretning.", "noted"),
        ("Foreningen fik tilskud til projektet, som blev godkendt.", "approved"),
    ],
)
def test_information_received(decision: str, expected: str) -> None:
    assert outcome_of("Nyt fra formanden og kassereren", True, decision, False, decision) == expected

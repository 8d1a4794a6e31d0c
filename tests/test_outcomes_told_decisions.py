"""News of a decision another body took, told under an information item, is information taken (noted): the first
form in the perfect after a subject of its own, or a passive with its agent after it. Cases shortened from dev-write
documents of tests/realworld/ (hoeje-taastrup-menighedsraad-2022-05-12, vaeksthus-hovedstadsregionen-bestyrelse-
2014-04-04, naturpark-lillebaelt-naturparkraadet-2017-10-23, brondby-vester-menighedsraad-2019-03-27,
aarhus-byraad-2025-08-27), the test split never read; the body's own verdict stays."""

from __future__ import annotations

import pytest
from snippet_outcome import headed_outcome

from graphbuild.extract.outcome_told_decisions import news_of_elsewhere


@pytest.mark.parametrize(
    ("title", "decision", "expected"),
    [
        (
            "Meddelelser",
            "A. Formanden Orientering der kan stilles spørgsmål. PU har godkendt ansøgning vedr. kirkemur, "
            "belysn.projekt og 1. kvartalsrapport. Lone og Katrine er tilmeldt intro-kursus for nyansatte.",
            "noted",
        ),
        (
            "Velkomst, konstituering og orientering ved formanden",
            "Velkommen til nye bestyrelsesmedlemmer. Væksthus Hovedstadsregionens bestyrelse udpeges af KKR, "
            "Vækstforum Region Hovedstaden og Væksthusets medarbejdere.",
            "noted",
        ),
        (
            "Status på ansøgningen",
            "Lodsejerne har mulighed for at melde sig ud og de ønsker er blevet imødekommet.",
            "noted",
        ),
        # near misses: the body's own verdict, a form opening the decision, the recommendation, a verdict first, and
        # news under an item that is no information item
        ("Meddelelser", "Menighedsrådet er enige om, at vi flager med vimpel.", "approved"),
        ("Meddelelser", "Bestyrelsen har godkendt regnskabet.", "approved"),
        ("Afrapportering og orientering", "har vedtaget Magistratens foranstående indstilling.", "approved"),
        ("Meddelelser", "KL har godkendt indstillingen.", "approved"),
        ("Meddelelser", "Godkendt. Kommunen har afvist vores ansøgning.", "approved"),
        ("Budget 2024", "Kommunen har godkendt budgettet.", "approved"),
    ],
)
def test_news_of_a_decision_elsewhere_is_noted(title: str, decision: str, expected: str) -> None:
    assert headed_outcome(title, decision) == expected


@pytest.mark.parametrize(
    ("decision", "expected"),
    [
        ("PU har godkendt ansøgning vedr. kirkemur.", True),
        ("Ansøgningen er blevet afvist af Fonden.", True),
        # near misses: no subject of its own, the body as subject, a past tense of this meeting
        ("har vedtaget Magistratens indstilling.", False),
        ("Udvalget har godkendt planen.", False),
        ("Kvartalsrapporten blev gennemgået og godkendt.", False),
    ],
)
def test_news_of_elsewhere(decision: str, expected: bool) -> None:
    assert news_of_elsewhere(decision) is expected


# Another body's recommendation in the active ("KL anbefaler, at …") and a past passive with its agent ("blev afvist
# af Kulturstyrelsen") told under an information item: news, noted; the meeting's own body recommending, or
# recommending the proposal, stays endorsed (probed readings; dev-write prints "de af KL anbefalede
# fremskrivningsprocenter", brmv-kommission-2020-02-18, an attributive form no rule reads as a verdict)
@pytest.mark.parametrize(
    ("title", "decision", "expected"),
    [
        ("Orientering fra KL", "KL anbefaler, at kommunerne hæver taksterne.", "noted"),
        ("Meddelelser", "Sundhedsstyrelsen anbefalede, at skolerne holder åbent.", "noted"),
        ("Orientering", "Ansøgningen blev afvist af Kulturstyrelsen.", "noted"),
        # near misses: the body's own recommendation, the proposal recommended, no information item, a form opening
        ("Meddelelser", "Ældrerådet anbefaler, at kommunen hæver taksterne.", "endorsed"),
        ("Meddelelser", "KL anbefaler forslaget.", "endorsed"),
        ("Takster 2025", "KL anbefaler, at kommunerne hæver taksterne.", "endorsed"),
        ("Orientering", "Anbefales.", "endorsed"),
    ],
)
def test_a_recommendation_told_is_noted(title: str, decision: str, expected: str) -> None:
    assert headed_outcome(title, decision) == expected

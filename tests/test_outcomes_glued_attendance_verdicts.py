"""A verdict a flattened page glued to an attendance sentence, the line break between them lost (issue 12 item 6):
"Godkendt som indstillet / X og Y deltog ikke i behandling af punktet." (middelfart-skoleudvalget-2015-09-08),
"X var fraværende / Godkendt" (naestved-teknisk-udvalg-2017-12-11), "Der var afbud fra X / At 1: Godkendt med den
bemærkning, …" (slagelse-klima-miljoeudvalget-2023-08-09), three dev-write publishers, each printing the verdict on a
line of its own: the verdict is read, the attendance dropped. Names varied; the test split is never read."""

from __future__ import annotations

import pytest

from graphbuild.extract.decision_asides import without_attendance
from graphbuild.extract.decision_glued_verdicts import glued_verdict
from graphbuild.extract.outcomes import outcome_of


def _outcome(decision: str) -> str:
    return outcome_of("Budgetopfølgning", True, decision, False, decision)


@pytest.mark.parametrize(
    ("decision", "verdict"),
    [
        (
            "Godkendt som indstillet Mikkel Hansen og Regitze Holm deltog ikke i behandling af punktet.",
            "Godkendt som indstillet.",
        ),
        ("Hanne Nielsen var fraværende Godkendt", "Godkendt"),
        (
            "Der var afbud fra Jørgen Gram At 1: Godkendt med den bemærkning, at punkt 4 rykkes til punkt 2.",
            "Godkendt med den bemærkning, at punkt 4 rykkes til punkt 2.",
        ),
        ("Afbud fra Lis Berg Taget til efterretning", "Taget til efterretning"),
    ],
)
def test_the_verdict_glued_to_an_attendance_sentence_is_kept(decision: str, verdict: str) -> None:
    assert without_attendance(decision) == verdict
    assert _outcome(decision) == ("noted" if verdict.startswith("Taget") else "approved")


@pytest.mark.parametrize(
    "sentence",
    [
        # the verdict's word in lower case: a word of the attendance sentence
        "Hanne Nielsen var fraværende under godkendelsen af budgettet.",
        # the capitalised verdict opens the sentence, before any attendance cue: no verdict glued after it
        "Godkendt af formanden, da Anne Holm var fraværende.",
        # a capitalised verdict word before the cue: the cue must stand before the verdict
        "Mødet Godkendt i forvejen, afbud fra Anne Holm.",
    ],
)
def test_no_verdict_is_read_out_of_an_attendance_sentence_without_one_glued_on(sentence: str) -> None:
    assert glued_verdict(sentence) == ""


def test_an_attendance_sentence_alone_still_says_nothing() -> None:
    assert _outcome("Hanne Nielsen var fraværende.") == "none"

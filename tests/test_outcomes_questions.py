"""A verdict form inside a question asks what the body decided and states no verdict: "Er budgettet vedtaget?", "Peter
spurgte, om legepladsen er godkendt". Questions stand in the decisions of many dev-write publishers of tests/realworld/
("Har der været klager over ophængning af valgplakater (Leif Gammelgård)?", broenderslev-byraadet-2017-11-;
"Skal der stemmes om hele COWI's forundersøgelsesrapport …?", ulvshale-digelag-bestyrelse-2023-11-16; "Hvad kan vi
bruge den til?", fmus-ungdomsskolebestyrelsen-2009-09-10), the test split never read; a form before or after the
question is read as before."""

from __future__ import annotations

import pytest
from snippet_outcome import headed_outcome

from graphbuild.extract.decision_questions import in_question


@pytest.mark.parametrize(
    ("title", "decision", "expected"),
    [
        ("Eventuelt", "Er budgettet vedtaget?", "discussed"),
        ("Eventuelt", "Peter spurgte, om legepladsen er godkendt.", "discussed"),
        ("Eventuelt", "Har der været klager over ophængning af valgplakater, som kommunen har godkendt?", "discussed"),
        # near misses: a verdict before or after the question, "spurgte om" a topic before a verdict clause
        ("Eventuelt", "Hvornår er næste møde? Godkendt.", "approved"),
        ("Budget 2024", "Godkendt. Hvornår er næste møde?", "approved"),
        ("Budget 2024", "Peter spurgte om økonomien, hvorefter budgettet blev godkendt.", "approved"),
        (
            "Ekstraordinær generalforsamling",
            "Skal der stemmes om hele rapporten? Et flertal besluttede at udsætte sagen.",
            "postponed",
        ),
    ],
)
def test_a_form_in_a_question_is_no_verdict(title: str, decision: str, expected: str) -> None:
    assert headed_outcome(title, decision) == expected


@pytest.mark.parametrize(
    ("decision", "word", "expected"),
    [
        ("Er budgettet vedtaget?", "vedtaget", True),
        ("Jens forespurgte, hvorvidt ansøgningen var bevilget.", "bevilget", True),
        # near misses: the question's sentence ended before the form, asking about a topic
        ("Hvornår er næste møde? Godkendt.", "Godkendt", False),
        ("Jens spurgte om regnskabet. Det blev godkendt.", "godkendt", False),
        ("Jens spurgte til regnskabet, som blev godkendt.", "godkendt", False),
    ],
)
def test_in_question(decision: str, word: str, expected: bool) -> None:
    assert in_question(decision, decision.index(word)) is expected

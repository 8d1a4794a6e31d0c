"""The nouns of rejecting, "afvisning" and "forkastelse", name a rejection as a topic ("HB-møde: Bodil refererede i
hovedtræk herunder afvisning af klagesag"), as "godkendelse" names an approval: no verdict form of the table; the
verbs in every inflection stay rejected. Cases shortened from a dev-write document of tests/realworld/
(dj-kreds-fyn-bestyrelse-2016-01-05), the test split never read."""

from __future__ import annotations

import pytest
from snippet_outcome import headed_outcome

from graphbuild.extract.decision_rules import first_form


@pytest.mark.parametrize(
    ("title", "decision", "expected"),
    [
        (
            "Siden sidst",
            "HB-møde: Bodil refererede i hovedtræk herunder afvisning af klagesag, program for Fagfestival og debat om "
            "rejsefond.",
            "noted",
        ),
        ("Klagesag", "Udvalget drøftede afvisningen af klagen.", "discussed"),
        ("Ændringsforslag", "Forkastelsen af ændringsforslaget blev drøftet.", "discussed"),
        # near misses: the verbs, in any inflection, are the body's refusal
        ("Ansøgning om tilskud", "Ansøgningen afvises.", "rejected"),
        ("Ansøgning om tilskud", "Afvist.", "rejected"),
        ("Ansøgning om tilskud", "Udvalget afviste ansøgningen.", "rejected"),
        ("Forslag fra V", "Forslaget forkastes.", "rejected"),
        ("Forslag fra V", "Forslaget blev forkastet med 5 stemmer mod 4.", "rejected"),
    ],
)
def test_a_noun_of_rejecting_is_no_verdict(title: str, decision: str, expected: str) -> None:
    assert headed_outcome(title, decision) == expected


def test_the_noun_is_no_form() -> None:
    assert first_form("herunder afvisning af klagesag") is None
    assert first_form("Ansøgningen afvises") is not None

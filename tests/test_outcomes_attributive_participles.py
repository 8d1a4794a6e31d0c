"""A verdict verb's past form used as an adjective before its noun ("den valgte jord- og betonentreprenør", "de valgte
medlemmer", "de bevilgede midler") names a thing chosen, granted or appointed before: no verdict of the item. The
form is printed so by dev-write publishers of tests/realworld/ (aabenraa-boerne-uddannelsesudvalget-2021-01-05,
rm-regionsraadet-2017-12-15, frederiksberg-kommunalbestyrelsen-2022-10-03), the test split never read; the verbs
("De valgte Jens Hansen", "Udvalget bevilgede 10.000 kr.") stay verdicts."""

from __future__ import annotations

import pytest
from snippet_outcome import headed_outcome

from graphbuild.extract.decision_attributive import attributive_participle
from graphbuild.extract.decision_rules import first_form


@pytest.mark.parametrize(
    ("title", "decision", "expected"),
    [
        (
            "Byggeprojekter",
            "Den valgte jord- og betonentreprenør vil begynde på de forberedende arbejder.",
            "discussed",
        ),
        ("Økonomi", "Forbruget ligger inden for de bevilgede midler.", "discussed"),
        ("Orientering", "Den udpegede arbejdsgruppe har holdt møde.", "noted"),
        ("Personale", "Den nyligt tiltrådte skoleleder fortalte om sine første måneder.", "discussed"),
        # near misses: the verbs with their object or clause, and a verdict after the adjective
        ("Konstituering", "De valgte Jens Hansen som formand.", "approved"),
        ("Ansøgning om tilskud", "Udvalget bevilgede 10.000 kr.", "approved"),
        ("Ansøgning om tilskud", "Det bevilgede beløb udbetales i maj. Godkendt.", "approved"),
        ("Budget", "De valgte at udsætte punktet.", "postponed"),
    ],
)
def test_an_adjective_of_a_verdict_verb_is_no_verdict(title: str, decision: str, expected: str) -> None:
    assert headed_outcome(title, decision) == expected


@pytest.mark.parametrize(
    ("decision", "word", "expected"),
    [
        ("Der gives en orientering om de valgte medlemmer af regionsrådet", "valgte", True),
        ("inden for den netop bevilgede ramme", "bevilgede", True),
        # near misses: a name or a clause after it, no article before it, a phrase of more words
        ("De valgte Jens Hansen", "valgte", False),
        ("de valgte at vente", "valgte", False),
        ("Bestyrelsen valgte formand", "valgte", False),
        ("den blev valgt som formand", "blev valgt som", False),
    ],
)
def test_attributive_participle(decision: str, word: str, expected: bool) -> None:
    start = decision.index(word)
    assert attributive_participle(decision, start, start + len(word)) is expected


def test_the_adjective_leaves_the_next_form() -> None:
    found = first_form("Den valgte løsning blev godkendt.")
    assert found is not None
    assert found[0] == "approved"
    assert found[1] > len("Den valgte")

"""A "tiltræde" that takes up a post or joins the meeting ("tiltræder 1. februar 2020", "er tiltrådt som
bestyrelsesmedlem", "tiltrådte mødet kl. 19.30") tells who starts or who came, no verdict of the item; "tiltrådte
indstillingen", "Tiltrådt." and "tiltrådte den 14. december 2006, at …" stay approved. Forms printed by dev-write
publishers of tests/realworld/ (tv2nord-news-destination-nordvestkysten: "direktøren, som er fundet, tiltræder 1.
februar 2020"; venstre-jammerbugt-news-brn-ny-formand-2018-02-13: "Alle tre er tiltrådt som bestyrelsesmedlem i BRN";
regionsyddanmark-forretningsudvalget-2007-12-05: "Forberedelsesudvalget tiltrådte den 14. december 2006, at der tre
gange årligt foretages økonomi- og aktivitetsrapporteringer"; veks-news-ny-formand-2014-01-14 prints "tiltrådte
borgmester i Albertslund Kommune Steen Christiansen som ny formand", its subject between, which is not read), the
test split never read."""

from __future__ import annotations

import pytest
from snippet_outcome import headed_outcome

from graphbuild.extract.decision_taking_up import taking_up


@pytest.mark.parametrize(
    ("title", "decision", "expected"),
    [
        ("Orientering", "Det er planlagt, at direktøren, som er fundet, tiltræder 1. februar 2020.", "noted"),
        ("Nyt fra formanden", "Alle tre er tiltrådt som bestyrelsesmedlem i BRN for de kommende fire år.", "noted"),
        ("Meddelelser", "Jens Hansen tiltrådte mødet kl. 19.30.", "noted"),
        ("Personale", "Den nye leder tiltræder den 1. maj 2024.", "discussed"),
        ("Orientering", "Den nye sekretær tiltrådte sin stilling i august.", "noted"),
        # this meeting's verdict after the news stays the verdict
        ("Personale", "Den nye leder tiltræder den 1. maj. Orienteringen blev taget til efterretning.", "noted"),
        ("Budget", "Jens Hansen tiltrådte mødet under punkt 3. Godkendt.", "approved"),
        # near misses: the body agrees to the item, also with a date before what it agreed
        ("Budget", "Udvalget tiltrådte indstillingen.", "approved"),
        ("Budget", "Tiltrådt.", "approved"),
        (
            "Økonomirapportering",
            "Forberedelsesudvalget tiltrådte den 14. december 2006, at der tre gange årligt foretages økonomi- og "
            "aktivitetsrapporteringer.",
            "approved",
        ),
        ("Lokalplan", "Kommunalbestyrelsen tiltræder indstillingen fra 1. maj.", "approved"),
        ("Lokalplan", "Udvalget tiltræder som foreslået af forvaltningen.", "approved"),
        ("Lokalplan", "Udvalget tiltrådte som det fremgår af sagen.", "approved"),
    ],
)
def test_taking_up_a_post_is_no_verdict(title: str, decision: str, expected: str) -> None:
    assert headed_outcome(title, decision) == expected


@pytest.mark.parametrize(
    ("decision", "expected"),
    [
        ("direktøren tiltræder 1. februar 2020.", True),
        ("Steen Christiansen tiltrådte som ny formand for VEKS.", True),
        ("Hun tiltræder pr. 1/5.", True),
        ("Jens Hansen tiltrådte under punkt 3.", True),
        ("Jens Hansen tiltrådte kl. 19.30.", True),
        ("Den nye leder tiltræder i stillingen 1. maj.", True),
        ("Han tiltrådte ved årsskiftet.", True),
        # near misses
        ("Udvalget tiltrådte indstillingen.", False),
        ("Tiltrådt som indstillet.", False),
        ("Forberedelsesudvalget tiltrådte den 14. december 2006, at der foretages rapportering.", False),
        ("Udvalget godkendte mødet.", False),
        ("Udvalget tiltrådte under punkt 5 forvaltningens indstilling.", False),
        ("Udvalget tiltrådte kl. 20 indstillingen.", False),
    ],
)
def test_taking_up(decision: str, expected: bool) -> None:
    start = next((i for i in range(len(decision)) if decision[i:].lower().startswith(("tiltr", "godkend"))), 0)
    assert taking_up(decision, start) is expected

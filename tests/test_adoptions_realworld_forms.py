"""Adoptions in the forms municipalities write them (issue 13, item 5): a council or committee joining,
signing or approving an initiative, quoted in the forms of minutes and municipal pages of publishers
outside tests/realworld (with the initiative replaced by one the gazetteer knows), and proposals and
decisions that adopt nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from text_facts import facts_of_text, named_relations

HEADER = "Referat\nByrådet i Greve Kommune\nMøde den 1. marts 2022\n\nPunkt 1: Sundhedsaftale\n\n"
AGREEMENT = "Sundhedsaftalen 2024-2027"


def adoptions_of(tmp_path: Path, body: str) -> set[tuple[str, str, str | None, str | None]]:
    facts = facts_of_text(tmp_path, HEADER + body)
    return {
        (municipality, initiative, props.get("date"), props.get("date_is"))
        for municipality, initiative, props in named_relations(facts, "ADOPTED")
    }


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a decision in the present tense
        (f"Beslutning\n\nByrådet tilslutter sig {AGREEMENT}.", {("Greve", AGREEMENT, "2022-03-01", "on")}),
        (f"Beslutning\n\nKommunalbestyrelsen tilmelder sig {AGREEMENT}.", {("Greve", AGREEMENT, "2022-03-01", "on")}),
        # "Greve Byråd besluttede den 29. september 2009, at Greve Kommune skulle tiltræde …" (Greve's page)
        (
            "Sagsfremstilling\n\nGreve Byråd besluttede den 29. september 2009, at Greve Kommune skulle tiltræde "
            f"{AGREEMENT}.",
            {("Greve", AGREEMENT, "2009-09-29", "on")},
        ),
        # "Syddjurs Kommune sluttede sig i 2010 til …" (Syddjurs's climate plan): in that year, not on the day
        (
            f"Sagsfremstilling\n\nSyddjurs Kommune sluttede sig i 2010 til {AGREEMENT}.",
            {("Syddjurs", AGREEMENT, "2010", "in")},
        ),
        # "Helsingør Kommune tilsluttede sig i 2010 den Europæiske Borgmesterpagt" (Helsingør's page)
        (
            f"Sagsfremstilling\n\nHelsingør Kommune tilsluttede sig i 2010 {AGREEMENT}.",
            {("Helsingør", AGREEMENT, "2010", "in")},
        ),
        # each statement its own date: a year in the first says nothing of the second
        (
            f"Sagsfremstilling\n\nHelsingør Kommune tilsluttede sig i 2010 {AGREEMENT}. "
            "Gladsaxe Kommune tilsluttede sig KL Play.",
            {
                ("Helsingør", AGREEMENT, "2010", "in"),
                ("Gladsaxe", "KL Play: Sundhed og Social", "2022-03-01", "on"),
            },
        ),
        # "Greve Kommune har underskrevet Den Europæiske Borgmesterpagt" (Greve's page)
        (
            f"Sagsfremstilling\n\nGreve Kommune har underskrevet {AGREEMENT}.",
            {("Greve", AGREEMENT, "2022-03-01", "on or before")},
        ),
        # "… borgmester Karsten Søndergaard, skrev under på aftalen" (Egedal, in a news item)
        (f"Beslutning\n\nBorgmesteren skrev under på {AGREEMENT}.", {("Greve", AGREEMENT, "2022-03-01", "on")}),
        # a year between the act and its object: signed then, not on the meeting's day
        (
            f"Sagsfremstilling\n\nBorgmesteren underskrev i 2015 {AGREEMENT}.",
            {("Greve", AGREEMENT, "2015", "in")},
        ),
        # a proposal the decision approves is adopted
        (
            f"Indstilling\n\nForvaltningen indstiller, at Byrådet tilslutter sig {AGREEMENT}.\n\n"
            "Beslutning\n\nGodkendt.",
            {("Greve", AGREEMENT, "2022-03-01", "on")},
        ),
    ],
)
def test_adoption_forms(tmp_path: Path, body: str, expected: set[tuple[str, str, str | None, str | None]]) -> None:
    assert adoptions_of(tmp_path, body) == expected


@pytest.mark.parametrize(
    "body",
    [
        # a proposal with no decision (an agenda), or one the decision puts off or rejects
        f"Indstilling\n\nForvaltningen indstiller, at Byrådet tilslutter sig {AGREEMENT}.",
        f"Indstilling\n\nForvaltningen indstiller, at Byrådet tilslutter sig {AGREEMENT}.\n\nBeslutning\n\nUdsat.",
        f"Indstilling\n\nDet anbefales, at kommunen tilmelder sig {AGREEMENT}.\n\nBeslutning\n\nForkastet.",
        f"Indstilling\n\nDirektionen indstiller,\n\nat Byrådet godkender tilslutning til {AGREEMENT}.",
        # agreeing with a recommendation names no initiative
        "Beslutning\n\nByrådet tilslutter sig indstillingen.",
        # a signature on no named initiative
        "Beslutning\n\nBorgmesteren underskriver referatet.",
        # another body's signature, in the municipality's minutes
        f"Sagsfremstilling\n\nKL og Danske Regioner har underskrevet {AGREEMENT}.",
    ],
)
def test_no_adoption(tmp_path: Path, body: str) -> None:
    assert adoptions_of(tmp_path, body) == set()

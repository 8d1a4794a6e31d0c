"""A decision cue denied by a negation after its finite verb ("Byrådet tilslutter sig ikke X") or among its
words ("godkendte ikke tilslutning til X") adopts nothing; the same cue undenied, or "ikke kun" (not only),
still adopts. The undenied sentences are the forms municipal pages print (the existing cases of
tests/test_adoptions_realworld_forms.py: Helsingør's page "Helsingør Kommune tilsluttede sig i 2010 den
Europæiske Borgmesterpagt", Greve's "Byrådet tilslutter sig …"), the denied ones the same with the negation
in Danish main-clause order."""

from __future__ import annotations

from pathlib import Path

import pytest
from text_facts import facts_of_text, named_relations

HEADER = "Referat\nByrådet i Greve Kommune\nMøde den 1. marts 2022\n\nPunkt 1: Orientering fra borgmesteren\n\n"
AGREEMENT = "Sundhedsaftalen 2024-2027"


def _adopted(tmp_path: Path, body: str) -> set[tuple[str, str]]:
    facts = facts_of_text(tmp_path, HEADER + "Beslutning\n\n" + body)
    return {(m, i) for m, i, _ in named_relations(facts, "ADOPTED")}


@pytest.mark.parametrize(
    "body",
    [
        f"Byrådet tilslutter sig ikke {AGREEMENT}.",
        f"Helsingør Kommune tilsluttede sig ikke {AGREEMENT}.",
        f"Byrådet vedtog ikke {AGREEMENT}.",
        f"Byrådet godkendte ikke tilslutning til {AGREEMENT}.",
        f"Byrådet tiltræder aldrig {AGREEMENT}.",
    ],
)
def test_a_denied_cue_adopts_nothing(tmp_path: Path, body: str) -> None:
    assert _adopted(tmp_path, body) == set()


@pytest.mark.parametrize(
    ("body", "adopter"),
    [
        (f"Byrådet tilslutter sig {AGREEMENT}.", "Greve"),
        (f"Helsingør Kommune tilsluttede sig i 2010 {AGREEMENT}.", "Helsingør"),
        # "not only" is no denial
        (f"Byrådet tiltræder ikke kun {AGREEMENT}, men også KL Play.", "Greve"),
    ],
)
def test_the_cue_undenied_still_adopts(tmp_path: Path, body: str, adopter: str) -> None:
    assert (adopter, AGREEMENT) in _adopted(tmp_path, body)

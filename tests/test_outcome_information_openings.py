"""An information item known by its opening (extract/outcome_information_openings): the written rule's
information-item exception holds "under an information item's title or opening". Dev-write excerpt: Stevns Kommune,
Handicapråd, 9 February 2023 (a page that lost the item's title, its "Resume" first); the opening form is printed by
twelve dev-write publishers. The test split is never read."""

from __future__ import annotations

from graphbuild.extract.outcome_information_openings import opens_as_information
from graphbuild.extract.outcomes import outcome_of

STEVNS = """Resume

Under denne sag bliver Handicaprådet orienteret om processen med at gøre Rødvig Veststrand handicaptilgængelig.

Indstilling

Forvaltningen indstiller, at

 1. Handicaprådet tager orienteringen til efterretning.

Beslutning

Lederen af Vej & Materielgård fortalte, at der bliver rullet nogle måtter ud på stranden.
"""
DECISION = "Lederen af Vej & Materielgård fortalte, at der bliver rullet nogle måtter ud på stranden."


def test_narrative_under_an_information_opening_is_noted() -> None:
    assert opens_as_information(STEVNS, "")
    assert outcome_of("", True, DECISION, False, STEVNS, headed=True) == "noted"


def test_narrative_under_another_opening_stays_talk() -> None:
    other = STEVNS.replace("Under denne sag bliver Handicaprådet orienteret om", "Handicaprådet skal drøfte")
    assert not opens_as_information(other, "")
    assert outcome_of("", True, DECISION, False, other, headed=True) == "discussed"


def test_the_told_word_only_in_a_later_line_is_no_opening() -> None:
    # the recommendation "tager orienteringen til efterretning" is the case's, not the item's opening
    later = STEVNS.replace("Under denne sag bliver Handicaprådet orienteret om", "Sagen handler om")
    assert not opens_as_information(later, "")


def test_a_verdict_form_still_wins_over_the_opening() -> None:
    assert outcome_of("", True, "Godkendt.", False, STEVNS, headed=True) == "approved"

"""What someone told the meeting in a clause of "that" is a report, not the body's verdict on the item (issue 12
item 6); cases shortened from dev-write documents of tests/realworld/, the test split never read."""

from __future__ import annotations

import pytest

from graphbuild.extract.decision_asides import without_reports
from graphbuild.extract.outcomes import outcome_of

REPORTS = [
    # gribskov-grundejerkontaktudvalg-2009-09-10, item 02 under "Referat:": a member's remark on an earlier point
    (
        "Godkendelse af referat fra mødet den 18.06.2009",
        "Bjarne Frølund bemærkede vedørende pkt. 03 c Dongenergy-gruppen, at der var enighed om, at\n\n"
        "Bjarne Frølund var repræsentant, såfremt det kun var mulighed for én repræsentant.",
        "discussed",
    ),
    # rm-digital-sundhed-2020-08-18, item 1: what was outlined, an earlier approval by another body among it
    (
        "Velkomst ved formandskabet og gennemgang af kommissorium",
        "Formanden bød velkommen til det første møde i udvalg for digital sundhed.\nUdvalget gennemgik programmet for "
        "dagens møde. Herunder blev det blandt andet opridset, at det første møde blandt andet er en introduktion til "
        "det videre udvalgsarbejde, og at udvalgets kommissorium og forretningsorden tidligere er godkendt af "
        "regionsrådet.\nIt-direktør Claus Wegener Kofoed opridsede herefter de overordnede emner for anbefalinger fra "
        "det foregående midlertidige udvalg.",
        "discussed",
    ),
]


@pytest.mark.parametrize(("title", "decision", "expected"), REPORTS)
def test_a_report_told_the_meeting_is_no_verdict(title: str, decision: str, expected: str) -> None:
    assert outcome_of(title, True, decision, False, decision, headed=True) == expected


NEAR_MISSES = [
    # the report is all the decision says: kept, its form read
    ("Formanden oplyste, at ansøgningen er imødekommet.", "approved"),
    # the item's fate announced is a verdict ("Borgmesteren meddelte, at punkt 9 udgår" by the written rule)
    ("Formanden oplyste, at punktet udsættes til næste møde. Udvalget drøftede budgettet.", "postponed"),
    # the body's own verdict after a report is read
    ("Direktøren oplyste, at tidsplanen holder. Godkendt.", "approved"),
]


@pytest.mark.parametrize(("decision", "expected"), NEAR_MISSES)
def test_a_report_that_is_the_verdict_or_beside_it(decision: str, expected: str) -> None:
    assert outcome_of("Budget 2020", True, decision, False, decision, headed=True) == expected


def test_without_reports_keeps_the_rest() -> None:
    decision = "Kassereren oplyste, at regnskabet er godkendt af revisionen. Bestyrelsen drøftede kontingentet."
    assert without_reports(decision) == "Bestyrelsen drøftede kontingentet."

"""The table's "Der er enighed om" naming who agreed between its words ("Der er enighed i bestyrelsen om, at …"):
the same form, approved, after talk that prints no form. Case shortened from a dev-write document of
tests/realworld/ (dskf-bestyrelse-2021-12-09), the test split never read."""

from __future__ import annotations

from graphbuild.extract.outcomes import outcome_of


def test_agreement_naming_the_body() -> None:
    decision = (
        "Det diskuteres, hvornår skal det afholdes? Uhensigtsmæssigt, at man afholder det til foråret.\n"
        "Der er enighed i bestyrelsen om, at vi fortsat befinder os i en ekstraordinær situation."
    )
    assert outcome_of("Årsmøde", True, decision, False, f"Årsmøde\n{decision}") == "approved"


def test_no_agreement_stays_talk() -> None:
    decision = (
        "Det diskuteres, hvornår skal det afholdes? Uhensigtsmæssigt, at man afholder det til foråret.\n"
        "Der er ikke enighed i bestyrelsen om, hvornår årsmødet skal holdes."
    )
    assert outcome_of("Årsmøde", True, decision, False, f"Årsmøde\n{decision}") == "discussed"

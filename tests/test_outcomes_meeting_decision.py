"""Which text is this meeting's decision of an item (issue 12 item 6): a record in the presented case's history is
an earlier decision, not this meeting's. Cases are shortened from dev-write documents of tests/realworld/; the
test split is never read."""

from __future__ import annotations

import pytest

from graphbuild.extract import extract_facts
from graphbuild.extract.outcomes import outcome_of
from graphbuild.parse import parse_meeting
from graphbuild.sources import source_from_text

_HEADER = "Referat\n\nÆldreomsorgsudvalget\n\nMødedato: 20. august 2015\n\n"

CASE_HISTORY = [
    # broenderslev-aeldreomsorgsudvalget-2015-08-20: an earlier body's decision told in the case, the excerpt cut
    # before this meeting's decision
    (
        "3. Prioritering af afdækningskatalog\n\nResume\n\nFortsat drøftelse af afdækningsforslag.\n\n"
        "Sagsfremstilling\n\nØkonomiudvalget godkendte den 21. januar 2015 forslag til budgetprocedure for arbejdet "
        "med Budget 2016.\n\nAfdækningskatalogerne skal være færdige i juni måned.\n",
        "none",
    ),
    # regionsyddanmark-regionsraadet-2009-01-26: the case's resumé tells what was decided when the companies were set
    # up
    (
        "1. Fusion af Fynbus og Sydtrafik\n\nResumé\n\nVed etableringen af Fynbus og Sydtrafik blev det besluttet, at "
        "mulighederne for en fusion af de to selskaber skulle undersøges på et senere tidspunkt.\n",
        "none",
    ),
    # the same case with this meeting's decision under its heading: that decision is read
    (
        "3. Prioritering af afdækningskatalog\n\nSagsfremstilling\n\nØkonomiudvalget godkendte den 21. januar 2015 "
        "forslag til budgetprocedure.\n\nBeslutning\n\nUdsat.\n",
        "postponed",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASE_HISTORY)
def test_a_record_in_the_case_history_is_no_decision_of_this_meeting(text: str, expected: str) -> None:
    facts = extract_facts(parse_meeting(source_from_text(_HEADER + text)))
    assert [i.outcome for i in facts.items] == [expected]


def test_prose_minutes_with_no_case_keep_their_record() -> None:
    # a near miss: prose minutes with no presented case record the decision in a sentence of their own
    text = _HEADER + "1. Referat fra sidste møde\n\nReferatet blev godkendt uden bemærkninger.\n"
    facts = extract_facts(parse_meeting(source_from_text(text)))
    assert [i.outcome for i in facts.items] == ["approved"]


LATER_AGENDA = [
    # bkf-region-hovedstaden-bestyrelse-2015-04-17: the item put on a later meeting's agenda
    ("Sættes på dagsorden på næste møde.", "postponed"),
    ("Punktet sættes på dagsordenen til et senere møde.", "postponed"),
    ("Tages op på næste møde.", "postponed"),
    # a near miss: a theme put on the agenda with no later meeting named is no postponement of this item
    ("Emnet sættes på dagsordenen. Drøftet.", "discussed"),
]


@pytest.mark.parametrize(("decision", "expected"), LATER_AGENDA)
def test_an_item_put_on_a_later_meetings_agenda_is_postponed(decision: str, expected: str) -> None:
    assert outcome_of("Procedure for valg af formand", True, decision, False, decision) == expected


NO_ONE_CAME = [
    # ringkoebing-skjern-byraadet-2022-04-19: no one signed up for the question time
    ("Der var ingen indskrevet til spørgetid.", "none"),
    ("Ingen tilmeldt.", "none"),
    # a near miss: a sentence that goes on to a verdict is that verdict
    ("Der var ingen indvendinger mod forslaget, som blev godkendt.", "approved"),
]


@pytest.mark.parametrize(("decision", "expected"), NO_ONE_CAME)
def test_no_one_came_forward_is_no_decision(decision: str, expected: str) -> None:
    assert outcome_of("Spørgetid i Byrådet", True, decision, False, decision, headed=True) == expected


# alleroed-teknik-erhverv-plan-miljoe-2018-11-06, item 3, the excerpt cut before this meeting's decision: "Punkttype"
# over "Beslutning." is the item's type, no decision heading; the case's "… blev drøftet på udvalgets møde den 14.
# august 2018" is that meeting's record
_TYPED_CASE = (
    "3. Investeringsaftale med Allerød Spildevand for 2019\n\nInvesteringsaftale med Allerød Spildevand for 2019\n\n"
    "Punkttype\nBeslutning.\n\nTema\nTeknik-, Erhvervs-, Plan- og Miljøudvalget anmodes om, at indstille "
    "investeringsaftale for 2019 mellem Allerød Kommune og Allerød Spildevand A/S godkendt i Økonomiudvalget og "
    "byrådet.\n \nPolitiske ønsker til den nye investeringsaftale blev drøftet på Teknik-, Erhvervs-, Plan- og "
    "Miljøudvalgets møde den 14. august 2018, hvor repræsentanter for Novafos deltog.\n\nKompetence\nByrådet har "
    "kompetence til at træffe endelig beslutning i sagen.\n\nSagsbeskrivelse\nIndgåelse af en investeringsaftale er "
    "en konkretisering af aftalen.\n"
)
TYPED_AND_DATED = [
    (_TYPED_CASE, "none"),
    # a near miss: the same item with this meeting's decision under its heading
    (_TYPED_CASE + "\nBeslutning\nGodkendt.\n", "approved"),
    # a near miss: the minutes of a dated meeting approved at this one ("fra mødet den", not "på mødet den")
    ("1. Referat fra sidste møde\n\nReferatet fra mødet den 3. juni 2015 blev godkendt.\n", "approved"),
]


@pytest.mark.parametrize(("text", "expected"), TYPED_AND_DATED)
def test_an_item_type_and_a_dated_meetings_record_are_no_decision(text: str, expected: str) -> None:
    facts = extract_facts(parse_meeting(source_from_text(_HEADER + text)))
    assert [i.outcome for i in facts.items] == [expected]


def test_a_record_at_this_meetings_own_date_is_kept() -> None:
    # a near miss: prose minutes that date this meeting where they record its decision (header: 20. august 2015)
    text = _HEADER + "1. Budget\n\nBudgettet blev godkendt på mødet den 20. august 2015.\n"
    facts = extract_facts(parse_meeting(source_from_text(text)))
    assert [i.outcome for i in facts.items] == ["approved"]

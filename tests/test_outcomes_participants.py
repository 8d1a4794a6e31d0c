""" "deltager" is the body's decision on who goes only when it names people ("Niels, Jørn, Thor og Jørgen deltager.",
AffaldPlus's board, affaldplus-bestyrelsen, dev-write; "(Vi deltager)", Tårnborg Lokalråd, taarnborg-lokalraad,
dev-write); a place or a municipality taking part is news or a programme's line, no verdict: "Glamsbjerg deltager i
projektet …" (SLA Fyn, sla-fyn-bestyrelse-2024-03-19, dev-write), "Kommunen deltager med Frank, Thomas, Lone"
(Jystrup, jystrup-bestyrelse-2017-05-29, dev-write)."""

from __future__ import annotations

import pytest

from graphbuild.extract.decision_participants import third_party_taking_part
from graphbuild.extract.outcomes import outcome_of

PEOPLE = [
    "Niels, Jørn, Thor og Jørgen deltager.",
    "– Husk årsmøde i Dagli'Brugsen i Frølunde den 30. marts klokken 20.00 (Vi deltager).",
    "Formanden deltager i mødet med kommunen.",
    "Fra bestyrelsen deltager Niels og Jørn.",
    "Jørn Nielsen deltager i konferencen.",
    "LS deltager i workshoppen.",
]


@pytest.mark.parametrize("decision", PEOPLE)
def test_people_taking_part_are_the_decision(decision: str) -> None:
    assert not third_party_taking_part(decision, decision.lower().index("deltager"))
    assert outcome_of("Deltagelse i årsmødet", True, decision, False, decision) == "approved"


def test_a_place_taking_part_is_news_under_an_information_item() -> None:
    decision = (
        "Assens kommende 500 års jubilæum arbejdes der selvfølgelig på i kommunen.\n\n"
        "Glamsbjerg deltager i projektet ”Kunst ud til folket”, hvor 20 byer i landdistrikterne har haft besøg."
    )
    assert third_party_taking_part(decision, decision.index("deltager"))
    assert outcome_of("Siden sidst", True, decision, False, decision) == "noted"


def test_the_municipality_taking_part_is_no_verdict_of_the_talk() -> None:
    decision = (
        "Drøftelse af pladsens placering. \nSnak om en mere miljøvenlig udformning. \n\nKl 20:00\n\n"
        "Kommunen deltager med Frank, Thomas, Lone"
    )
    assert outcome_of("Haveaffaldsplads", True, decision, False, decision) == "discussed"


def test_a_member_who_does_not_attend_stays_no_verdict() -> None:
    decision = "Elevrådsrepræsentanten deltager ikke. Elevrådet fortalte om skolefesten."
    assert outcome_of("Elevrådet har ordet", True, decision, False, decision) == "discussed"

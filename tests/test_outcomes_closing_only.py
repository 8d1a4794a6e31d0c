"""A decision text that only closes the meeting (its end, thanks, the minutes signed) records no decision of the item:
none, as a welcome only is. Quoted from the minutes of Sankt Jørgens Menighedsråd
(sct-joergens-menighedsraad-2022-03-23, dev-write), Korsør Kunstforening's general meeting
(korsoer-kunstforening-generalforsamling-2005-09-29, dev-write) and AffaldPlus's board (affaldplus-bestyrelsen,
dev-write: "Mødet hævet / Kl. 11.30. / Sign.: …"); the near misses from Region Hovedstaden's minutes ("Dagsordenen
blev godkendt. … Mødet sluttede kl. 12.50") and invented variants."""

from __future__ import annotations

import pytest

from graphbuild.extract import extract_facts
from graphbuild.extract.outcome_closing import closing_only
from graphbuild.parse import parse_meeting
from graphbuild.sources import source_from_text

HEAD = "Referat af menighedsrådsmøde\n\n"


@pytest.mark.parametrize(
    "decision",
    [
        "Underskrift af referat.\n\nMødet slut: 21:30",
        "Dirigenten afsluttede generalforsamlingen og takkede forsamlingen for overordentlig god ro og orden og gav "
        "ordet til formanden.\nHerefter takkede formanden dirigenten for vel udført hverv.\nEfter generalforsamlin",
        "Mødet hævet\n\nKl. 11.30.\n\nSign.: Ivan Hansen, Per Hovmand, Poul A. Larsen og Ulf Barlyng.",
    ],
)
def test_the_meeting_closed_only(decision: str) -> None:
    assert closing_only(decision)


@pytest.mark.parametrize(
    "decision",
    [
        # a verdict before the meeting's end is the item's
        "Dagsordenen blev godkendt.\n\nMødet sluttede kl. 12.50",
        # thanks without the meeting's end: no closing
        "Formanden takkede for et godt samarbejde.",
        # talk of the item before the end
        "Der blev spurgt til parkeringen ved hallen og svaret på det.\nMødet hævet kl. 21.",
        # the minutes signed without the end: the item of signing ("Underskrevet.")
        "Referatet blev underskrevet.",
    ],
)
def test_more_than_the_closing(decision: str) -> None:
    assert not closing_only(decision)


def test_an_item_that_only_closes_the_meeting_has_no_decision() -> None:
    text = HEAD + "16. Godkendelse af budget\n\nGodkendt.\n\n17. Eventuelt.\n\nUnderskrift af referat.\n\n"
    text += "Mødet slut: 21:30\n"
    facts = extract_facts(parse_meeting(source_from_text(text)))
    assert [(i.number, i.outcome) for i in facts.items] == [("16", "approved"), ("17", "none")]


def test_talk_before_the_closing_stays_talk() -> None:
    text = HEAD + "17. Eventuelt.\n\nDer blev spurgt til parkeringen ved kirken og svaret på det.\n\n"
    text += "Mødet slut: 21:30\n"
    facts = extract_facts(parse_meeting(source_from_text(text)))
    assert [i.outcome for i in facts.items] == ["discussed"]

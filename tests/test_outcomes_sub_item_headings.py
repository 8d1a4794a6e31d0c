"""A decision text that only lists the item's sub-items by their headings is no decision (none), quoted from
dev-write documents of tests/realworld/; a sub-item line that says what was done is read as before."""

from __future__ import annotations

import pytest

from graphbuild.extract.outcome_listings import sub_item_headings_only
from graphbuild.extract.outcomes import outcome_of

HEADINGS_ONLY = [
    # rsyd-vaekstforum-2007-06-14, item 2 "Ansøgninger til det regionale klyngeprogram"
    (
        "Ansøgninger til det regionale klyngeprogram",
        "2. a. Syddanske styrkepositioner (initiativ 1)\n\n2. b. Spirende klynger (initiativ 2)\n\n"
        "2. c. Fællessekretariatet (initiativ 3)",
    ),
    # gribskov-grundejerkontaktudvalg-2009-09-10, item 03: a line introducing the list, then the groups
    (
        "Orientering fra nedsatte arbejdsgrupper",
        "Orientering fra følgegrupperne:\n\na) Affaldsgruppen\n\nb) Bjørneklogruppen\n\nc) Dongenergy-gruppen\n\n"
        "d) Kollektiv Trafikgruppen",
    ),
]


@pytest.mark.parametrize(("title", "decision"), HEADINGS_ONLY)
def test_sub_item_headings_alone_are_no_decision(title: str, decision: str) -> None:
    assert sub_item_headings_only(decision)
    assert outcome_of(title, True, decision, False, decision) == "none"


NOT_HEADINGS_ONLY = [
    # a sub-item that records what was done: its verdict is read
    ("Budget og regnskab", "a) Budget 2018 godkendt\nb) Regnskab 2017 godkendt", "approved"),
    # a sentence under a sub-item's letter is talk, not a heading
    (
        "Arbejdsgrupper",
        "a) Affaldsgruppen har holdt møde med forsyningen om ordningen.\nb) Bjørneklogruppen har ikke holdt møde.",
        "discussed",
    ),
    # one sub-item only: no list of headings
    ("Arbejdsgrupper", "a) Affaldsgruppen", "none"),
    # roskilde-kultur-idraet-2019-04-03: bullets, not lettered sub-items, under an information item
    ("Meddelelser fra formanden", "- Standerhejsning i Roskilde Roklub\n- Afslutning for musikafgangsklassen", "noted"),
]


@pytest.mark.parametrize(("title", "decision", "expected"), NOT_HEADINGS_ONLY)
def test_sub_items_that_say_more_are_read_as_before(title: str, decision: str, expected: str) -> None:
    assert not sub_item_headings_only(decision)
    assert outcome_of(title, True, decision, False, decision) == expected

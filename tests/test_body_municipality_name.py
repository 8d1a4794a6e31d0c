"""A municipality's or a region's body named by the header bare ("Seniorrådet", "Kommunalbestyrelsen") and by the
text with its owner ("Hørsholm Seniorråd", "Frederiksberg Kommunalbestyrelse", "regionsrådet for Region
Midtjylland"): that name an alias of the meeting's body. Forms quoted (shortened) from dev-write documents of
tests/realworld/ (Hørsholm Seniorråd, Frederiksberg Kommune, Fredericia Kommune, Thisted Kommune, Aabenraa Kommune,
Region Midtjylland); the test split is never read while writing these rules."""

from __future__ import annotations

from pathlib import Path

import pytest

from graphbuild.extract.body_municipality_name import named_with_owner
from tests.text_facts import facts_of_text


@pytest.mark.parametrize(
    ("text", "body", "municipality", "named"),
    [
        # hoersholm-seniorraadet-2022-06-09: an item's title names the council with its municipality
        ("9.Valg til Hørsholm Seniorråd. Lisbet, Jørgen og Mogens er tovholdere.", "Seniorrådet", "Hørsholm",
         "Hørsholm Seniorråd"),
        # frederiksberg-kommunalbestyrelsen-2015-04-20
        ("Anmodning fra 2. viceborgmester, rådmand Katrine Lester om varig udtræden af Frederiksberg "
         "Kommunalbestyrelse", "Kommunalbestyrelsen", "Frederiksberg", "Frederiksberg Kommunalbestyrelse"),
        # fredericia-byraadet-2017-12-11
        ("I henhold til Den Kommunale Styrelseslov § 6, stk. 2, vælger Fredericia Byråd sin formand", "Byrådet",
         "Fredericia", "Fredericia Byråd"),
        # thisted-kommunalbestyrelsen-2022-05-31: the body's word in its definite form
        ("et møde i Thisted Kommunalbestyrelsen", "Kommunalbestyrelsen", "Thisted", "Thisted Kommunalbestyrelsen"),
        # aabenraa-konstituerende-byraad-2017-12-06: the owner after the body
        ("Byrådet i Aabenraa Kommune konstituerede sig", "byrådet", "Aabenraa", "Byrådet i Aabenraa Kommune"),
        # rm-regionsraadet-2017-12-15: a region's council, in a sentence, the region after it
        ("Oversigt over medlemmerne af regionsrådet for Region Midtjylland i valgperioden", "Regionsrådet", None,
         "Regionsrådet for Region Midtjylland"),
    ],
)  # fmt: skip
def test_a_body_named_with_its_owner(text: str, body: str, municipality: str | None, named: str) -> None:
    assert named_with_owner(text, body, municipality) == named


@pytest.mark.parametrize(
    ("text", "body", "municipality"),
    [
        ("Valg til Hørsholms Seniorråd", "Seniorrådet", "Hørsholm"),  # a genitive: no name of the body
        ("Hørsholm Ældreråd holdt møde", "Seniorrådet", "Hørsholm"),  # another body of the municipality
        ("Hørsholm Seniorrådgivningen deltog", "Seniorrådet", "Hørsholm"),  # a longer word: no body's name
        ("Hørsholm Seniorråd", "Seniorrådet", "Rudersdal"),  # another municipality's
        # a body named in several words opens with no municipality of its own (a name of its own)
        ("Rødovre Klima- og Naturudvalget", "Klima- og Naturudvalget", "Rødovre"),
        ("i hørsholm seniorråd", "Seniorrådet", "Hørsholm"),  # in lower case, in a sentence: no name
        ("medlemmerne af regionsrådet for Region Midtjylland", "Regionsrådet", "Aarhus"),  # no municipality's body
        ("Byrådet i Aabenraa Kommune", "Byrådet", "Sønderborg"),  # another municipality's
        ("regionsrådet for region midtjylland", "Regionsrådet", None),  # no region's name in lower case
    ],
)
def test_no_name_where_the_text_prints_none(text: str, body: str, municipality: str | None) -> None:
    assert named_with_owner(text, body, municipality) is None


# frederiksberg-kommunalbestyrelsen-2015-04-20, shortened: the header names the council bare
_FREDERIKSBERG = (
    "Frederiksberg Kommune\n\nKommunalbestyrelsen\n\nReferat\n\nMødedato: 20. april 2015\n\n"
    "1. Anmodning fra 2. viceborgmester, rådmand Katrine Lester om varig udtræden af Frederiksberg "
    "Kommunalbestyrelse\n\nBeslutning\n\nGodkendt.\n"
)


def test_the_meetings_body_has_the_name_the_text_gives_it(tmp_path: Path) -> None:
    facts = facts_of_text(tmp_path, _FREDERIKSBERG)
    meeting = next(e for e in facts.entities if e.type == "Meeting")
    assert meeting.properties.get("body") == "Kommunalbestyrelsen"
    body = next(e for e in facts.entities if e.type == "Organization" and "Kommunalbestyrelsen" in e.aliases)
    assert "Frederiksberg Kommunalbestyrelse" in body.aliases

"""A body named with the term it sits for: its name without the term is the body's own, an alias of the meeting's
body. Forms quoted from dev-write documents of tests/realworld/ (Allerød Kommune's portal, Slagelse Kommune's,
Rødovre Kommune's, Frederiksberg Kommune's); the test split is never read while writing these rules."""

from __future__ import annotations

from pathlib import Path

import pytest

from graphbuild.parse.body_names import body_phrases
from graphbuild.vocab.body_terms import without_term
from tests.text_facts import facts_of_text


@pytest.mark.parametrize(
    ("name", "own"),
    [
        ("Allerød Byråd 2018-2021", "Allerød Byråd"),  # alleroed-byraad-2018-04-26
        ("Børne- og Ungeudvalget (2018-2021)", "Børne- og Ungeudvalget"),  # slagelse-boerne-ungeudvalget-2020-08-10
        ("Klima- og Naturudvalget 2018-25", "Klima- og Naturudvalget"),  # roedovre-klima-natur-2025-12-02
        ("Kommunalbestyrelsen_2018-21", "Kommunalbestyrelsen"),  # frederiksberg-kommunalbestyrelsen's portal
    ],
)
def test_a_body_without_its_term(name: str, own: str) -> None:
    assert without_term(name) == own


@pytest.mark.parametrize(
    "name",
    [
        "Byrådet",  # no term
        "Udvalget 2021-2018",  # the second year before the first: no term
        "2018-2021",  # a term and no name
        "Økonomiudvalget 15-06-2021",  # a day, no years
    ],
)
def test_no_term_where_none_closes_the_name(name: str) -> None:
    assert without_term(name) is None


# alleroed-byraad-2018-04-26: the portal's heading fields, the term after the council's name
_ALLEROED = (
    "UDVALG\n\nAllerød Byråd 2018-2021\n\nMØDE\n\nReferat\n\nSTED\n\nBorgerportalen\n\nSTARTTIDSPUNKT\n\n"
    "26-04-2018 18:30:00\n\nSLUTTIDSPUNKT\n\n26-04-2018 20:00:00\n\n\nPUNKTER\n\n1. Bemærkninger til dagsordenen\n"
    "2. Sag fra byrådsmedlem Jørgen Johansen\n\n\n\n1. Bemærkninger til dagsordenen\n\nBemærkninger til dagsordenen\n\n"
    "Beslutning\n\nIngen bemærkninger.\n\n2. Sag fra byrådsmedlem Jørgen Johansen\n\nSagsfremstilling\n\n"
    "Byrådsmedlem Jørgen Johansen har anmodet om at få en sag på dagsordenen.\n\nBeslutning\n\nDrøftet.\n"
)


def test_the_meetings_body_has_its_own_name_beside_the_termed(tmp_path: Path) -> None:
    facts = facts_of_text(tmp_path, _ALLEROED)
    meeting = next(e for e in facts.entities if e.type == "Meeting")
    bodies = [
        e for e in facts.entities if e.type == "Organization" and "Allerød Byråd 2018-2021" in [e.name, *e.aliases]
    ]
    assert meeting.properties.get("body") == "Allerød Byråd 2018-2021"
    assert len(bodies) == 1
    assert "Allerød Byråd" in bodies[0].aliases


@pytest.mark.parametrize(
    ("line", "name"),
    [
        # roedovre-klima-natur-2025-12-02: a portal's heading, the term's second year by its last two digits
        ("Klima- og Naturudvalget 2018-25", "Klima- og Naturudvalget 2018-25"),
        # fmk-kommunalbestyrelsen-2019-10-08, frederiksberg-kommunalbestyrelsen-2022-10-03
        ("mødet i Kommunalbestyrelsen 2018-21", "Kommunalbestyrelsen 2018-21"),
        ("Referat til mødet i Kommunalbestyrelsen 2022-25 den 3. oktober 2022", "Kommunalbestyrelsen 2022-25"),
        ("Allerød Byråd 2018-2021", "Allerød Byråd 2018-2021"),  # a term in full, as before
    ],
)
def test_a_body_phrase_keeps_its_term(line: str, name: str) -> None:
    assert [phrase.name for phrase in body_phrases(line)] == [name]


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Økonomiudvalget 2019-12-03", "Økonomiudvalget"),  # a day, no term
        ("Byrådet 2019-12 punkt 4", "Byrådet"),  # the second number before the first: no term
    ],
)
def test_no_term_where_the_numbers_are_none(line: str, name: str) -> None:
    assert [phrase.name for phrase in body_phrases(line)] == [name]

"""Members a meeting elects or appoints to a body (graphbuild/extract/role_board_elections), on short excerpts in the
forms association, board and council minutes write, with the elections that give no `medlem`."""

from __future__ import annotations

from pathlib import Path

import pytest
from text_facts import facts_of_text, named_relations

HEADER = "Referat af generalforsamling i Grundejerforeningen Sønderskoven den 12. marts 2019\n\n"


def members(tmp_path: Path, body: str) -> set[str]:
    facts = facts_of_text(tmp_path, HEADER + body)
    return {person for person, _, props in named_relations(facts, "HOLDS_ROLE") if props.get("role") == "medlem"}


@pytest.mark.parametrize(
    "body",
    [
        "5. Valg af bestyrelsesmedlemmer\nJens Hansen og Peter Olsen blev genvalgt.\n",
        "Til bestyrelsen valgtes Jens Hansen og Peter Olsen.",
        "Generalforsamlingen genvalgte Jens Hansen og Peter Olsen til bestyrelsen.",
        "Kommunalbestyrelsen udpegede Jens Hansen (A) og Peter Olsen (V) til Ældrerådet.",
        "Jens Hansen (A) og Peter Olsen (V) blev udpeget som medlemmer af bestyrelsen.",
        "Valgt til bestyrelsen: Jens Hansen, Peter Olsen",
        "Følgende blev valgt til bestyrelsen: Jens Hansen, Peter Olsen og Anne Larsen.",
        # a board's composition with its list after the colon on the same line (role_boards)
        "Bestyrelsen består herefter af: Anne Larsen (formand), Jens Hansen, Peter Olsen og Mette Holm.",
        "Bestyrelsen består af følgende: Jens Hansen, Peter Olsen, Anne Larsen og Mette Holm.",
        "Byrådet har udpeget Jens Hansen (A) og Peter Olsen (V) som medlemmer af Ældrerådet.",
        "Jens Hansen (A) og Peter Olsen (V) er medlemmer af udvalget.",
        "I Ældrerådet sidder Jens Hansen og Peter Olsen.",
    ],
)
def test_the_names_elected_to_a_body_are_its_members(tmp_path: Path, body: str) -> None:
    assert {"Jens Hansen", "Peter Olsen"} <= members(tmp_path, body)


@pytest.mark.parametrize(
    "body",
    [
        "5. Valg af suppleanter\nJens Hansen og Peter Olsen blev genvalgt.\n",
        "Jens Hansen og Peter Olsen blev valgt som suppleanter til bestyrelsen.",
        "Jens Hansen blev valgt til formand, og Peter Olsen blev valgt til dirigent.",
        "Forvaltningen indstiller, at Jens Hansen og Peter Olsen udpeges til Ældrerådet.",
        "Byrådet valgte Jens Hansen og Peter Olsen som formand og næstformand for Ældrerådet.",
        "Jens Hansen og Peter Olsen er ikke medlemmer af udvalget.",
        "I salen sidder Jens Hansen og Peter Olsen.",
    ],
)
def test_a_substitute_a_post_or_a_proposal_is_no_election_of_members(tmp_path: Path, body: str) -> None:
    assert not {"Jens Hansen", "Peter Olsen"} & members(tmp_path, body)


def test_a_chair_the_board_elects_after_the_election_holds_no_medlem_beside_it(tmp_path: Path) -> None:
    # soenderborg-fjernvarme-news-generalforsamling-2020 (shortened)
    body = (
        "Claus Plum, Erik P. Andersen og Torben A. Sørensen blev valgt til bestyrelsen. Efter generalforsamlingen "
        "konstituerede bestyrelsen sig med Claus Plum som formand og Torben A. Sørensen som næstformand."
    )
    found = members(tmp_path, body)
    assert "Erik P. Andersen" in found
    assert not {"Claus Plum", "Torben A. Sørensen"} & found

"""A membership only proposed gives a row only when its item's decision approves it (README `memberships`: "only
applied for, proposed … with no decision" is none; "a decision recorded in the text approving membership" is one),
read as the adoptions step reads its proposals (issue 13 item 3)."""

from __future__ import annotations

from pathlib import Path

import pytest
from text_facts import member_pairs_of_text

HEADER = "Holbæk Kommune\nReferat\nByrådet\n\nMødedato: 12. marts 2019\n\n"
ITEM = "1. Medlemskab af Foreningen Nordisk Vand\n\nIndstilling\n"
PROPOSAL = "Direktionen indstiller, at Holbæk Kommune bliver medlem af Foreningen Nordisk Vand.\n"


def _members_of(tmp_path: Path, text: str) -> set[str]:
    return {member for member, _ in member_pairs_of_text(tmp_path, text)}


@pytest.mark.parametrize("decision", ["Godkendt.", "Indstillingen godkendt.", "Anbefales."])
def test_a_proposal_the_decision_approves_states_the_membership(tmp_path: Path, decision: str) -> None:
    text = HEADER + ITEM + PROPOSAL + "\nBeslutning\n" + decision + "\n"
    assert _members_of(tmp_path, text) == {"Holbæk"}


@pytest.mark.parametrize(
    "after",
    [
        "",  # an agenda: no decision
        "\nBeslutning\nIndstillingen blev ikke godkendt.\n",
        "\nBeslutning\nSagen udsættes.\n",
    ],
)
def test_a_proposal_no_decision_approves_states_none(tmp_path: Path, after: str) -> None:
    assert _members_of(tmp_path, HEADER + ITEM + PROPOSAL + after) == set()


def test_a_list_of_members_proposed_to_join_states_none_in_an_agenda(tmp_path: Path) -> None:
    text = (
        "Referat\n\n1. Orientering\n\nDirektionen indstiller, at Holbæk, Sorø og Ringsted Kommuner bliver medlemmer "
        "af Foreningen Nordisk Vand.\n"
    )
    assert _members_of(tmp_path, text) == set()


def test_a_membership_a_proposal_describes_keeps_its_row(tmp_path: Path) -> None:
    # the proposal is about the budget; the owners it names are a stated fact
    text = (
        HEADER + "1. Budget for Vestforbrænding I/S\n\nIndstilling\nDirektionen indstiller, at budgettet for "
        "Vestforbrænding I/S, som ejes af Holbæk, Sorø og Ringsted Kommuner, godkendes.\n"
    )
    assert _members_of(tmp_path, text) == {"Holbæk", "Sorø", "Ringsted"}


def test_a_proposal_that_names_a_membership_that_is_keeps_it(tmp_path: Path) -> None:
    text = (
        HEADER + "1. Budget for Vestforbrænding I/S\n\nIndstilling\nDirektionen indstiller, at budgettet for "
        "Vestforbrænding I/S, som Holbæk, Sorø og Ringsted Kommuner deltager i, godkendes.\n"
    )
    assert _members_of(tmp_path, text) == {"Holbæk", "Sorø", "Ringsted"}

"""Owned by the ones named after it in a compound of the participle or with owning together between
(membership_cues.OWNED_BY): "samejet af", "medejet af", "ejes i fællesskab af", "er ejet i fællesskab af" read as
"ejet af"/"ejes af" are; one owner is still a company's, not a network's."""

from __future__ import annotations

from pathlib import Path

import pytest
from text_facts import member_pairs_of_text

HEADER = "Nyheder\n\n"
OWNERS = {("Billund", "Billund Lufthavn"), ("Vejle", "Billund Lufthavn"), ("Kolding", "Billund Lufthavn")}


@pytest.mark.parametrize(
    "verb",
    [
        # Trap Danmark's page on Billund Kommune (trap-webpage-billund-kommune, dev-write): "fra 2007 samejet af
        # seks kommuner, heriblandt Billund, Vejle og Kolding Kommuner", its subject brought next to the participle
        "er samejet af",
        "er medejet af",
        "ejes i fællesskab af",
        "er ejet i fællesskab af",
    ],
)
def test_a_compound_or_together_owned_by_names_the_owners(tmp_path: Path, verb: str) -> None:
    text = f"Billund Lufthavn {verb} Billund, Vejle og Kolding Kommuner."
    assert member_pairs_of_text(tmp_path, HEADER + text) == OWNERS


def test_one_owner_is_no_network(tmp_path: Path) -> None:
    assert member_pairs_of_text(tmp_path, HEADER + "Billund Lufthavn er samejet af Billund Kommune.") == set()


def test_a_word_before_ejet_that_is_no_compound_opens_no_cue(tmp_path: Path) -> None:
    # "forejet" is no compound of owning: the participle alone is the cue
    text = "Billund Lufthavn blev forejet af Billund, Vejle og Kolding Kommuner."
    assert member_pairs_of_text(tmp_path, HEADER + text) == set()

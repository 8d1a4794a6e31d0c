"""A membership only supposed states none (README `memberships`): the membership as a thing in the indefinite with a
modal ("Ved et medlemskab af X vil A og B få adgang til …", "Et medlemskab af X vil give A og B …") says what one
would bring, and the conditional mood ("A og B ville blive medlemmer af X") says what would be; with no modal, or the
modal in a relative clause about the membership, the sentence still states one."""

from __future__ import annotations

from pathlib import Path

import pytest
from text_facts import member_pairs_of_text

HEADER = "Referat\nMøde i Økonomiudvalget den 1. marts 2022\n\nPunkt 1: Orientering\n\n"


@pytest.mark.parametrize(
    "text",
    [
        "Ved et medlemskab af Vestkystforeningen vil Lemvig og Struer Kommuner få adgang til markedsføring.",
        "Ved medlemskab af Vestkystforeningen vil Lemvig og Struer Kommuner kunne deltage i netværkene.",
        "Med et medlemskab af Vestkystforeningen vil Lemvig og Struer Kommuner få adgang til netværket.",
        "Et medlemskab af Vestkystforeningen vil give Lemvig og Struer Kommuner adgang til netværket.",
        "Lemvig og Struer Kommuner ville blive medlemmer af Vestkystforeningen.",
    ],
)
def test_a_membership_only_supposed_is_none(tmp_path: Path, text: str) -> None:
    assert member_pairs_of_text(tmp_path, HEADER + text) == set()


@pytest.mark.parametrize(
    "text",
    [
        # no modal: what the membership has brought
        "Ved et medlemskab af Vestkystforeningen har Lemvig og Struer Kommuner siden 2015 haft adgang til netværket.",
        # the modal in a relative clause about the membership
        "Lemvig og Struer Kommuner er medlemmer af Vestkystforeningen med et medlemskab, der kan opsiges.",
        # the future of a membership decided
        "Lemvig og Struer Kommuner bliver medlemmer af Vestkystforeningen fra 1. januar 2023.",
    ],
)
def test_a_membership_stated_beside_a_modal_stands(tmp_path: Path, text: str) -> None:
    found = member_pairs_of_text(tmp_path, HEADER + text)
    assert {m for m, n in found if n == "Vestkystforeningen"} == {"Lemvig", "Struer"}

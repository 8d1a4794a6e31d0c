"""A members' noun heading the list it names ("Interessenterne Skive Kommune, Struer Kommune og Lemvig Kommune har
indgået …") is the list's own head, not the first words of a longer name (membership_municipalities.LIST_HEAD): the
first municipality stays in the list."""

from __future__ import annotations

from pathlib import Path

import pytest
from text_facts import member_pairs_of_text

from graphbuild.extract.membership_municipalities import LIST_HEAD, list_at

# an invented contract's first page as a PDF's text layer puts it on one line (no dev-write publisher prints one)
CONTRACT = (
    "1 Interessentskabskontrakt for Vestforsyning I/S {head} Skive Kommune, Struer Kommune og Lemvig Kommune har "
    "indgået følgende interessentskabskontrakt. § 1 Navn\n"
)


@pytest.mark.parametrize("head", ["Interessenterne", "Parterne", "Ejerne"])
def test_the_first_member_after_the_members_noun(tmp_path: Path, head: str) -> None:
    text = CONTRACT.format(head=head)
    start = text.index(head) + len(head) + 1
    assert [ref.info.name for ref in list_at(text, start, len(text))][:1] == ["Skive"]


def test_the_contracts_interessenter(tmp_path: Path) -> None:
    assert member_pairs_of_text(tmp_path, CONTRACT.format(head="Interessenterne")) == {
        (m, "Vestforsyning I/S") for m in ("Skive", "Struer", "Lemvig")
    }


@pytest.mark.parametrize(
    ("word", "head"), [("Interessenterne", True), ("Deltagerne", True), ("Region", False), ("Vand", False)]
)
def test_only_a_members_noun_is_a_lists_head(word: str, head: bool) -> None:
    # "Business Region Aarhus", "Aarhus Vand": a capitalised word that is no members' noun still makes the
    # municipality after it part of a longer name
    assert (LIST_HEAD.search(word) is not None) is head

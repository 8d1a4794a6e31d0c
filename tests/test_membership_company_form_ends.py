"""A company's form ("A/S", "I/S", "ApS", "P/S", "K/S") ends the name a membership statement gives its network
(issue 13 item 3): "er medejer af HOFOR Vand Holding A/S og HOFOR Spildevand Holding A/S" named the network "HOFOR Vand
Holding A/S og HOFOR"; a form opening a name ("I/S Hedeland") and "og" inside one ("Brand og Redning Sønderjylland")
are still read. The first snippet is quoted from a dev-write document."""

from __future__ import annotations

import pytest

from graphbuild.extract.membership_unknown_networks import unknown_network


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Drag-ør Kommune er medejer af HOFOR Vand Holding A/S og HOFOR Spildevand Holding A/S.",
            "HOFOR Vand Holding A/S",
        ),
        ("Kommunen er medejer af Vestforbrænding I/S og Amager Ressourcecenter.", "Vestforbrænding I/S"),
    ],
)
def test_a_company_form_ends_the_name(text: str, name: str) -> None:
    assert unknown_network(text, 0, len(text)) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Roskilde Kommune er medejer af I/S Hedeland, der driver deponiet.", "I/S Hedeland"),
        ("Kommunen er medlem af Brand og Redning Sønderjylland.", "Brand og Redning Sønderjylland"),
    ],
)
def test_a_form_opening_a_name_or_og_inside_one_is_still_read(text: str, name: str) -> None:
    assert unknown_network(text, 0, len(text)) == name

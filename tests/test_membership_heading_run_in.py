"""A heading that ends in a body's name, run into the sentence that opens with the name again, as a PDF-to-text step
that puts a page on one line prints it (issue 13 item 3, issue 12 item 3): "1 Ejerstrategi for TrekantBrand
TrekantBrand ejes af …" names TrekantBrand, not "Ejerstrategi for TrekantBrand TrekantBrand". The snippets are
dev-write pages flattened as benchmarks.realworld_flattened flattens them (trekantbrand-webpage-ledelse-og-udvalg,
fyens-news-fynbus-bestyrelse-konstitueret-2018, favrskov-musikskoleraadet-2024-01-23)."""

from __future__ import annotations

from pathlib import Path

import pytest
from text_facts import member_pairs_of_text

from graphbuild.extract.membership_unknown_networks import unknown_network

TREKANTBRAND = (
    "1 Ejerstrategi for TrekantBrand TrekantBrand ejes af Billund, Fredericia, Kolding, Middelfart og Vejen Kommuner i "
    "fællesskab og fungerer som hele Trekantområdets sikkerhedsnet. TrekantBrand er en samlende og tryghedsskabende "
    "beredskabsorganisation.\n"
)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (TREKANTBRAND, "TrekantBrand"),
        (
            "1 Om Business Region Aarhus Business Region Aarhus består af Favrskov og Syddjurs.",
            "Business Region Aarhus",
        ),
        ("1 Musikskolerådet Musikskolerådet består af otte medlemmer.", "Musikskolerådet"),
    ],
)
def test_the_name_is_its_repeated_tail(text: str, name: str) -> None:
    assert unknown_network(text, 0, len(text)) == name


def test_a_name_with_no_repeated_tail_is_read_whole() -> None:
    for text, name in (
        ("Brand og Redning Sønderjylland ejes af Aabenraa og Tønder.", "Brand og Redning Sønderjylland"),
        # a word twice, not as the name's tail run in again
        ("Affald Plus og Affald Vest ejes af Næstved og Slagelse.", "Affald Plus og Affald Vest"),
    ):
        assert unknown_network(text, 0, len(text)) == name


def test_a_repeated_municipality_is_no_network() -> None:
    # the heading's tail a municipality: no network, as the municipality alone is none
    text = "1 Nyt fra Kolding Kolding ejes af ingen, men Vejle og Fredericia deltager."
    assert unknown_network(text, 0, len(text)) is None


def test_the_owners_of_a_flattened_page(tmp_path: Path) -> None:
    assert member_pairs_of_text(tmp_path, TREKANTBRAND) == {
        (m, "TrekantBrand") for m in ("Billund", "Fredericia", "Kolding", "Middelfart", "Vejen")
    }

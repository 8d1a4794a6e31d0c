"""A name's other name set aside between dashes (membership_abbreviations.other_name), both ways; a dash between
clauses names nothing."""

from __future__ import annotations

from graphbuild.extract.membership_abbreviations import other_name


def test_a_name_set_aside_between_dashes() -> None:
    text = "Trekantområdets Brandvæsen – også kendt som TrekantBrand – er et fælleskommunalt selskab."
    assert other_name(text, "Trekantområdets Brandvæsen") == "TrekantBrand"
    assert other_name(text, "TrekantBrand") == "Trekantområdets Brandvæsen"
    plain = "Ungdommens Uddannelsesvejledningscenter Vestegnen - UU Vestegnen - er et selskab."
    assert other_name(plain, "Ungdommens Uddannelsesvejledningscenter Vestegnen") == "UU Vestegnen"


def test_a_dash_between_clauses_names_nothing() -> None:
    text = "Mødet blev holdt i Lemvig - og det gik godt - sagde formanden."
    assert other_name(text, "Lemvig") is None

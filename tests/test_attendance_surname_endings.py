"""A surname that ends as a heading's noun does ("Stauning", "-ning" like "Beslutning") stays with its name in an
attendance list (issue 13, item 1). Excerpt from a dev document (frederikssund-oekonomiudvalget-2010-05-18)."""

from __future__ import annotations

from graphbuild.parse.attendance_lists import find_attendance
from graphbuild.parse.attendance_names import heading_word


def test_a_surname_of_eight_letters_in_ning_ends_the_name() -> None:
    text = (
        "1 Referat fra møde i Økonomiudvalget Tirsdag den 18. maj 2010 Kl i Borgmesterens kontor Mødedeltagere: "
        "Ole Find Jensen (A) John Schmidt Andersen (V) Kim Rockhill (A) Pia Adelsteen (O) Tina Tving Stauning (A) "
        "Side 1 af 56\n\nAfbud: Morten Skovgaard (C)\n"
    )
    names = {row.name for row in find_attendance(text)}
    assert "Tina Tving Stauning" in names
    assert "Tina Tving" not in names


def test_a_longer_heading_in_ning_after_a_name_is_still_no_surname() -> None:
    assert heading_word("Opfølgning")
    assert heading_word("Planlægning")
    assert not heading_word("Stauning")
    names = {row.name for row in find_attendance("Afbud: Lis Holm Opfølgning på sagen\n")}
    assert "Lis Holm" in names


def test_the_word_after_a_middle_initial_in_a_flattened_run_is_the_surname() -> None:
    # names of the hvidovre and kk lists (hvidovre-kommunalbestyrelsen-2014-10-28,
    # kk-borgerrepraesentationen-2011-11-17-punkt-1) run together as a PDF flattens them; "Young", "Led" unknown
    text = "Deltagere: Charlotte H. Larsen Kristina E. Young Niels Ulsing Sofie K. Led Anne Vang\n\n1. Godkendelse\n"
    names = {row.name for row in find_attendance(text)}
    assert {"Kristina E. Young", "Sofie K. Led", "Niels Ulsing", "Anne Vang"} <= names


def test_a_heading_after_a_middle_initial_is_no_surname() -> None:
    names = {row.name for row in find_attendance("Afbud: Niels Ulsing Charlotte H. Referat\n")}
    assert not any("Referat" in name for name in names)

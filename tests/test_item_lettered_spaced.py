"""A lettered item written with a space between its number and its letter ("2 a. Titel")."""

from __future__ import annotations

from snippet_items import item_numbers

from graphbuild.parse.item_lines import number_key

MINUTES = (
    "Referat af bestyrelsesmøde 3. maj 2021\n\n1. Godkendelse af dagsorden\nGodkendt.\n\n2. Budget 2022\nDrøftet.\n\n"
    "2 a. Tillægsbevilling til hallen\nGodkendt.\n\n3. Eventuelt\nIntet.\n"
)


def test_a_lettered_item_with_a_space_is_an_item_after_its_number() -> None:
    assert item_numbers(MINUTES) == ["1", "2", "2 a", "3"]
    assert number_key("2 a") == number_key("2a") == (2, 1)


def test_a_lettered_point_in_lower_case_is_no_item() -> None:
    assert item_numbers(MINUTES.replace("2 a. Tillægsbevilling", "2 a. at tillægsbevilling")) == ["1", "2", "3"]

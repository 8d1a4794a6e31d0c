"""Sub-numbered points on adjacent lines under their item are its text, not items (item_inner_lists)."""

from __future__ import annotations

from snippet_items import item_numbers

# modelled on middelfart-aeldreraad-2015-08-20 (dev-write): "Siden sidst" with its events listed one a line
MINUTES = (
    "Referat af Ældrerådets møde den 20. august 2015\n\n"
    "5. Visionsplanen\n\nÆldrerådet drøftede visionsplanen.\n\nBeslutning:\nDrøftet.\n\n"
    "6. Siden sidst\n\n"
    "6.1 Aktivitetsmessen i Gelsted 20. august 2015 kl. 14-17\n"
    "6.2 Reception 3. september 2015\n"
    "6.3 Dialogmøde 1. september 2015\n\n"
    "Beslutning:\nTaget til efterretning.\n\n"
    "7. Høring af direktionens budgetforslag for 2016\n\nÆldrerådet afgiver høringssvar.\n\nBeslutning:\nGodkendt.\n"
)


def test_points_listed_under_their_item_are_no_items() -> None:
    assert item_numbers(MINUTES) == ["5", "6", "7"]


def test_sub_items_with_text_of_their_own_stay_items() -> None:
    text = MINUTES.replace("6.2 Reception", "\nReceptionen holdes på rådhuset.\n\n6.2 Reception")
    assert item_numbers(text) == ["5", "6", "6.1", "6.2", "6.3", "7"]


def test_two_sub_numbered_lines_stay_items() -> None:
    text = MINUTES.replace("6.3 Dialogmøde 1. september 2015\n", "")
    assert item_numbers(text) == ["5", "6", "6.1", "6.2", "7"]

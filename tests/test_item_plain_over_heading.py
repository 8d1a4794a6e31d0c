"""A number and a title with no dot ("523 Spørgetid ...") over the item's main section heading is an item heading
wherever it stands (a one-item page, a list whose neighbours are not numbered alike); a point of a recommendation
printed the same way under its lead-in or its heading is none. Dev-write excerpt: Syddjurs Byråd, 29 April 2020,
whose "Punkt 523" headings other publishers print as a bare number."""

from __future__ import annotations

from snippet_items import item_numbers

SYDDJURS_BARE = """Mødedetaljer

Udvalg Dato Type Hent
Byrådet 29-04-2020 16:00 Referat Samlet dokument

523 Spørgetid 29. april 2020 - udgår
  • Sagsfremstilling

    Udgår, da mødet afholdes digitalt.

Show video
"""


def test_a_bare_number_and_title_over_a_main_section_heading_is_an_item() -> None:
    assert item_numbers(SYDDJURS_BARE) == ["523"]


def test_a_bare_number_and_title_over_a_case_number_then_a_heading_is_an_item() -> None:
    text = SYDDJURS_BARE.replace("  • Sagsfremstilling", "00.01.00-A00-1-20\n  • Sagsfremstilling")
    assert item_numbers(text) == ["523"]


def test_a_recommendation_point_over_the_decision_heading_is_no_item() -> None:
    text = (
        "Referat\n\nSagsfremstilling\n\nDer er søgt om midler.\n\nIndstilling\n\nDirektionen indstiller, at\n"
        "1 Budgettet godkendes\n\nBeslutning\n\nGodkendt.\n"
    )
    assert item_numbers(text) == [""]  # the page's one item, its heading lost (item_section_cycles): no item 1


def test_a_point_right_under_a_section_heading_is_no_item() -> None:
    text = "Referat\n\nIndstilling\n1 Budgettet godkendes\n\nBeslutning\n\nGodkendt.\n"
    assert item_numbers(text) == [""]  # the page's one item, its heading lost (item_section_cycles): no item 1


def test_a_page_number_and_running_header_over_a_heading_is_no_item() -> None:
    text = (
        "Referat\n\n1. Godkendelse af dagsorden\n\nSagsfremstilling\n\nDagsordenen forelægges.\n\n"
        "4 Frederikshavn Byråd - Referat juni 2015\n\nBeslutning\n\nGodkendt.\n"
    )
    assert item_numbers(text) == ["1"]

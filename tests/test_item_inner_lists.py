"""Numbered lists inside an item's text, started again from 1: their points are no items (item_inner_lists)."""

from __future__ import annotations

from snippet_items import item_numbers

# regionnordjylland-regionsraadet-2019-03-26 (dev-write): one item's page, its recommendation's points numbered
# from 1 under "Indstilling"
REGION = (
    "Regionsrådet\n26-03-2019 13:00\n\nUdskriv\n\n"
    "2. Godkendelse af udtræden af Regionsrådet - samt indkaldelse af 1. stedfortræder\n\n"
    "Journalnr. 2018-013319\n\nSagsfremstilling\n\n"
    "Regionsrådsmedlem Tina Juul Kjellberg har anmodet om at udtræde af Regionsrådet.\n\n"
    "Indstilling\n\nAdministrationen indstiller, at Regionsrådet:\n\n"
    "1. Godkender af Tina Juul Kjellberg udtræder af Regionsrådet med virkning fra den 26. marts 2019.\n\n"
    "2. Godkender at Arne Nielsen indtræder i Regionsrådet med virkning fra den 26. marts 2019.\n\n"
    "3. Udpeger til de ledige udvalgsposter og hverv.\n\n"
    "Beslutning\n\nIndstillingen blev godkendt.\n"
)


def test_the_points_of_a_list_started_again_in_an_items_text_are_no_items() -> None:
    assert item_numbers(REGION) == ["2"]


def test_a_heading_after_the_points_is_an_item() -> None:
    # "3. Udpegning til udvalg": no sentence, the next item's heading after the points
    text = REGION.replace("3. Udpeger til de ledige udvalgsposter og hverv.", "3. Udpegning til udvalg")
    assert item_numbers(text) == ["2", "3"]

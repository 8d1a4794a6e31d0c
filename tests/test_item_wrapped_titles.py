"""An item's title wrapped onto the line under its heading (item_build)."""

from __future__ import annotations

from snippet_items import item_titles

MINUTES = (
    "Referat af bestyrelsesmøde 3. maj 2021\n\n1. Godkendelse af dagsorden\n\nGodkendt.\n\n"
    "2. Ansøgning om tilskud til renovering af klubhuset og\nbanerne ved Søndergade\n\n"
    "Bestyrelsen godkendte ansøgningen.\n\n3. Eventuelt\n\nIntet.\n"
)


def test_a_title_ending_in_a_binding_word_goes_on_on_the_next_line() -> None:
    assert item_titles(MINUTES)[1] == "Ansøgning om tilskud til renovering af klubhuset og banerne ved Søndergade"


def test_a_line_in_lower_case_under_a_heading_ends_its_title() -> None:
    text = MINUTES.replace("klubhuset og\nbanerne", "klubhuset\nog banerne")
    assert item_titles(text)[1] == "Ansøgning om tilskud til renovering af klubhuset og banerne ved Søndergade"


def test_the_first_line_of_a_paragraph_is_no_part_of_the_title() -> None:
    paragraph = "klubhuset\nog banerne blev gennemgået af formanden\nmed kassereren\n\n"
    text = MINUTES.replace("klubhuset og\nbanerne ved Søndergade\n\n", paragraph)
    assert item_titles(text)[1] == "Ansøgning om tilskud til renovering af klubhuset"


def test_a_page_mark_or_a_single_word_under_a_title_is_no_part_of_it() -> None:
    assert item_titles(MINUTES.replace("banerne ved Søndergade", "Side 1"))[1].endswith("klubhuset og")
    assert item_titles(MINUTES.replace("banerne ved Søndergade", "ok"))[1].endswith("klubhuset og")
